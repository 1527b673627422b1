import { useState } from 'preact/hooks';
import type { Draft } from '../../../lib/drafts.ts';
import { FIELD_LIMIT } from '../../../lib/drafts.ts';
import {
  defaultApology,
  fieldLabel,
  fieldsFor,
  holdingPromise,
  type TEXT_FIELDS,
  type TextField,
} from '../../../lib/statement/fields.ts';
import { CRISIS_TYPES, type CrisisType, type Locale, STATEMENT_KINDS, TONES } from '../../../lib/statement/types.ts';
import { changeLocale, editInput, rename } from '../../../stores/drafts.ts';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import type { StatementKey, Translate } from './labels.ts';
import { StrategyNote } from './StrategyNote.tsx';
import { useLiveDraft } from './useLiveDraft.ts';

/** One text field of the form, labelled for the kind and crisis type (a rumour asks for the false claim). */
function TextInput({ field, draft, t }: { field: (typeof TEXT_FIELDS)[number]; draft: Draft; t: Translate }) {
  const key: TextField = field.key;
  const id = `field-${key}`;
  const props = {
    id,
    value: draft.input[key] ?? '',
    maxLength: FIELD_LIMIT,
    placeholder: t(`statement.example.${key}`),
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      editInput({ [key]: e.currentTarget.value }),
  };
  return (
    <p class="field">
      <label for={id}>{t(fieldLabel(key, draft.input.kind, draft.input.crisisType) as StatementKey)}</label>
      {field.multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
    </p>
  );
}

/**
 * The draft's name, saved when the field is left. What is being typed stays in the field until
 * then: a store update in between (another field, another tab) must not put the old name back
 * under the user's fingers.
 */
function DraftName({ draft }: { draft: Draft }) {
  // What is being typed, and for which draft (another draft shows its own name).
  const [typed, setTyped] = useState<{ id: string; text: string } | null>(null);
  return (
    <input
      id="draft-name"
      type="text"
      maxLength={80}
      value={typed?.id === draft.id ? typed.text : draft.name}
      onInput={(e) => setTyped({ id: draft.id, text: e.currentTarget.value })}
      // Once the write settles, the field shows what is stored: the name as saved (spaces tidied),
      // or the old one when storage refused it.
      onChange={(e) => void rename(e.currentTarget.value).then(() => setTyped(null))}
    />
  );
}

/** A checkbox of the form, with a warning under it while it is ticked (`warning`). */
function Option({
  checked,
  label,
  warning,
  onChange,
}: {
  checked: boolean;
  label: string;
  warning?: string | undefined;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="field field-check">
      <label class="choice">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
        {label}
      </label>
      {checked && warning ? <p class="field-warning">{warning}</p> : null}
    </div>
  );
}

/**
 * What the user has to say: the draft's name, kind, crisis type, tone, language, the advice for
 * that crisis, apology (and for a holding statement, a commitment) and the facts that kind asks for.
 */
export function StatementForm({ draft: given, lang, t }: { draft: Draft; lang: Locale; t: Translate }) {
  const draft = useLiveDraft(given);
  const { input } = draft;
  const apology = defaultApology(input);
  const holding = input.kind === 'holding';
  return (
    <section class="builder-form" aria-labelledby="form-title">
      <h2 id="form-title">{t('statement.form')}</h2>
      <p class="field">
        <label for="draft-name">{t('statement.draftName')}</label>
        <DraftName draft={draft} />
      </p>
      <RadioGroup
        legend={t('statement.kind')}
        name="kind"
        options={STATEMENT_KINDS}
        labelOf={(k) => t(`statement.kinds.${k}`)}
        value={input.kind}
        onChange={(kind) => editInput({ kind })}
      />
      <p class="field">
        <label for="crisis-type">{t('statement.crisisType')}</label>
        <select
          id="crisis-type"
          value={input.crisisType}
          onChange={(e) => editInput({ crisisType: e.currentTarget.value as CrisisType })}
        >
          {CRISIS_TYPES.map((c) => (
            <option key={c} value={c}>
              {t(`statement.crisisTypes.${c}`)}
            </option>
          ))}
        </select>
      </p>
      <RadioGroup
        legend={t('statement.tone')}
        name="tone"
        options={TONES}
        labelOf={(k) => t(`statement.tones.${k}`)}
        value={input.tone}
        onChange={(tone) => editInput({ tone })}
      />
      <p class="field">
        <label for="statement-locale">{t('statement.language')}</label>
        <select
          id="statement-locale"
          value={draft.locale}
          onChange={(e) => changeLocale(e.currentTarget.value as Locale)}
        >
          <option value="es">Español</option>
          <option value="en">English</option>
        </select>
      </p>
      <StrategyNote crisisType={input.crisisType} lang={lang} t={t} />
      <Option
        checked={apology}
        label={t('statement.apology')}
        warning={holding ? t('statement.apologyHoldingWarning') : undefined}
        onChange={(checked) => editInput({ apology: checked })}
      />
      {holding ? (
        <Option
          checked={holdingPromise(input)}
          label={t('statement.promise')}
          warning={t('statement.promiseWarning')}
          onChange={(checked) => editInput({ promise: checked })}
        />
      ) : null}
      {fieldsFor({ ...input, apology }).map((field) => (
        <TextInput key={field.key} field={field} draft={draft} t={t} />
      ))}
    </section>
  );
}
