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
/** A channel's frozen text: composed from bounded fields, so it stays well under this. */
export const FROZEN_LIMIT = 30000;
/** Versions kept per draft: far more than any statement is republished. */
export const VERSION_LIMIT = 200;

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
const Locale = v.picklist(['es', 'en']);
const Edits = keyedRecord(isPlatform, text(EDIT_LIMIT), 'Unknown key');

/**
 * One published version, frozen: what went out on each channel, who approved it, in what role and
 * when, when it went out and the next update it promised. Never changed once written.
 */
export const PublishedVersionSchema = v.strictObject({
  /** 1, 2, 3… in the order they were published. */
  number: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(VERSION_LIMIT)),
  locale: Locale,
  /** The form and the hand edits it was written from (what "start the next update" copies). */
  input: StatementInputSchema,
  edits: Edits,
  /**
   * The exact words per channel. Empty for a publication recorded before versions were kept
   * (drafts version 1): only its fields were stored then.
   */
  texts: keyedRecord(isPlatform, text(FROZEN_LIMIT), 'Unknown key'),
  approval: ApprovalSchema,
  publishedAt: IsoTimeSchema,
  /** When it promised the next update (read from its "next update" field), if it named a time. */
  nextUpdateAt: v.nullable(IsoTimeSchema),
});

/** The published version a draft was started from ("start the next update from this one"). */
export const BasedOnSchema = v.strictObject({
  draftId: IdSchema,
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(VERSION_LIMIT)),
});

export const DraftSchema = v.strictObject({
  id: IdSchema,
  name: text(NAME_LIMIT),
  /** The language the statement is written in (not necessarily the page's). */
  locale: Locale,
  /** The checklist session that was current when the draft was made. */
  runId: v.nullable(IdSchema),
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  input: StatementInputSchema,
  /** Channels whose text the user rewrote by hand; the others follow the form. */
  edits: Edits,
  /** The approval of the text as it is now (cleared by any change). */
  approval: v.nullable(ApprovalSchema),
  /** Set while the text as it is now is the latest published version. */
  publishedAt: v.nullable(IsoTimeSchema),
  /**
   * Every published version, oldest first. Optional with a default so that files written before
   * versions existed (export version 3, hand-over files) still read.
   */
  versions: v.optional(v.pipe(v.array(PublishedVersionSchema), v.maxLength(VERSION_LIMIT)), []),
  basedOn: v.optional(v.nullable(BasedOnSchema), null),
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
export type PublishedVersion = v.InferOutput<typeof PublishedVersionSchema>;
export type BasedOn = v.InferOutput<typeof BasedOnSchema>;
export type Draft = v.InferOutput<typeof DraftSchema>;
export type DraftsState = v.InferOutput<typeof DraftsStateSchema>;

// The builder's input type is declared, with its documentation, in src/lib/statement/types.ts;
// this fails to compile when the schema and that type drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const INPUT_SCHEMA_MATCHES_TYPE: Same<v.InferOutput<typeof StatementInputSchema>, StatementInput> = true;
