/**
 * The few pieces of the drill schema a stored play needs (src/lib/drills/play.ts): drill ids and
 * the people a learner may tell. Apart from schema.ts so that the stores and the data panel, which
 * read and write plays, do not carry the whole scenario schema.
 */
import * as v from 'valibot';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DrillId = v.pipe(v.string(), v.regex(KEBAB, 'ids are kebab-case: lowercase letters, digits and hyphens'));

/** People a learner may tell (crisis-mode roles and the experts of the escalation matrix). */
export const CONTACTS = [
  'lead',
  'approver',
  'spokesperson',
  'legal',
  'hr',
  'it',
  'data-protection',
  'customer-care',
  'management',
  'product',
] as const;
export type Contact = (typeof CONTACTS)[number];
