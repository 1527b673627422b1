import { useState } from 'preact/hooks';
import { openIncidentOf } from '../../../lib/incident/actions.ts';
import { fromLocalInput, toLocalInput } from '../../../lib/incident/local-time.ts';
import { ENTRY_KINDS, type EntryKind } from '../../../lib/schemas/incident.ts';
import { clockNow } from '../../../stores/drill-bridge.ts';
import { $incidents, logEntry } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import type { CrisisLabels } from './labels.ts';
import { OwnerDueFields } from './OwnerDueFields.tsx';

/** Adds one entry to the log: what happened, when (backdatable), and how it shows in the report. */
export default function LogForm({ labels }: { labels: CrisisLabels }) {
  const state = useStore($incidents);
  const mounted = useMounted();
  const [kind, setKind] = useState<EntryKind>('note');
  const [text, setText] = useState('');
  const [happened, setHappened] = useState('');
  const [isPublic, setPublic] = useState(false);
  const [starred, setStarred] = useState(false);
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [nextUpdate, setNextUpdate] = useState('');
  const [message, setMessage] = useState({ text: '', error: false });
  const incident = mounted ? openIncidentOf(state) : undefined;
  if (!incident) return null;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setMessage({ text: labels['crisis.log.empty'], error: true });
    const now = clockNow();
    const ok = await logEntry(
      {
        kind,
        text,
        happenedAt: fromLocalInput(happened) ?? now.toISOString(),
        visibility: isPublic || kind === 'statement' ? 'public' : 'internal',
        starred,
        followUp: owner.trim() ? { owner, dueAt: fromLocalInput(due) } : null,
        nextUpdateAt: kind === 'statement' ? fromLocalInput(nextUpdate) : null,
      },
      now,
    );
    if (!ok) return setMessage({ text: labels['crisis.error.not-saved'], error: true });
    setText('');
    setHappened('');
    setOwner('');
    setDue('');
    setNextUpdate('');
    setStarred(false);
    setMessage({ text: labels['crisis.log.added'], error: false });
  };

  return (
    <form class="log-form" onSubmit={submit} aria-labelledby="log-heading">
      <h2 id="log-heading">{labels['crisis.log.heading']}</h2>
      <div class="log-row">
        <div class="field">
          <label for="log-kind">{labels['crisis.log.kind']}</label>
          <select id="log-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as EntryKind)}>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {labels[`crisis.kind.${k}`]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="log-happened">{labels['crisis.log.happenedAt']}</label>
          <input
            id="log-happened"
            type="datetime-local"
            value={happened || toLocalInput(clockNow().toISOString())}
            onInput={(e) => setHappened(e.currentTarget.value)}
          />
        </div>
      </div>
      <div class="field">
        <label for="log-text">{labels['crisis.log.text']}</label>
        <textarea
          id="log-text"
          rows={3}
          maxLength={4000}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      {kind === 'statement' ? (
        <div class="field">
          <label for="log-next">{labels['crisis.log.nextUpdate']}</label>
          <input
            id="log-next"
            type="datetime-local"
            value={nextUpdate}
            onInput={(e) => setNextUpdate(e.currentTarget.value)}
          />
        </div>
      ) : null}
      <div class="choices">
        <label class="choice">
          <input
            type="checkbox"
            checked={isPublic || kind === 'statement'}
            disabled={kind === 'statement'}
            onChange={(e) => setPublic(e.currentTarget.checked)}
          />
          {labels['crisis.log.public']}
        </label>
        <label class="choice">
          <input type="checkbox" checked={starred} onChange={(e) => setStarred(e.currentTarget.checked)} />
          {labels['crisis.log.star']}
        </label>
      </div>
      <details class="log-followup">
        <summary>{labels['crisis.log.followUp']}</summary>
        <OwnerDueFields
          id="log"
          owner={owner}
          due={due}
          setOwner={setOwner}
          setDue={setDue}
          ownerLabel={labels['crisis.log.followUp']}
          dueLabel={labels['crisis.log.due']}
        />
      </details>
      <button type="submit">{labels['crisis.log.add']}</button>
      <p class={message.error ? 'incident-error' : 'incident-ok'} role="status">
        {message.text}
      </p>
    </form>
  );
}
