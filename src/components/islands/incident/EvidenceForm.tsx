import { useState } from 'preact/hooks';
import { openIncidentOf } from '../../../lib/incident/actions.ts';
import type { EvidenceForm as Form } from '../../../lib/incident/evidence.ts';
import { fromLocalInput, toLocalInput } from '../../../lib/incident/local-time.ts';
import { clockNow } from '../../../stores/drill-bridge.ts';
import { $incidents, addEvidence } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import EvidenceFields, { EMPTY_EVIDENCE, evidenceMessage } from './EvidenceFields.tsx';
import type { CrisisLabels } from './labels.ts';

/** Keeps an offending post or suspect profile, with a screenshot stored on the device. */
export default function EvidenceForm({ labels }: { labels: CrisisLabels }) {
  const state = useStore($incidents);
  const mounted = useMounted();
  const [form, setForm] = useState<Form>(EMPTY_EVIDENCE);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState({ text: '', error: false });
  const incident = mounted ? openIncidentOf(state) : undefined;
  if (!incident) return null;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const now = clockNow();
    const result = await addEvidence({ ...form, seenAt: fromLocalInput(form.seenAt) ?? now.toISOString() }, file, now);
    setBusy(false);
    if (result.ok) {
      setForm(EMPTY_EVIDENCE);
      setFile(null);
      (event.target as HTMLFormElement).reset();
      setMessage({ text: labels['crisis.evidence.added'], error: false });
    } else {
      setMessage({ text: evidenceMessage(labels, result.error), error: true });
    }
  };

  return (
    <form class="evidence-form" onSubmit={submit} aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{labels['crisis.evidence.heading']}</h2>
      <p class="hint">{labels['crisis.evidence.help']}</p>
      <EvidenceFields
        labels={labels}
        prefix="ev"
        form={form}
        seenDefault={toLocalInput(clockNow().toISOString())}
        onChange={setForm}
      />
      <div class="field">
        <label for="ev-shot">{labels['crisis.evidence.screenshot']}</label>
        <input
          id="ev-shot"
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <button type="submit" disabled={busy}>
        {labels['crisis.evidence.add']}
      </button>
      <p class={message.error ? 'incident-error' : 'incident-ok'} role={message.error ? 'alert' : 'status'}>
        {message.text}
      </p>
    </form>
  );
}
