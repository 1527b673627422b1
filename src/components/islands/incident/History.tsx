import { useState } from 'preact/hooks';
import { format } from '../../../lib/format.ts';
import { currentSeverity } from '../../../lib/incident/actions.ts';
import { MAX_INCIDENT_BYTES } from '../../../lib/incident/transfer.ts';
import { formatPath } from '../../../lib/schemas/issues.ts';
import { $incidentHistory, $incidents, importIncident, selectIncident } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import type { PageWords } from './labels.ts';
import { timeOf } from './words.ts';

/** Past incidents (open one to read its report) and the import of a colleague's hand-over file. */
export default function History({ labels, levelNames, lang }: PageWords) {
  const list = useStore($incidentHistory);
  const state = useStore($incidents);
  const mounted = useMounted();
  const [message, setMessage] = useState({ text: '', error: false });
  const time = timeOf(lang);
  return (
    <section class="incident-history no-print" aria-labelledby="history-heading">
      <h2 id="history-heading">{labels['crisis.history.heading']}</h2>
      {mounted && list.length ? (
        <ul>
          {list.map((inc) => (
            <li key={inc.id}>
              <span>
                <strong>{inc.title}</strong> · {levelNames[currentSeverity(inc)]} · {time(inc.declaredAt)}
                {inc.resolvedAt ? ` – ${time(inc.resolvedAt)}` : ` (${labels['crisis.history.openNow']})`}
              </span>{' '}
              {state.currentIncidentId === inc.id ? null : (
                <button type="button" class="button-quiet" onClick={() => selectIncident(inc.id)}>
                  {labels['crisis.history.view']}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{labels['crisis.history.none']}</p>
      )}
      <label class="file-button">
        {labels['crisis.history.import']}
        <input
          type="file"
          accept="application/json,.json"
          disabled={!mounted}
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            if (file.size > MAX_INCIDENT_BYTES) {
              setMessage({ text: format(labels['import.too-large'], { limit: '60 MB' }), error: true });
              return;
            }
            const result = await importIncident(await file.text());
            if (result.ok)
              setMessage({ text: format(labels['crisis.history.imported'], { title: result.title }), error: false });
            else {
              const key =
                result.code === 'exists'
                  ? 'crisis.history.exists'
                  : result.code === 'not-saved'
                    ? 'crisis.history.notSaved'
                    : (`import.${result.code}` as const);
              const vars =
                'path' in result
                  ? { path: formatPath(result.path) }
                  : 'limit' in result
                    ? { limit: '60 MB' }
                    : 'version' in result
                      ? { version: result.version }
                      : {};
              setMessage({ text: format(labels[key], vars), error: true });
            }
          }}
        />
      </label>
      <p class={message.error ? 'incident-error' : 'incident-ok'} role="status">
        {message.text}
      </p>
    </section>
  );
}
