import type { PhraseTables } from '../schemas/statement.ts';
import { findHits, type Hit, mergeHits } from './match.ts';
import { type Folded, fold } from './text.ts';
import { FLAGGED_RULES, type FlaggedRule, SIGNALS, type Signal } from './types.ts';

export type { FlaggedRule, Signal };

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

/** The flagged rules that are errors: a non-apology, not merely a style note. */
export const ERROR_RULES: readonly FlaggedRule[] = [
  'conditional-apology',
  'passive-mistakes',
  'sorry-but',
  'blames-customers',
  'blames-others',
];

/**
 * The phrase tables are data (`phrases` in src/content/statements/LANG.yaml), in the notation of
 * match.ts. Each entry is a phrase people really write in a crisis, covered by the lint table in
 * tests/lib/statement/lint.test.ts; each language has its own ("lamentamos las molestias
 * ocasionadas", "incidencia").
 */
export function analyse(text: string, table: PhraseTables): Analysis {
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
