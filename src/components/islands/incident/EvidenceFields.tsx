import { format } from '../../../lib/format.ts';
import type { EvidenceError, EvidenceForm } from '../../../lib/incident/evidence.ts';
import { FAKE_SIGNS } from '../../../lib/schemas/incident.ts';
import type { CrisisLabels } from './labels.ts';

const TEXT_FIELDS = [
  ['network', 'text'],
  ['url', 'url'],
  ['handle', 'text'],
  ['displayName', 'text'],
  ['followers', 'text'],
] as const;

export const EMPTY_EVIDENCE: EvidenceForm = {
  network: '',
  url: '',
  handle: '',
  displayName: '',
  followers: '',
  seenAt: '',
  text: '',
  fakeSigns: [],
};

/** What a refused card or screenshot says to the user. */
export const evidenceMessage = (labels: CrisisLabels, e: EvidenceError | { code: 'not-saved' }) =>
  format(labels[`crisis.evidence.error.${e.code}`], 'path' in e ? { path: e.path } : {});

/**
 * The fields of an evidence card, shared by the form that adds one and the one that corrects it
 * (`prefix` keeps their ids apart). `seenAt` is shown as `seenDefault` until typed in.
 */
export default function EvidenceFields({
  labels,
  prefix,
  form,
  seenDefault,
  onChange,
}: {
  labels: CrisisLabels;
  prefix: string;
  form: EvidenceForm;
  seenDefault: string;
  onChange: (form: EvidenceForm) => void;
}) {
  return (
    <>
      <div class="evidence-grid">
        {TEXT_FIELDS.map(([key, type]) => (
          <div class="field" key={key}>
            <label for={`${prefix}-${key}`}>{labels[`crisis.evidence.${key}`]}</label>
            <input
              id={`${prefix}-${key}`}
              type={type}
              inputMode={key === 'followers' ? 'numeric' : undefined}
              maxLength={key === 'url' ? 2000 : 200}
              value={form[key]}
              onInput={(e) => onChange({ ...form, [key]: e.currentTarget.value })}
            />
          </div>
        ))}
        <div class="field">
          <label for={`${prefix}-seenAt`}>{labels['crisis.evidence.seenAt']}</label>
          <input
            id={`${prefix}-seenAt`}
            type="datetime-local"
            value={form.seenAt || seenDefault}
            onInput={(e) => onChange({ ...form, seenAt: e.currentTarget.value })}
          />
        </div>
      </div>
      <div class="field">
        <label for={`${prefix}-text`}>{labels['crisis.evidence.text']}</label>
        <textarea
          id={`${prefix}-text`}
          rows={2}
          maxLength={4000}
          value={form.text}
          onInput={(e) => onChange({ ...form, text: e.currentTarget.value })}
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
                onChange({
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
    </>
  );
}
