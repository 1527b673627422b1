import type { CrisisType, StatementInput, StatementKind } from './types.ts';

/** The builder's text fields, in the order of the form; `multiline` ones are text areas. */
export const TEXT_FIELDS = [
  { key: 'brand', multiline: false },
  { key: 'whatHappened', multiline: true },
  { key: 'dataInvolved', multiline: false },
  { key: 'whoIsAffected', multiline: false },
  { key: 'sorryFor', multiline: true },
  { key: 'cause', multiline: true },
  { key: 'doingNow', multiline: true },
  { key: 'fix', multiline: true },
  { key: 'prevention', multiline: true },
  { key: 'whatToDo', multiline: true },
  { key: 'authority', multiline: false },
  { key: 'dataContact', multiline: false },
  { key: 'nextUpdate', multiline: false },
  { key: 'contact', multiline: false },
] as const satisfies readonly { key: keyof StatementInput; multiline: boolean }[];
export type TextField = (typeof TEXT_FIELDS)[number]['key'];

/** The fields whose meaning turns around for a false rumour: the false claim, and what is true. */
const RUMOUR_FIELDS = ['whatHappened', 'cause'] as const;
export type RumourField = (typeof RUMOUR_FIELDS)[number];

/** Whether the field is asked differently for this crisis type (its `.rumour` label). */
export function asksForRumour(key: TextField, crisisType: CrisisType): key is RumourField {
  return crisisType === 'false-rumour' && (RUMOUR_FIELDS as readonly string[]).includes(key);
}

/**
 * Crisis types that do not apologise unless the user says so: a false rumour corrects the
 * record; a price or policy decision the brand keeps is explained, not apologised for; staff
 * conduct is under review (HR first), so the statement shows care without a verdict.
 */
const NO_APOLOGY_BY_DEFAULT: readonly CrisisType[] = ['false-rumour', 'policy-backlash', 'staff-misconduct'];

/**
 * Whether a statement apologises when the input does not say. A holding statement never does by
 * default: the facts are not known yet (the response guide, "The holding statement").
 */
export function defaultApology(input: {
  kind?: StatementKind | undefined;
  crisisType?: CrisisType | undefined;
  apology?: boolean | undefined;
}): boolean {
  if (typeof input.apology === 'boolean') return input.apology;
  if (input.kind === 'holding') return false;
  return !NO_APOLOGY_BY_DEFAULT.includes(input.crisisType ?? 'service-outage');
}

/** Whether a holding statement includes the commitment typed in `fix` (opt-in, with a warning). */
export function holdingPromise(input: { promise?: boolean | undefined }): boolean {
  return input.promise === true;
}

const DATA_FIELDS: readonly TextField[] = ['dataInvolved', 'authority', 'dataContact'];

/** The fields each kind of statement asks for, before the crisis type and the options. */
const BY_KIND: Record<StatementKind, readonly TextField[]> = {
  // No cause, no fix, no prevention: the facts are not known yet.
  holding: [
    'brand',
    'whatHappened',
    'dataInvolved',
    'whoIsAffected',
    'sorryFor',
    'doingNow',
    'fix',
    'whatToDo',
    'authority',
    'dataContact',
    'nextUpdate',
    'contact',
  ],
  full: [
    'brand',
    'whatHappened',
    'dataInvolved',
    'whoIsAffected',
    'sorryFor',
    'cause',
    'fix',
    'prevention',
    'whatToDo',
    'authority',
    'dataContact',
    'nextUpdate',
    'contact',
  ],
  'follow-up': [
    'brand',
    'whatHappened',
    'dataInvolved',
    'sorryFor',
    'cause',
    'fix',
    'prevention',
    'whatToDo',
    'authority',
    'dataContact',
    'nextUpdate',
    'contact',
  ],
  // Resolved: no next update; help stays available.
  closing: [
    'brand',
    'whatHappened',
    'dataInvolved',
    'sorryFor',
    'cause',
    'fix',
    'prevention',
    'whatToDo',
    'dataContact',
    'contact',
  ],
};

/**
 * The fields the form shows for a statement: by its kind, its crisis type (data fields only for
 * a data incident) and its options (what the brand is sorry for only with an apology; a
 * holding statement's commitment only when the user opts in).
 */
export function fieldsFor(input: {
  kind?: StatementKind | undefined;
  crisisType?: CrisisType | undefined;
  apology?: boolean | undefined;
  promise?: boolean | undefined;
}) {
  const kind: StatementKind = input.kind && Object.hasOwn(BY_KIND, input.kind) ? input.kind : 'full';
  const crisisType = input.crisisType ?? 'service-outage';
  const apology = defaultApology({ kind, crisisType, apology: input.apology });
  return TEXT_FIELDS.filter(({ key }) => {
    if (!BY_KIND[kind].includes(key)) return false;
    if (DATA_FIELDS.includes(key)) return crisisType === 'data-incident';
    if (key === 'sorryFor') return apology;
    if (key === 'fix' && kind === 'holding') return holdingPromise(input);
    return true;
  });
}

/** The label of a field, as a `statement.field.*` key: by crisis type and kind where its meaning changes. */
export function fieldLabel(key: TextField, kind: StatementKind, crisisType: CrisisType): `statement.field.${string}` {
  if (crisisType === 'policy-backlash' && (key === 'whatHappened' || key === 'cause' || key === 'fix'))
    return `statement.field.${key}.policy`;
  if (asksForRumour(key, crisisType)) return `statement.field.${key}.rumour`;
  if (key === 'fix' && kind !== 'full') return `statement.field.fix.${kind}`;
  return `statement.field.${key}`;
}
