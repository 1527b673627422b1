import { measure, PLATFORM_RULES, type Unit, units } from './platforms.ts';
import type { Platform } from './types.ts';

/**
 * Splits a statement that is too long for one post into a thread.
 *
 * - Posts are cut between words, never inside one; a word longer than a whole post (a pasted
 *   hash, a very long link on Bluesky) is the only thing cut, at a grapheme boundary.
 * - A post prefers to end at the end of a sentence when that keeps it at least 60% full.
 * - Numbering goes at the END of each post, as " 1/3", so the first words of the first post (what
 *   people see in the feed) are the message itself. It is counted within the limit.
 * - Each post keeps the text's own spacing and line breaks inside it; whitespace between posts is
 *   dropped. Joining the posts (numbering removed) with a space gives back every word in order.
 * - A text that fits in one post comes back as one post, trimmed and unnumbered; a blank text
 *   gives an empty thread.
 */
export type ThreadPlatform = 'x' | 'bluesky';

export interface ThreadOptions {
  /** Add " k/N" to every post of a thread of two or more posts. Default true. */
  numbering?: boolean;
}

interface Token {
  start: number;
  end: number;
  weight: number;
  /** Weight of the whitespace between the previous token and this one. */
  sep: number;
  /** A sentence ends after this token (closing punctuation, or a line break follows). */
  sentenceEnd: boolean;
}

interface Range {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?…:;。！？][\p{Pe}\p{Pf}"']*$/u;
/** How full a post must be before we prefer to end it at a sentence boundary. */
const SENTENCE_FILL = 0.6;

function words(source: string, all: readonly Unit[]): (Token & { from: number; to: number })[] {
  const out: (Token & { from: number; to: number })[] = [];
  let sep = 0;
  let sepText = '';
  let current: (Token & { from: number; to: number }) | undefined;
  all.forEach((unit, index) => {
    if (unit.space) {
      current = undefined;
      sep += unit.weight;
      sepText += source.slice(unit.start, unit.end);
      return;
    }
    if (current) {
      current.end = unit.end;
      current.weight += unit.weight;
      current.to = index + 1;
      return;
    }
    const previous = out.at(-1);
    if (previous && sepText.includes('\n')) previous.sentenceEnd = true;
    current = {
      start: unit.start,
      end: unit.end,
      weight: unit.weight,
      sep,
      sentenceEnd: false,
      from: index,
      to: index + 1,
    };
    out.push(current);
    sep = 0;
    sepText = '';
  });
  for (const word of out) if (SENTENCE_END.test(source.slice(word.start, word.end))) word.sentenceEnd = true;
  return out;
}

/** Cuts one word that is heavier than a post into pieces of at most `budget`, at unit boundaries. */
function hardSplit(word: Token & { from: number; to: number }, all: readonly Unit[], budget: number): Token[] {
  const pieces: Token[] = [];
  let piece: Token | undefined;
  for (let i = word.from; i < word.to; i++) {
    const unit = all[i];
    if (!unit) continue;
    if (piece && piece.weight + unit.weight <= budget) {
      piece.end = unit.end;
      piece.weight += unit.weight;
      continue;
    }
    piece = {
      start: unit.start,
      end: unit.end,
      weight: unit.weight,
      sep: pieces.length ? 0 : word.sep,
      sentenceEnd: false,
    };
    pieces.push(piece);
  }
  const last = pieces.at(-1);
  if (last) last.sentenceEnd = word.sentenceEnd;
  return pieces;
}

/** Greedy packing of tokens into ranges of at most `budget`. */
function pack(tokens: readonly Token[], budget: number): Range[] {
  const ranges: Range[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    let weight = first.weight;
    let j = i;
    const filled: number[] = [weight];
    for (let next = tokens[j + 1]; next && weight + next.sep + next.weight <= budget; next = tokens[j + 1]) {
      weight += next.sep + next.weight;
      filled.push(weight);
      j++;
    }
    if (j + 1 < tokens.length) {
      for (let k = j; k > i; k--) {
        if (tokens[k]?.sentenceEnd && (filled[k - i] ?? 0) >= budget * SENTENCE_FILL) {
          j = k;
          break;
        }
      }
    }
    ranges.push({ start: first.start, end: (tokens[j] as Token).end });
    i = j + 1;
  }
  return ranges;
}

/**
 * Safety net for pathological text (a grapheme cluster of hundreds of combining marks, a cut that
 * turns part of a word into a link): re-measures each range and cuts it further until it fits.
 */
function enforce(source: string, platform: ThreadPlatform, ranges: readonly Range[], budget: number): Range[] {
  const out: Range[] = [];
  for (const range of ranges) {
    let { start } = range;
    while (start < range.end) {
      if (measure(source.slice(start, range.end), platform).length <= budget) {
        out.push({ start, end: range.end });
        break;
      }
      // Largest end that fits, by code point, found by binary search.
      let lo = start + 1;
      let hi = range.end;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(source.slice(start, mid), platform).length <= budget) lo = mid;
        else hi = mid - 1;
      }
      let end = lo;
      const code = source.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff && end < range.end) end++;
      if (measure(source.slice(start, end), platform).length > budget && end - start > 1) end--;
      out.push({ start, end });
      start = end;
    }
  }
  return out;
}

export function splitThread(text: string, platform: ThreadPlatform, opts?: ThreadOptions): string[] {
  const target: ThreadPlatform = platform === 'bluesky' ? 'bluesky' : 'x';
  // The posts keep the text as typed. X weighs its NFC form, which never weighs more for what
  // people type (é typed as e + ◌́ weighs 2 here, 1 once composed); `enforce` re-measures anyway.
  const source = typeof text === 'string' ? text : '';
  const limit = PLATFORM_RULES[target].limit ?? 280;
  const all = units(source, target);
  const list = words(source, all);
  const first = list[0];
  const last = list.at(-1);
  if (!first || !last) return [];
  const whole = source.slice(first.start, last.end);
  if (measure(whole, target).length <= limit) return [whole];

  const numbering = opts?.numbering ?? true;
  for (let digits = 1; digits < 8; digits++) {
    // " k/N" with k and N at most `digits` digits long: ASCII, so it weighs its length everywhere.
    const budget = limit - (numbering ? 2 + 2 * digits : 0);
    const tokens = list.flatMap((word) => (word.weight > budget ? hardSplit(word, all, budget) : [word]));
    const ranges = enforce(source, target, pack(tokens, budget), budget);
    const posts = ranges.map((r) => source.slice(r.start, r.end));
    if (!numbering) return posts;
    if (String(posts.length).length <= digits) return posts.map((post, i) => `${post} ${i + 1}/${posts.length}`);
  }
  return [whole];
}

/** The networks where a post too long for one becomes a thread. */
export const THREADED: readonly ThreadPlatform[] = ['x', 'bluesky'];

function isThreaded(platform: Platform): platform is ThreadPlatform {
  return (THREADED as readonly string[]).includes(platform);
}

/** The thread for a channel's text: its posts when the text is over the limit on X or Bluesky, else none. */
export function threadFor(text: string, platform: Platform): string[] {
  if (!isThreaded(platform)) return [];
  const { length, limit } = measure(text, platform);
  return limit !== null && length > limit ? splitThread(text, platform) : [];
}
