import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { format } from '../../../lib/format.ts';
import { openIncidentOf } from '../../../lib/incident/actions.ts';
import type { EvidenceForm as Form } from '../../../lib/incident/evidence.ts';
import { fromLocalInput, toLocalInput } from '../../../lib/incident/local-time.ts';
import { FAKE_SIGNS } from '../../../lib/schemas/incident.ts';
import { $incidents, addEvidence } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import type { CrisisLabels } from './labels.ts';

const EMPTY: Form = {
  network: '',
  url: '',
  handle: '',
  displayName: '',
  followers: '',
  seenAt: '',
  text: '',
  fakeSigns: [],
};
const TEXT_FIELDS = [
  ['network', 'text'],
  ['url', 'url'],
  ['handle', 'text'],
  ['displayName', 'text'],
  ['followers', 'text'],
] as const;

/** Keeps an offending post or suspect profile, with a screenshot stored on the device. */
export default function EvidenceForm({ labels }: { labels: CrisisLabels }) {
  const state = useStore($incidents);
  const mounted = useMounted();
  const [form, setForm] = useState<Form>(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState({ text: '', error: false });
  const incident = mounted ? openIncidentOf(state) : undefined;
  if (!incident) return null;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const now = new Date();
    const result = await addEvidence({ ...form, seenAt: fromLocalInput(form.seenAt) ?? now.toISOString() }, file, now);
    setBusy(false);
    if (result.ok) {
      setForm(EMPTY);
      setFile(null);
      (event.target as HTMLFormElement).reset();
      setMessage({ text: labels['crisis.evidence.added'], error: false });
    } else {
      const e = result.error;
      setMessage({
        text: format(labels[`crisis.evidence.error.${e.code}`], 'path' in e ? { path: e.path } : {}),
        error: true,
      });
    }
  };

  return (
    <form class="evidence-form" onSubmit={submit} aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{labels['crisis.evidence.heading']}</h2>
      <p class="hint">{labels['crisis.evidence.help']}</p>
      <div class="evidence-grid">
        {TEXT_FIELDS.map(([key, type]) => (
          <div class="field" key={key}>
            <label for={`ev-${key}`}>{labels[`crisis.evidence.${key}`]}</label>
            <input
              id={`ev-${key}`}
              type={type}
              inputMode={key === 'followers' ? 'numeric' : undefined}
              maxLength={key === 'url' ? 2000 : 200}
              value={form[key]}
              onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
            />
          </div>
        ))}
        <div class="field">
          <label for="ev-seenAt">{labels['crisis.evidence.seenAt']}</label>
          <input
            id="ev-seenAt"
            type="datetime-local"
            value={form.seenAt || toLocalInput(new Date().toISOString())}
            onInput={(e) => setForm({ ...form, seenAt: e.currentTarget.value })}
          />
        </div>
      </div>
      <div class="field">
        <label for="ev-text">{labels['crisis.evidence.text']}</label>
        <textarea
          id="ev-text"
          rows={2}
          maxLength={4000}
          value={form.text}
          onInput={(e) => setForm({ ...form, text: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="ev-shot">{labels['crisis.evidence.screenshot']}</label>
        <input
          id="ev-shot"
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <fieldset class="choices">
        <legend>{labels['crisis.evidence.signs']}</legend>
        {FAKE_SIGNS.map((sign) => (
          <label class="choice" key={sign}>
            <input
              type="checkbox"
              checked={form.fakeSigns.includes(sign)}
              onChange={(e) =>
                setForm({
                  ...form,
                  fakeSigns: e.currentTarget.checked
                    ? [...form.fakeSigns, sign]
                    : form.fakeSigns.filter((s) => s !== sign),
                })
              }
            />
            {labels[`crisis.sign.${sign}`]}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={busy}>
        {labels['crisis.evidence.add']}
      </button>
      <p class={message.error ? 'incident-error' : 'incident-ok'} role={message.error ? 'alert' : 'status'}>
        {message.text}
      </p>
    </form>
  );
}
