import { findHits, type Hit, mergeHits } from './match.ts';
import { type FlaggedRule, type LocalePhrases, PHRASES, type Signal } from './phrases.ts';
import { type Folded, fold } from './text.ts';
import type { Locale } from './types.ts';

/**
 * One pass over a draft, shared by the linter and the coverage meter: the flagged phrases found
 * (in folded coordinates, overlapping hits merged) and which signals the text carries.
 *
 * A signal inside a non-apology does not count: "sorry" in "sorry if anyone was offended" is not
 * an apology and "because" in "because of user error" is not an explanation. So the meter never
 * turns green for a part the linter reports as an error.
 */
export interface Analysis {
  folded: Folded;
  flagged: Record<FlaggedRule, Hit[]>;
  signals: Record<Signal, boolean>;
}

const ERROR_RULES: readonly FlaggedRule[] = [
  'conditional-apology',
  'passive-mistakes',
  'sorry-but',
  'blames-customers',
];
const FLAGGED_RULES: readonly FlaggedRule[] = [...ERROR_RULES, 'jargon'];
const SIGNALS: readonly Signal[] = [
  'acknowledgement',
  'responsibility',
  'apology',
  'regret',
  'explanation',
  'repair',
  'prevention',
  'next-step',
];

export function phrasesFor(locale: Locale): LocalePhrases {
  return locale === 'en' ? PHRASES.en : PHRASES.es;
}

export function analyse(text: string, locale: Locale): Analysis {
  const table = phrasesFor(locale);
  const folded = fold(typeof text === 'string' ? text : '');
  const flagged = Object.fromEntries(
    FLAGGED_RULES.map((rule) => [rule, mergeHits(findHits(folded, table.flagged[rule], table.negation))]),
  ) as Record<FlaggedRule, Hit[]>;
  const errors = ERROR_RULES.flatMap((rule) => flagged[rule]);
  const signals = Object.fromEntries(
    SIGNALS.map((signal) => [
      signal,
      findHits(folded, table.signals[signal], table.negation).some(
        (hit) => !errors.some((error) => hit.from < error.to && error.from < hit.to),
      ),
    ]),
  ) as Record<Signal, boolean>;
  return { folded, flagged, signals };
}
