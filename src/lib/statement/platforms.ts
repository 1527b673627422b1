import { urlRegExp } from './text.ts';
import type { Platform } from './types.ts';

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
  // X: 280, weighted as twitter-text v3 does. Code points in U+0000–U+10FF, U+2000–U+200D,
  // U+2010–U+201F and U+2032–U+2037 weigh 1 (Latin with accents: "é" is 1); everything else
  // weighs 2 (CJK, kana, Hangul, most symbols); an emoji sequence weighs 2 as a whole; every link
  // weighs 23 whatever its length (t.co). The text is NFC-normalised first.
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

const X_LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];
const X_URL_WEIGHT = 23;
const X_EMOJI_WEIGHT = 2;

const EMOJI = /[\p{Emoji_Presentation}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\uFE0F\u20E3]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const SPACE = /^\s+$/u;

let segmenter: Intl.Segmenter | undefined;
function graphemes(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter.segment(text);
}

function isEmoji(grapheme: string): boolean {
  return EMOJI.test(grapheme) || (grapheme.includes('\u200d') && PICTOGRAPH.test(grapheme));
}

function xCodePointWeight(cp: number): number {
  for (const [from, to] of X_LIGHT_RANGES) if (cp >= from && cp <= to) return 1;
  return 2;
}

/** X weight of one grapheme (not a link). */
export function xWeight(grapheme: string): number {
  if (isEmoji(grapheme)) return X_EMOJI_WEIGHT;
  let weight = 0;
  for (const ch of grapheme.normalize('NFC')) weight += xCodePointWeight(ch.codePointAt(0) ?? 0);
  return weight;
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

function weigher(counting: Counting): (grapheme: string) => number {
  if (counting === 'x-weighted') return xWeight;
  if (counting === 'code-points') return codePoints;
  return () => 1;
}

/** Link spans, only where links have a fixed weight (X). */
function linkSpans(text: string, counting: Counting): { start: number; end: number }[] {
  if (counting !== 'x-weighted') return [];
  return Array.from(text.matchAll(urlRegExp()), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Splits text into weighted units as the platform counts them. Never throws. */
export function units(text: string, platform: Platform): Unit[] {
  const rule = ruleOf(platform);
  const weigh = weigher(rule.counting);
  const links = linkSpans(text, rule.counting);
  const out: Unit[] = [];
  let link = 0;
  let linkUnit: Unit | undefined;
  for (const { segment, index } of graphemes(text)) {
    const end = index + segment.length;
    while (link < links.length && (links[link]?.end ?? 0) <= index) link++;
    const span = links[link];
    if (span && index >= span.start && index < span.end) {
      // Every grapheme of a link folds into one unit of fixed weight.
      if (linkUnit?.start === span.start) linkUnit.end = Math.max(linkUnit.end, end);
      else {
        linkUnit = { start: span.start, end, weight: X_URL_WEIGHT, space: false };
        out.push(linkUnit);
      }
      continue;
    }
    out.push({ start: index, end, weight: weigh(segment), space: SPACE.test(segment) });
  }
  return out;
}

/** Length and limit of a text on one platform, with the network's own counting rules. */
export function measure(text: string, platform: Platform): Measure {
  const rule = ruleOf(platform);
  const source = typeof text === 'string' ? text : '';
  let length = 0;
  for (const unit of units(source, platform)) length += unit.weight;
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
  for (const unit of units(text, platform)) {
    length += unit.weight;
    if (length > limit) return unit.start;
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
