import type { Platform } from './types.ts';
import { type XPiece, xLength, xPieces } from './x-count.ts';

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
  const pieces = xPieces(text);
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
      const piece = pieces[p] as XPiece;
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
  if (rule.counting === 'x-weighted') length = xLength(source);
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
