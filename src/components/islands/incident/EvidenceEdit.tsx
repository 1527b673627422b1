import { useState } from 'preact/hooks';
import type { EvidenceForm } from '../../../lib/incident/evidence.ts';
import { fromLocalInput, toLocalInput } from '../../../lib/incident/local-time.ts';
import type { EvidenceCard } from '../../../lib/schemas/incident.ts';
import { editEvidence } from '../../../stores/incidents.ts';
import EvidenceFields, { evidenceMessage } from './EvidenceFields.tsx';
import type { CrisisLabels } from './labels.ts';

const formOf = (card: EvidenceCard): EvidenceForm => ({
  network: card.network,
  url: card.url,
  handle: card.handle,
  displayName: card.displayName,
  followers: card.followers === null ? '' : String(card.followers),
  seenAt: toLocalInput(card.seenAt),
  text: card.text,
  fakeSigns: [...card.fakeSigns],
});

/**
 * Corrects an evidence card after it was added: its fields, the fake-profile signs, and its
 * screenshot replaced or removed. The correction shows on the timeline; a refusal keeps the card.
 */
export default function EvidenceEdit({ card, labels }: { card: EvidenceCard; labels: CrisisLabels }) {
  const [form, setForm] = useState<EvidenceForm>(() => formOf(card));
  const [file, setFile] = useState<File | null>(null);
  const [remove, setRemove] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState({ text: '', error: false });
  // The form exists only while open: a closed card adds no second set of fields to the page.
  const [open, setOpen] = useState(false);
  const prefix = `edit-${card.id}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    setBusy(true);
    // A time shown to the minute and left alone keeps its seconds.
    const seenAt = form.seenAt === toLocalInput(card.seenAt) ? card.seenAt : fromLocalInput(form.seenAt);
    const shot = file
      ? { kind: 'replace' as const, file }
      : remove
        ? { kind: 'remove' as const }
        : { kind: 'keep' as const };
    const result = await editEvidence(card.id, { ...form, seenAt: seenAt ?? '' }, card.status, shot);
    setBusy(false);
    if (!result.ok) return setMessage({ text: evidenceMessage(labels, result.error), error: true });
    setFile(null);
    setRemove(false);
    const picker = formElement.querySelector<HTMLInputElement>('input[type=file]');
    if (picker) picker.value = '';
    setMessage({ text: labels['crisis.evidence.saved'], error: false });
  };

  return (
    <details
      class="evidence-edit"
      onToggle={(e) => {
        const opening = e.currentTarget.open;
        // Opening starts from the card as stored now (another tab may have corrected it).
        if (opening && !open) {
          setForm(formOf(card));
          setMessage({ text: '', error: false });
        }
        setOpen(opening);
      }}
    >
      <summary>{labels['crisis.evidence.edit']}</summary>
      {open ? (
        <form onSubmit={submit} aria-label={`${labels['crisis.evidence.editHeading']}: ${card.handle || card.url}`}>
          <EvidenceFields labels={labels} prefix={prefix} form={form} seenDefault="" onChange={setForm} />
          <div class="field">
            <label for={`${prefix}-shot`}>{labels['crisis.evidence.replaceShot']}</label>
            <input
              id={`${prefix}-shot`}
              type="file"
              accept="image/png,image/jpeg,image/webp,image/gif"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </div>
          {card.screenshot ? (
            <label class="choice">
              <input
                type="checkbox"
                checked={remove}
                disabled={Boolean(file)}
                onChange={(e) => setRemove(e.currentTarget.checked)}
              />
              {labels['crisis.evidence.removeShot']}
            </label>
          ) : null}
          <button type="submit" disabled={busy}>
            {labels['crisis.evidence.save']}
          </button>
          <p class={message.error ? 'incident-error' : 'incident-ok'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        </form>
      ) : null}
    </details>
  );
}
