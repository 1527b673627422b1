/**
 * A statement draft, its approval and the builder's input, as stored under
 * `crisis-playbook:drafts` and exported with everything. Text fields are free text (any
 * character; the app only ever shows them as text), bounded; ids and structure are strict.
 */
import * as v from 'valibot';
import {
  CRISIS_TYPES,
  PLATFORM_IDS,
  type Platform,
  STATEMENT_KINDS,
  type StatementInput,
  TONES,
} from '../statement/types.ts';
import { IdSchema, IsoTimeSchema, isId, keyedRecord, text, withOwnIds } from './common.ts';

/** Form fields are bounded: a statement is short, and a pasted novel must not freeze the page. */
export const FIELD_LIMIT = 2000;
export const EDIT_LIMIT = 10000;
export const NAME_LIMIT = 80;

const optionalField = v.optional(text(FIELD_LIMIT));

export const StatementInputSchema = v.strictObject({
  kind: v.picklist(STATEMENT_KINDS),
  crisisType: v.picklist(CRISIS_TYPES),
  tone: v.picklist(TONES),
  brand: text(FIELD_LIMIT),
  whatHappened: text(FIELD_LIMIT),
  cause: optionalField,
  whoIsAffected: optionalField,
  fix: optionalField,
  prevention: optionalField,
  nextUpdate: optionalField,
  contact: optionalField,
  apology: v.optional(v.boolean()),
  // Added for advice by kind and crisis type (issue 12): optional, so older drafts stay valid.
  promise: v.optional(v.boolean()),
  doingNow: optionalField,
  sorryFor: optionalField,
  whatToDo: optionalField,
  dataInvolved: optionalField,
  authority: optionalField,
  dataContact: optionalField,
});

export const ApprovalSchema = v.strictObject({
  name: text(NAME_LIMIT),
  role: text(NAME_LIMIT),
  at: IsoTimeSchema,
});

const isPlatform = (key: string): key is Platform => (PLATFORM_IDS as readonly string[]).includes(key);

export const DraftSchema = v.strictObject({
  id: IdSchema,
  name: text(NAME_LIMIT),
  /** The language the statement is written in (not necessarily the page's). */
  locale: v.picklist(['es', 'en']),
  /** The checklist session that was current when the draft was made. */
  runId: v.nullable(IdSchema),
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  input: StatementInputSchema,
  /** Channels whose text the user rewrote by hand; the others follow the form. */
  edits: keyedRecord(isPlatform, text(EDIT_LIMIT), 'Unknown key'),
  approval: v.nullable(ApprovalSchema),
  publishedAt: v.nullable(IsoTimeSchema),
});

export const DraftsStateSchema = withOwnIds(
  v.strictObject({
    currentDraftId: v.nullable(IdSchema),
    drafts: keyedRecord(isId, DraftSchema),
  }),
  'currentDraftId',
  'drafts',
);

export type Approval = v.InferOutput<typeof ApprovalSchema>;
export type Draft = v.InferOutput<typeof DraftSchema>;
export type DraftsState = v.InferOutput<typeof DraftsStateSchema>;

// The builder's input type is declared, with its documentation, in src/lib/statement/types.ts;
// this fails to compile when the schema and that type drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const INPUT_SCHEMA_MATCHES_TYPE: Same<v.InferOutput<typeof StatementInputSchema>, StatementInput> = true;
