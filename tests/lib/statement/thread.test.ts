import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/lib/statement/platforms.ts';
import { splitThread, type ThreadPlatform } from '../../../src/lib/statement/thread.ts';

const LIMITS: Record<ThreadPlatform, number> = { x: 280, bluesky: 300 };
const NUMBER = / (\d+)\/(\d+)$/u;
const strip = (post: string) => post.replace(NUMBER, '');
const words = (text: string) => text.split(/\s+/u).filter(Boolean);
const ink = (text: string) => text.replace(/\s+/gu, '');

const long =
  "Between 08:10 and 11:20 today, a fault in version 5.2 of our app charged 1,214 orders twice. It was our mistake and we're sorry: we took money that wasn't ours. When your bank was slow to confirm a payment, the app tried again instead of waiting. Every duplicate charge will be refunded automatically within 48 hours, and your next drink is on us. We've withdrawn version 5.2. From now on we test payments before every release and roll updates out gradually. Next update today at 17:00.";

describe.each(['x', 'bluesky'] as const)('splitThread on %s', (platform) => {
  const limit = LIMITS[platform];

  it('keeps a text that fits as one unnumbered, trimmed post', () => {
    expect(splitThread('  We know. Next update at 13:00.  \n', platform)).toEqual(['We know. Next update at 13:00.']);
  });

  it('gives an empty thread for a blank text', () => {
    expect(splitThread('', platform)).toEqual([]);
    expect(splitThread(' \n\t ', platform)).toEqual([]);
  });

  it('numbers the posts at the end, within the limit, keeping every word in order', () => {
    const posts = splitThread(long, platform);
    expect(posts.length).toBeGreaterThan(1);
    posts.forEach((post, i) => {
      expect(post).toMatch(new RegExp(` ${i + 1}/${posts.length}$`, 'u'));
      expect(measure(post, platform).length).toBeLessThanOrEqual(limit);
    });
    expect(words(posts.map(strip).join(' '))).toEqual(words(long));
  });

  it('prefers to end a post at the end of a sentence', () => {
    const [first] = splitThread(long, platform);
    expect(strip(first ?? '')).toMatch(/[.:]$/u);
  });

  it('can leave the numbering out', () => {
    const posts = splitThread(long, platform, { numbering: false });
    expect(posts.some((p) => NUMBER.test(p))).toBe(false);
    for (const post of posts) expect(measure(post, platform).length).toBeLessThanOrEqual(limit);
    expect(words(posts.join(' '))).toEqual(words(long));
  });

  it('hard-splits only a word longer than a post', () => {
    const word = 'x'.repeat(700);
    const posts = splitThread(`Before ${word} after`, platform);
    for (const post of posts) expect(measure(post, platform).length).toBeLessThanOrEqual(limit);
    expect(ink(posts.map(strip).join(''))).toBe(ink(`Before ${word} after`));
  });

  it('keeps line breaks inside a post', () => {
    const text = `Short first paragraph.\n\nSecond paragraph ${'word '.repeat(100)}`;
    const posts = splitThread(text, platform);
    expect(posts[0]?.startsWith('Short first paragraph.\n\nSecond paragraph')).toBe(true);
    for (const post of posts) expect(measure(post, platform).length).toBeLessThanOrEqual(limit);
  });

  it('uses two-digit numbering when a thread has ten posts or more', () => {
    const text = 'word '.repeat(1000);
    const posts = splitThread(text, platform);
    expect(posts.length).toBeGreaterThanOrEqual(10);
    expect(posts.at(-1)).toMatch(new RegExp(` ${posts.length}/${posts.length}$`, 'u'));
    for (const post of posts) expect(measure(post, platform).length).toBeLessThanOrEqual(limit);
  });
});

describe('splitThread on X counts as X does', () => {
  it('counts a link as 23 whatever its length', () => {
    const url = `https://example.com/${'p'.repeat(400)}`;
    expect(splitThread(`Details: ${url}`, 'x')).toEqual([`Details: ${url}`]);
  });

  it('counts CJK and emoji as 2', () => {
    const text = '你'.repeat(200);
    const posts = splitThread(text, 'x');
    for (const post of posts) expect(measure(post, 'x').length).toBeLessThanOrEqual(280);
    expect(posts.map(strip).join('')).toBe(text);
  });
});

/** Arbitrary text: binary code points, graphemes, and realistic words with spaces and line breaks. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: 'grapheme', maxLength: 1000 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 1000 }),
  fc
    .array(
      fc.oneof(
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }),
        fc.constantFrom(
          '😀',
          '👨‍👩‍👧‍👦',
          '🇪🇸',
          '你好',
          'acción',
          'https://example.com/x',
          'cafelumbre.com',
          '\n',
          '\n\n',
        ),
      ),
      { maxLength: 400 },
    )
    .map((parts) => parts.join(' ')),
);

describe.each(['x', 'bluesky'] as const)('splitThread properties on %s', (platform) => {
  const limit = LIMITS[platform];

  it('never throws, never exceeds the limit, never loses or reorders what is written', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, numbering) => {
        const posts = splitThread(text, platform, { numbering });
        for (const post of posts) expect(measure(post, platform).length).toBeLessThanOrEqual(limit);
        const body = numbering && posts.length > 1 ? posts.map(strip) : posts;
        expect(ink(body.join(''))).toBe(ink(text));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps whole words in order when no word is longer than a post', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }), { maxLength: 300 }),
        (parts) => {
          const text = parts.join(' ');
          const posts = splitThread(text, platform);
          expect(words(posts.map(strip).join(' '))).toEqual(words(text));
        },
      ),
      { numRuns: 150 },
    );
  });
});
