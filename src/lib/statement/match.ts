import {
  BOUNDARY_AFTER,
  BOUNDARY_BEFORE,
  EMAIL_SOURCE,
  type Folded,
  foldPlain,
  NUMBER_SOURCE,
  TIME_SOURCE,
  URL_SOURCE,
} from './text.ts';

/**
 * The small phrase notation of the phrase tables (`phrases` in src/content/statements/LANG.yaml), compiled to one
 * regular expression per phrase set. Phrases are matched against folded text (lower case, no
 * accents, straight apostrophes), on Unicode word boundaries, so "Perdón", "PERDON" and "perdon"
 * are the same phrase.
 *
 * | notation | matches |
 * |---|---|
 * | `we know` | the words, with any whitespace between them |
 * | `(a\|b\|c)` | one of the alternatives (which may hold several words) |
 * | `(very \|)sorry` | an optional word: an empty alternative |
 * | `refund*` | a word starting with `refund` (refund, refunds, refunded…) |
 * | `sorry … but` | up to six words between, within the clause: commas and `;` may sit between, `.` `!` `?` `:` may not |
 * | `{time}` `{email}` `{url}` `{number}` | a clock time (13:00, 10am), an e-mail address, a link, a number |
 *
 * Any other character (apostrophe, hyphen, comma) is literal.
 */
export interface PhraseSet {
  readonly phrases: readonly string[];
  /** A hit that overlaps a match of one of these phrases is dropped ("esta mañana" is not a next step). */
  readonly except?: readonly string[] | undefined;
  /** A negation in the three words before the hit, in the same clause, defuses it ("this was not due to user error"). */
  readonly negatable?: boolean | undefined;
}

/** Words that negate what follows, per locale (folded). */
export interface Negation {
  readonly words: readonly string[];
  /** Word endings that negate: "n't". */
  readonly suffixes: readonly string[];
  /** A negator followed by one of these words does not negate: "not only", "sin embargo". */
  readonly unless: Readonly<Record<string, readonly string[]>>;
}

/** A match in folded coordinates. */
export interface Hit {
  from: number;
  to: number;
}

const TOKENS: Record<string, string> = {
  time: TIME_SOURCE,
  email: EMAIL_SOURCE,
  url: URL_SOURCE,
  number: NUMBER_SOURCE,
};
const GAP = '(?:[\\s,;]+[^\\s.,!?;:¡¿]+){0,6}[\\s,;]+';
const GAP_MARK = '\u0000';

/** Compiles one phrase of the notation to a regular-expression source (without boundaries). */
export function compilePhrase(phrase: string): string {
  const text = foldPlain(phrase)
    .trim()
    .replace(/\s*…\s*/gu, GAP_MARK);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '{') {
      const close = text.indexOf('}', i);
      const token = TOKENS[text.slice(i + 1, close)];
      if (close < 0 || token === undefined) throw new Error(`Unknown token in phrase "${phrase}"`);
      out += `(?:${token})`;
      i = close;
    } else if (ch === GAP_MARK) out += GAP;
    else if (/\s/u.test(ch)) {
      out += '\\s+';
      while (/\s/u.test(text.charAt(i + 1))) i++;
    } else if (ch === '(') out += '(?:';
    else if (ch === ')' || ch === '|') out += ch;
    else if (ch === '*') out += '[\\p{L}\\p{N}]*';
    else out += ch.replace(/[\\^$.+?[\]{}/]/gu, '\\$&');
  }
  return out;
}

interface Compiled {
  pattern: RegExp;
  except: RegExp | null;
  negatable: boolean;
}

const cache = new WeakMap<PhraseSet, Compiled>();

function union(phrases: readonly string[]): RegExp {
  return new RegExp(`${BOUNDARY_BEFORE}(?:${phrases.map(compilePhrase).join('|')})${BOUNDARY_AFTER}`, 'gu');
}

function compiled(set: PhraseSet): Compiled {
  let entry = cache.get(set);
  if (!entry) {
    entry = {
      pattern: union(set.phrases),
      except: set.except?.length ? union(set.except) : null,
      negatable: set.negatable ?? false,
    };
    cache.set(set, entry);
  }
  return entry;
}

function allMatches(pattern: RegExp, text: string): Hit[] {
  const hits: Hit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const hit = { from: m.index, to: m.index + m[0].length };
    // A match inside the previous one adds nothing ("sorry" inside "very sorry").
    if (hit.to > (hits.at(-1)?.to ?? -1)) hits.push(hit);
    // Look again from the next character, so overlapping phrases are all found
    // ("lamentamos si" and "si alguien se ha sentido ofendido").
    pattern.lastIndex = m.index + 1;
  }
  return hits;
}

const CLAUSE_BREAK = /[.!?;:,\n¡¿()"“”«»]/gu;
const WORD = /[\p{L}\p{N}']+/gu;

/** Is the hit at `from` preceded, within its clause, by a negation in the last three words? */
export function isNegated(text: string, from: number, negation: Negation, hitText = ''): boolean {
  const before = text.slice(Math.max(0, from - 80), from);
  const clause = before.split(CLAUSE_BREAK).at(-1) ?? '';
  const words = clause.match(WORD) ?? [];
  const window = words.slice(-3);
  const next = hitText.match(WORD)?.[0] ?? '';
  return window.some((word, i) => {
    const negates = negation.words.includes(word) || negation.suffixes.some((suffix) => word.endsWith(suffix));
    if (!negates) return false;
    const following = window[i + 1] ?? next;
    return !(negation.unless[word] ?? []).includes(following);
  });
}

/** Every hit of a phrase set in folded text, minus exceptions and defused negations. */
export function findHits(folded: Folded, set: PhraseSet, negation: Negation): Hit[] {
  const { pattern, except, negatable } = compiled(set);
  const text = folded.text;
  let hits = allMatches(pattern, text);
  if (except && hits.length) {
    const excluded = allMatches(except, text);
    hits = hits.filter((hit) => !excluded.some((ex) => hit.from < ex.to && ex.from < hit.to));
  }
  if (negatable) hits = hits.filter((hit) => !isNegated(text, hit.from, negation, text.slice(hit.from, hit.to)));
  return hits;
}

/** Merges overlapping or touching hits into one. */
export function mergeHits(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Hit[] = [];
  for (const hit of sorted) {
    const last = out.at(-1);
    if (last && hit.from <= last.to) last.to = Math.max(last.to, hit.to);
    else out.push({ ...hit });
  }
  return out;
}
