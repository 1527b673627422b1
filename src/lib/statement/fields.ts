import type { CrisisType, StatementInput } from './types.ts';

/** The builder's text fields, in the order of the form; `multiline` ones are text areas. */
export const TEXT_FIELDS = [
  { key: 'brand', multiline: false },
  { key: 'whatHappened', multiline: true },
  { key: 'cause', multiline: true },
  { key: 'whoIsAffected', multiline: false },
  { key: 'fix', multiline: true },
  { key: 'prevention', multiline: true },
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
