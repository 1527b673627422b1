import { urlRegExp } from './text.ts';
import type { Platform } from './types.ts';
import type * as XCount from './x-count.ts';

/**
 * X's exact counter (x-count.ts, with twitter-text's link endings and emoji list: about 8 KB
 * gzipped) loads on demand: on the first keystroke, or when the X channel is shown. Until then X
 * is counted by a cautious estimate that never weighs a post less than X would for what people
 * type (every link at least 23, an emoji sequence 2 per code point, the text as typed), so a text
 * chosen as "fits one post" before the counter arrives does fit.
 */
let exact: typeof XCount | null = null;
let loading: Promise<void> | null = null;

/** Loads X's exact counter once; resolves when `measure(text, 'x')` is exact. */
export function loadXCounter(): Promise<void> {
  loading ??= import('./x-count.ts').then(
    (module) => {
      exact = module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether X counts are exact yet (see `loadXCounter`). */
export function xCounterReady(): boolean {
  return exact !== null;
}

/** X's weight of one UTF-16 code unit outside links and emoji (twitter-text's weighted ranges). */
export function xCodeUnitWeight(code: number): number {
  return code <= 0x10ff ||
    (code >= 0x2000 && code <= 0x200d) ||
    (code >= 0x2010 && code <= 0x201f) ||
    (code >= 0x2032 && code <= 0x2037)
    ? 1
    : 2;
}

interface Piece {
  start: number;
  end: number;
  weight: number;
}

/** The cautious estimate of X's pieces: code points by weight, each link at least 23. */
function estimatedPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  const links = Array.from(text.matchAll(urlRegExp()), (m) => ({ start: m.index, end: m.index + m[0].length }));
  let link = 0;
  for (let i = 0; i < text.length; ) {
    const span = links[link];
    if (span && span.start === i) {
      let weight = 0;
      for (const ch of text.slice(span.start, span.end)) weight += xCodeUnitWeight(ch.codePointAt(0) ?? 0);
      pieces.push({ start: span.start, end: span.end, weight: Math.max(23, weight) });
      i = span.end;
      link++;
      continue;
    }
    const code = text.codePointAt(i) ?? 0;
    const size = code > 0xffff ? 2 : 1;
    pieces.push({ start: i, end: i + size, weight: code > 0xffff ? 2 : xCodeUnitWeight(code) });
    i += size;
  }
  return pieces;
}

/**
 * How long a post is, as each network counts it. One table, one comment per platform. The numbers
 * are the platforms' published limits as of late 2026; "approximation" marks the ones a network
 * does not publish (where the "… more" cut falls depends on the app, the screen and line breaks).
 */

/** What one unit of text weighs. */
export type Counting =
  /** twitter-text v3: weighted code points, emoji sequences 2, every link 23. */
  | 'x-weighted'
  /** User-perceived characters (Intl.Segmenter, granularity 'grapheme'): 👨‍👩‍👧‍👦 and 🇪🇸 are 1 each. */
  | 'graphemes'
  /** Unicode code points: é is 1, 😀 is 1, 👨‍👩‍👧‍👦 is 7. */
  | 'code-points';

/** How one network counts. Its display name is a UI string (`statement.channel.*` in src/i18n). */
export interface PlatformRule {
  /** Maximum length of one post, or null when there is no practical limit. */
  limit: number | null;
  counting: Counting;
  /** How much of the post shows before the "… more" cut. */
  visibleBeforeMore?: number;
}

export const PLATFORM_RULES: Record<Platform, PlatformRule> = {
  // X: 280, weighted exactly as X's own library, twitter-text 3 (`parseTweet`), counts: see
  // x-count.ts (proven equal on 12,000 generated posts in tests/lib/statement/x-count.test.ts).
  // Code points in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 weigh 1 (Latin
  // with accents: "é" is 1); everything else weighs 2 (CJK, kana, Hangul, "…", most symbols); an
  // emoji sequence twemoji knows weighs 2 as a whole; every link (bare domains too, trailing "."
  // or "…" left out) weighs 23 whatever its length (t.co). The text is NFC-normalised first. No
  // "see more" cut: the timeline shows a whole post.
  x: { limit: 280, counting: 'x-weighted' },
  // Bluesky: 300 graphemes (the app also caps a post at 3,000 bytes, which only very long
  // grapheme clusters reach; not enforced here). Links count at their full typed length.
  bluesky: { limit: 300, counting: 'graphemes' },
  // Threads: 500 characters. Meta does not say how it counts; we count code points, which is never
  // less than graphemes, so a post we say fits does fit (an emoji family costs 7, not 1).
  threads: { limit: 500, counting: 'code-points' },
  // Instagram: caption of 2,200 characters (code points); the feed shows about the first 125
  // before "… more" (approximation: the app also cuts after the first lines).
  instagram: {
    limit: 2200,
    counting: 'code-points',
    visibleBeforeMore: 125,
  },
  // Facebook: a post can hold 63,206 characters (code points); about the first 477 show before
  // "See more" on a phone (approximation).
  facebook: { limit: 63206, counting: 'code-points', visibleBeforeMore: 477 },
  // LinkedIn: a post holds 3,000 characters (code points); about the first 210 show before
  // "… more" (approximation).
  linkedin: { limit: 3000, counting: 'code-points', visibleBeforeMore: 210 },
  // Website and e-mail: no limit. The length is the number of graphemes, what a reader sees.
  website: { limit: null, counting: 'graphemes' },
  email: { limit: null, counting: 'graphemes' },
};

/**
 * The channels in the groups the builder shows them in, each group with one "Copy all": short
 * posts (threads on X and Bluesky), long posts (with a "… more" cut) and the brand's own channels.
 */
export const CHANNEL_GROUPS = {
  short: ['x', 'bluesky', 'threads'],
  long: ['instagram', 'facebook', 'linkedin'],
  owned: ['website', 'email'],
} as const satisfies Record<string, readonly Platform[]>;
export type ChannelGroup = keyof typeof CHANNEL_GROUPS;

/**
 * Every channel of a group as one text to paste into a document or a message to the approver:
 * each channel's name on its own line, then its text, channels apart by a blank line and "---".
 * Empty channels are left out.
 */
export function groupText(
  texts: Readonly<Record<Platform, string>>,
  group: ChannelGroup,
  nameOf: (platform: Platform) => string,
): string {
  return CHANNEL_GROUPS[group]
    .filter((p) => texts[p]?.trim())
    .map((p) => `${nameOf(p)}\n\n${texts[p].trim()}`)
    .join('\n\n---\n\n');
}

/** The rule of a platform; an unknown value (from storage, say) counts as a website. */
export function ruleOf(platform: Platform): PlatformRule {
  return Object.hasOwn(PLATFORM_RULES, platform) ? PLATFORM_RULES[platform] : PLATFORM_RULES.website;
}

export interface Measure {
  length: number;
  limit: number | null;
  visibleBeforeMore?: number;
}

/** One indivisible piece of text and what it weighs: a grapheme, or a whole link on X. */
export interface Unit {
  start: number;
  end: number;
  weight: number;
  /** The grapheme is whitespace (a place where a post may be split). */
  space: boolean;
}

const SPACE = /^\s+$/u;

let segmenter: Intl.Segmenter | undefined;
function graphemes(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter.segment(text);
}

function codePoints(grapheme: string): number {
  let n = 0;
  for (let i = 0; i < grapheme.length; i++) {
    const c = grapheme.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < grapheme.length) {
      const next = grapheme.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * X's units: twitter-text's pieces (links, emoji sequences, code points) grouped so that a unit
 * never cuts a grapheme nor a piece. Their weights add up to exactly `xLength(text)` when `text` is
 * NFC, as typed text almost always is (`measure` normalises; `splitThread` re-measures each post).
 */
function xUnits(text: string): Unit[] {
  const pieces = exact ? exact.xPieces(text) : estimatedPieces(text);
  const out: Unit[] = [];
  let p = 0;
  let unit: Unit | undefined;
  for (const { segment, index } of graphemes(text)) {
    const end = index + segment.length;
    // A grapheme that starts inside the previous unit's last piece (or inside a link) joins it.
    if (unit && unit.end > index) unit.end = Math.max(unit.end, end);
    else {
      unit = { start: index, end, weight: 0, space: SPACE.test(segment) };
      out.push(unit);
    }
    while (p < pieces.length && (pieces[p]?.start ?? 0) < unit.end) {
      const piece = pieces[p] as { start: number; end: number; weight: number };
      unit.weight += piece.weight;
      unit.end = Math.max(unit.end, piece.end);
      p++;
    }
  }
  for (const u of out) if (u.space) u.space = SPACE.test(text.slice(u.start, u.end));
  return out;
}

/** Splits text into weighted units as the platform counts them. Never throws. */
export function units(text: string, platform: Platform): Unit[] {
  const rule = ruleOf(platform);
  if (rule.counting === 'x-weighted') return xUnits(text);
  const weigh = rule.counting === 'code-points' ? codePoints : () => 1;
  return Array.from(graphemes(text), ({ segment, index }) => ({
    start: index,
    end: index + segment.length,
    weight: weigh(segment),
    space: SPACE.test(segment),
  }));
}

/** Length and limit of a text on one platform, with the network's own counting rules. */
export function measure(text: string, platform: Platform): Measure {
  const rule = ruleOf(platform);
  const source = typeof text === 'string' ? text : '';
  let length = 0;
  if (rule.counting === 'x-weighted' && exact) length = exact.xLength(source);
  else for (const unit of units(source, platform)) length += unit.weight;
  return rule.visibleBeforeMore === undefined
    ? { length, limit: rule.limit }
    : { length, limit: rule.limit, visibleBeforeMore: rule.visibleBeforeMore };
}

/**
 * The offset where the text first goes over the platform's limit (the start of the first unit
 * that does not fit), or null when it fits or the platform has no limit.
 */
export function overflowOffset(text: string, platform: Platform): number | null {
  const limit = ruleOf(platform).limit;
  if (limit === null || typeof text !== 'string') return null;
  let length = 0;
  // X counts the NFC form; offsets stay those of the text given when it already is NFC (typed text).
  const source = ruleOf(platform).counting === 'x-weighted' ? text.normalize('NFC') : text;
  for (const unit of units(source, platform)) {
    length += unit.weight;
    if (length > limit) return Math.min(unit.start, text.length);
  }
  return null;
}

/** What a reader sees before "… more" (approximate), or null when the platform shows everything. */
export function visiblePrefix(text: string, platform: Platform): string | null {
  const visible = ruleOf(platform).visibleBeforeMore;
  if (visible === undefined || typeof text !== 'string') return null;
  let length = 0;
  let end = 0;
  for (const unit of units(text, platform)) {
    length += unit.weight;
    if (length > visible) break;
    end = unit.end;
  }
  return text.slice(0, end);
}
