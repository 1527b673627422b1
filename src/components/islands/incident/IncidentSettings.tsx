import { useState } from 'preact/hooks';
import { format } from '../../../lib/format.ts';
import { checkTimes, currentSeverity, openIncidentOf } from '../../../lib/incident/actions.ts';
import { fromLocalInput, toLocalInput } from '../../../lib/incident/local-time.ts';
import { LEVEL_DEFAULTS } from '../../../lib/incident/triage.ts';
import { clockNow } from '../../../stores/drill-bridge.ts';
import { $incidents, saveSettings, setTargets } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import { type CrisisLabels, INCIDENT_TIMES as TIMES } from './labels.ts';
import { type IncidentTimes, TimeFields } from './TimeFields.tsx';

/** The incident's three times (backdatable) and its targets: the severity's defaults unless changed. */
export default function IncidentSettings({ labels, source }: { labels: CrisisLabels; source: string }) {
  const state = useStore($incidents);
  const mounted = useMounted();
  const [message, setMessage] = useState({ text: '', error: false });
  const incident = mounted ? openIncidentOf(state) : undefined;
  if (!incident || incident.kind === 'drill') return null;
  const defaults = LEVEL_DEFAULTS[currentSeverity(incident)];
  const targets = incident.targets ?? defaults;

  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const times = Object.fromEntries(
      TIMES.map(([k]) => [k, fromLocalInput(String(data.get(k))) ?? incident[k]]),
    ) as IncidentTimes;
    const wrong = checkTimes(times, clockNow().toISOString());
    if (wrong) return setMessage({ text: labels[`crisis.error.${wrong}`], error: true });
    const first = Number(data.get('first'));
    const update = String(data.get('update') ?? '').trim();
    const own = {
      firstResponseMinutes:
        Number.isInteger(first) && first > 0 ? Math.min(first, 10080) : targets.firstResponseMinutes,
      updateMinutes: update === '' ? null : Math.max(1, Math.min(10080, Math.round(Number(update)) || 1)),
    };
    const same =
      own.firstResponseMinutes === defaults.firstResponseMinutes && own.updateMinutes === defaults.updateMinutes;
    const ok = await saveSettings(times, same && !incident.targets ? null : own);
    setMessage(
      ok
        ? { text: labels['crisis.settings.saved'], error: false }
        : { text: labels['crisis.error.not-saved'], error: true },
    );
  };

  return (
    <details class="incident-settings">
      <summary>{labels['crisis.settings.heading']}</summary>
      <form onSubmit={submit}>
        <TimeFields
          labels={labels}
          idPrefix="set"
          values={{
            startedAt: toLocalInput(incident.startedAt),
            detectedAt: toLocalInput(incident.detectedAt),
            declaredAt: toLocalInput(incident.declaredAt),
          }}
        />
        <div class="field">
          <label for="set-first">{labels['crisis.settings.firstResponse']}</label>
          <input
            id="set-first"
            name="first"
            type="number"
            min={1}
            max={10080}
            defaultValue={String(targets.firstResponseMinutes)}
          />
        </div>
        <div class="field">
          <label for="set-update">{labels['crisis.settings.update']}</label>
          <input
            id="set-update"
            name="update"
            type="number"
            min={1}
            max={10080}
            defaultValue={targets.updateMinutes === null ? '' : String(targets.updateMinutes)}
          />
        </div>
        <p class="hint">
          {format(labels['crisis.settings.defaults'], {
            first: defaults.firstResponseMinutes,
            cadence:
              defaults.updateMinutes === null
                ? labels['triage.noCadence']
                : format(labels['triage.cadence'], { minutes: defaults.updateMinutes }),
          })}{' '}
          {source}
        </p>
        <div class="button-row">
          <button type="submit">{labels['crisis.settings.save']}</button>
          {incident.targets ? (
            <button type="button" class="button-quiet" onClick={() => setTargets(null)}>
              {labels['crisis.settings.useDefaults']}
            </button>
          ) : null}
        </div>
        <p class={message.error ? 'incident-error' : 'incident-ok'} role="status">
          {message.text}
        </p>
      </form>
    </details>
  );
}
