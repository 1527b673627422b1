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

/**
 * - holding: we know, what we are doing now, when the next update comes (no cause, no promises yet);
 * - full: the response once the facts are known;
 * - follow-up: progress since the last statement;
 * - closing: the crisis is resolved: what was done, what changes, where help stays available.
 */
export const STATEMENT_KINDS = ['holding', 'full', 'follow-up', 'closing'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const CRISIS_TYPES = [
  'service-outage',
  'product-defect',
  'offensive-post',
  'staff-misconduct',
  'data-incident',
  'viral-complaint',
  'false-rumour',
  'policy-backlash',
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
  /** Include an apology. The default depends on the kind and the crisis type: `defaultApology` (./fields.ts). */
  apology?: boolean | undefined;
  /** Holding statement only: include the commitment typed in `fix` (a promise made before the facts are known). */
  promise?: boolean | undefined;
  /** What the brand is doing right now, as a sentence (holding statement, follow-up). */
  doingNow?: string | undefined;
  /** What the brand is sorry for, in the user's words: "charging you twice". */
  sorryFor?: string | undefined;
  /** What readers should do now, as a sentence: "change your password". */
  whatToDo?: string | undefined;
  /** Data incident: which data, as a noun phrase: "names and e-mail addresses". */
  dataInvolved?: string | undefined;
  /** Data incident: the authority notified, and when: "the Spanish Data Protection Agency (AEPD) on 2 December". */
  authority?: string | undefined;
  /** Data incident: a contact for data-protection questions (the data protection officer). */
  dataContact?: string | undefined;
}

/** Phrases that are findings in themselves (a non-apology, jargon): tables in the wording files. */
export const FLAGGED_RULES = [
  'conditional-apology',
  'passive-mistakes',
  'sorry-but',
  'blames-customers',
  'blames-others',
  'holding-promise',
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
