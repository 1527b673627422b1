import { useState } from 'preact/hooks';
import { fromLocalInput } from '../../../lib/incident/local-time.ts';
import { clockNow } from '../../../stores/drill-bridge.ts';
import { logEntry } from '../../../stores/incidents.ts';
import type { CrisisLabels } from './labels.ts';
import { OwnerDueFields } from './OwnerDueFields.tsx';

/**
 * The after-action review's follow-ups: what will be done, who owns it, by when. Each is a
 * decision on the incident's timeline with its follow-up (append only, like every entry), so the
 * report's list of follow-ups, its Markdown and the hand-over file all carry it.
 */
export default function FollowUpForm({ labels }: { labels: CrisisLabels }) {
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [message, setMessage] = useState({ text: '', error: false });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!what.trim() || !owner.trim()) return setMessage({ text: labels['crisis.followUp.missing'], error: true });
    const now = clockNow();
    const ok = await logEntry(
      {
        kind: 'decision',
        text: what,
        happenedAt: now.toISOString(),
        visibility: 'internal',
        followUp: { owner, dueAt: fromLocalInput(due) },
      },
      now,
    );
    if (!ok) return setMessage({ text: labels['crisis.error.not-saved'], error: true });
    setWhat('');
    setOwner('');
    setDue('');
    setMessage({ text: labels['crisis.followUp.added'], error: false });
  };

  return (
    <form class="follow-up-form no-print" onSubmit={submit} aria-labelledby="follow-up-heading">
      <h4 id="follow-up-heading">{labels['crisis.followUp.heading']}</h4>
      <div class="field">
        <label for="follow-up-what">{labels['crisis.followUp.what']}</label>
        <input
          id="follow-up-what"
          type="text"
          maxLength={4000}
          value={what}
          onInput={(e) => setWhat(e.currentTarget.value)}
        />
      </div>
      <div class="log-row">
        <OwnerDueFields
          id="follow-up"
          owner={owner}
          due={due}
          setOwner={setOwner}
          setDue={setDue}
          ownerLabel={labels['crisis.followUp.owner']}
          dueLabel={labels['crisis.followUp.due']}
        />
      </div>
      <button type="submit">{labels['crisis.followUp.add']}</button>
      <p class={message.error ? 'incident-error' : 'incident-ok'} role="status">
        {message.text}
      </p>
    </form>
  );
}
