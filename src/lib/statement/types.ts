/**
 * Shared types of the statement builder. Kept apart so that the data modules (rules, phrases,
 * templates) and the logic modules can import them without importing each other.
 */

export type { Locale } from '../../i18n/locales.ts';

export const PLATFORM_IDS = [
  'x',
  'bluesky',
  'threads',
  'instagram',
  'facebook',
  'linkedin',
  'website',
  'email',
] as const;
export type Platform = (typeof PLATFORM_IDS)[number];

export const STATEMENT_KINDS = ['holding', 'full', 'follow-up'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const CRISIS_TYPES = [
  'service-outage',
  'product-defect',
  'offensive-post',
  'staff-misconduct',
  'data-incident',
  'viral-complaint',
  'false-rumour',
] as const;
export type CrisisType = (typeof CRISIS_TYPES)[number];

export const TONES = ['formal', 'warm'] as const;
export type Tone = (typeof TONES)[number];

/**
 * What the user types in the builder. Every text field is plain text written by a person under
 * pressure: `compose` trims it, collapses its whitespace and never interprets it (no HTML, no
 * placeholders). Optional fields may be missing, empty or `undefined`.
 */
export interface StatementInput {
  kind: StatementKind;
  crisisType: CrisisType;
  tone: Tone;
  brand: string;
  /** What happened, as a sentence: "some app orders were charged twice this morning". For a false rumour: the false claim. */
  whatHappened: string;
  /** Why it happened, as a sentence. For a false rumour: what is actually true. */
  cause?: string | undefined;
  /** Who is affected, as a noun phrase: "1,214 orders placed between 08:10 and 11:20". */
  whoIsAffected?: string | undefined;
  /** What is being done to put it right, as a sentence: "every duplicate charge will be refunded within 48 hours". */
  fix?: string | undefined;
  /** What changes so it does not happen again, as a sentence: "we now test payments before every release". */
  prevention?: string | undefined;
  /** When the next update comes: "13:00" (a bare time gets "at"/"a las") or "tomorrow at 10". */
  nextUpdate?: string | undefined;
  /** An e-mail, a URL, an @handle, a phone number or a short sentence ("DM us"). */
  contact?: string | undefined;
  /** Include an apology. Defaults to true, except for a false rumour, which corrects the record instead. */
  apology?: boolean | undefined;
}

/** Phrases that are findings in themselves (a non-apology, jargon): tables in the wording files. */
export const FLAGGED_RULES = [
  'conditional-apology',
  'passive-mistakes',
  'sorry-but',
  'blames-customers',
  'jargon',
] as const;
export type FlaggedRule = (typeof FLAGGED_RULES)[number];

/** The parts a statement needs, found by phrase; a missing one is a finding (no apology, no next step…). */
export const SIGNALS = [
  'acknowledgement',
  'responsibility',
  'apology',
  'regret',
  'explanation',
  'repair',
  'prevention',
  'next-step',
] as const;
export type Signal = (typeof SIGNALS)[number];

/** The six parts of an effective apology (the response guide, "The parts of the apology"). */
export const APOLOGY_PARTS = [
  'acknowledgement',
  'responsibility',
  'regret',
  'explanation',
  'repair',
  'prevention',
] as const;
export type ApologyPart = (typeof APOLOGY_PARTS)[number];
