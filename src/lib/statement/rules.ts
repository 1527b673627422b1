import { type GuideAnchor, guideAnchor } from '../guide-anchors.ts';
import type { Locale, Platform } from './types.ts';

/**
 * The linter's rules: stable ids (the UI, stored drafts and tests key on them), severities and
 * the section of the response guide that explains each one. The phrases each rule looks for are
 * data (src/content/statements/LANG.yaml); the messages are UI strings (`statement.lint.*` in
 * src/i18n), worded by ./messages.ts in the page's language.
 *
 * Severities:
 * - `error`: a non-apology that undoes the statement (conditional apology, passive mistakes,
 *   "sorry, but", blaming customers or third parties) or a post the network will refuse (too long).
 * - `warning`: a promise in a holding statement that did not opt in to one, a part of the response is missing (acknowledgement, apology, corrective measure,
 *   prevention, next step), or the text shouts (capitals, several "!"), which inflames a crisis.
 * - `info`: jargon. Worth rewriting, but a statement with "in due course" still works.
 */
export const RULE_IDS = [
  'conditional-apology',
  'passive-mistakes',
  'sorry-but',
  'blames-customers',
  'blames-others',
  'holding-promise',
  'no-acknowledgement',
  'no-apology',
  'no-corrective-measure',
  'no-prevention',
  'no-next-step',
  'jargon',
  'shouting',
  'too-long',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'error' | 'warning' | 'info';

export interface RuleMeta {
  severity: Severity;
  /** The section of the response guide that explains the rule. */
  section: Extract<GuideAnchor, 'apology' | 'holding' | 'pitfalls' | 'publishing'>;
}

export const RULES: Record<RuleId, RuleMeta> = {
  'conditional-apology': { severity: 'error', section: 'apology' },
  'passive-mistakes': { severity: 'error', section: 'apology' },
  'sorry-but': { severity: 'error', section: 'apology' },
  'blames-customers': { severity: 'error', section: 'apology' },
  // "It was the bank's fault", "beyond our control": the reader hears an excuse.
  'blames-others': { severity: 'error', section: 'apology' },
  // A holding statement makes no promises before the facts are known, unless the user opts in.
  'holding-promise': { severity: 'warning', section: 'holding' },
  'no-acknowledgement': { severity: 'warning', section: 'apology' },
  'no-apology': { severity: 'warning', section: 'apology' },
  'no-corrective-measure': { severity: 'warning', section: 'apology' },
  'no-prevention': { severity: 'warning', section: 'apology' },
  // "Name the time of the next update" is step 2 of the holding statement.
  'no-next-step': { severity: 'warning', section: 'holding' },
  // "Apologising in legal language" is a pitfall of the guide.
  jargon: { severity: 'info', section: 'pitfalls' },
  shouting: { severity: 'warning', section: 'apology' },
  // "Adapt the format, keep the facts identical."
  'too-long': { severity: 'error', section: 'publishing' },
};

/** The link to the section of the response guide that explains a rule. */
export function guideFor(rule: RuleId, locale: Locale): string {
  return guideAnchor(RULES[rule].section, locale);
}

/** What a finding's message needs besides its rule: the words quoted, and for some rules more. */
export interface FindingDetails {
  /** The text the finding is about, as the user wrote it (cut to 80 characters). */
  match: string;
  /** For `shouting`: capitals or exclamation marks. */
  variant?: 'caps' | 'exclamation';
  /** For `too-long`: the length as the network counts it, its limit, and which network. */
  length?: number;
  limit?: number;
  platform?: Platform;
}

/** Quoted matches are cut so a finding on a 100,000-character paste does not carry it all. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}
