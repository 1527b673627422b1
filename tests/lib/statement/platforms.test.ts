import { describe, expect, it } from 'vitest';
import {
  CHANNEL_GROUPS,
  groupText,
  measure,
  overflowOffset,
  PLATFORM_RULES,
  visiblePrefix,
} from '../../../src/lib/statement/platforms.ts';
import { PLATFORM_IDS, type Platform } from '../../../src/lib/statement/types.ts';

const FAMILY = '👨‍👩‍👧‍👦';
const SPAIN = '🇪🇸';

describe('X weighted length (twitter-text v3)', () => {
  it.each([
    ['ASCII', 'hello', 5],
    ['Spanish accents weigh 1', 'Año, pingüino, acción', 21],
    ['a decomposed accent is normalised first', 'e\u0301', 1],
    ['CJK weighs 2', '你好', 4],
    ['kana weighs 2', 'こんにちは', 10],
    ['Hangul weighs 2', '한국', 4],
    ['an emoji weighs 2', '😀', 2],
    ['an emoji family weighs 2 as a whole', FAMILY, 2],
    ['a flag weighs 2', SPAIN, 2],
    ['a skin-tone emoji weighs 2', '👍🏽', 2],
    ['an emoji with variation selector weighs 2', '❤️', 2],
    ['a keycap weighs 2', '1️⃣', 2],
    ['typographic quotes and dashes weigh 1', '“—’', 3],
    ['an ellipsis weighs 2', '…', 2],
    ['a URL weighs 23', 'https://example.com/a/very/long/path/that/goes/on?and=on&on=and', 23],
    ['a short URL weighs 23 too', 'http://x.co', 23],
    ['a bare domain is a link', 'example.com', 23],
    ['a bare domain with a path, before a full stop', 'Visit cafelumbre.com/estado.', 30],
    ['text around a URL', 'See https://example.com/x now', 4 + 23 + 4],
    ['two links', 'https://a.com https://b.org/x', 47],
    ['an e-mail address is not a link', 'ayuda@cafelumbre.com', 20],
    ['a version number is not a link', 'version 5.2', 11],
    ['the empty string', '', 0],
  ])('%s', (_, text, length) => {
    expect(measure(text, 'x')).toEqual({ length, limit: 280 });
  });
});

describe('Bluesky counts graphemes', () => {
  it.each([
    ['ASCII', 'hello', 5],
    ['an emoji family is one grapheme', FAMILY, 1],
    ['two flags are two graphemes', `${SPAIN}🇲🇽`, 2],
    ['a decomposed accent is one grapheme', 'e\u0301', 1],
    ['CJK is one each', '你好', 2],
    ['a URL counts at its typed length', 'https://example.com', 19],
  ])('%s', (_, text, length) => {
    expect(measure(text, 'bluesky')).toEqual({ length, limit: 300 });
  });
});

describe('code-point platforms', () => {
  it.each([
    ['threads', FAMILY, 7],
    ['threads', '😀', 1],
    ['threads', 'é', 1],
    ['instagram', 'Año', 3],
    ['facebook', SPAIN, 2],
    ['linkedin', 'e\u0301', 2],
  ] as const)('%s: %s', (platform, text, length) => {
    expect(measure(text, platform).length).toBe(length);
  });
});

describe('limits', () => {
  it.each<[Platform, object]>([
    ['x', { limit: 280 }],
    ['bluesky', { limit: 300 }],
    ['threads', { limit: 500 }],
    ['instagram', { limit: 2200, visibleBeforeMore: 125 }],
    ['facebook', { limit: 63206, visibleBeforeMore: 477 }],
    ['linkedin', { limit: 3000, visibleBeforeMore: 210 }],
    ['website', { limit: null }],
    ['email', { limit: null }],
  ])('%s', (platform, expected) => {
    expect(measure('abc', platform)).toEqual({ length: 3, ...expected });
  });

  it('has one rule per platform', () => {
    expect(Object.keys(PLATFORM_RULES).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  it('finds where the text goes over the limit', () => {
    expect(overflowOffset('a'.repeat(280), 'x')).toBeNull();
    expect(overflowOffset('a'.repeat(281), 'x')).toBe(280);
    expect(overflowOffset(`${'a'.repeat(279)}你`, 'x')).toBe(279);
    expect(overflowOffset('a'.repeat(10_000), 'website')).toBeNull();
  });

  it('shows what appears before "more"', () => {
    expect(visiblePrefix('a'.repeat(200), 'instagram')).toBe('a'.repeat(125));
    expect(visiblePrefix('short', 'linkedin')).toBe('short');
    expect(visiblePrefix('short', 'x')).toBeNull();
  });
});

describe('groupText: "Copy all" of a group of channels', () => {
  const texts = {
    x: 'Post for X',
    bluesky: 'Post for Bluesky',
    threads: '  ',
    instagram: 'IG',
    facebook: 'FB',
    linkedin: 'LI',
    website: 'Web',
    email: 'Mail',
  } as Record<Platform, string>;
  const nameOf = (p: Platform) => p.toUpperCase();

  it('puts every channel with text under its name, in order, and leaves empty ones out', () => {
    expect(groupText(texts, 'short', nameOf)).toBe('X\n\nPost for X\n\n---\n\nBLUESKY\n\nPost for Bluesky');
  });

  it('covers every channel exactly once across the groups', () => {
    expect(Object.values(CHANNEL_GROUPS).flat().sort()).toEqual([...PLATFORM_IDS].sort());
  });
});
