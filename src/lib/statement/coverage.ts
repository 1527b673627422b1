import { type Analysis, analyse } from './analyse.ts';
import type { ApologyPart } from './types.ts';
import type { StatementWording } from './wording.ts';

/**
 * Which parts of an effective apology a draft contains, for the coverage meter. The parts are the
 * six of the response guide; each is detected from the language's phrases (its wording file), so this
 * is a heuristic meter, not a judge: it tells the writer what looks missing.
 *
 * - acknowledgement: names what happened ("we know", "charged twice", "the outage"); taking
 *   responsibility also acknowledges.
 * - responsibility: the company is the subject ("we made a mistake", "our fault").
 * - regret: an apology word or regret ("we're sorry", "lamentamos").
 * - explanation: a cause ("because", "the cause", "a fault in").
 * - repair: a concrete corrective measure ("refund", "we have withdrawn").
 * - prevention: what changes ("so it does not happen again", "a partir de ahora").
 */
export function partsOf(analysis: Analysis): Record<ApologyPart, boolean> {
  const s = analysis.signals;
  return {
    acknowledgement: s.acknowledgement || s.responsibility,
    responsibility: s.responsibility,
    regret: s.apology || s.regret,
    explanation: s.explanation,
    repair: s.repair,
    prevention: s.prevention,
  };
}

export function coverage(text: string, wording: StatementWording): Record<ApologyPart, boolean> {
  return partsOf(analyse(text, wording.phrases));
}
