import { describe, expect, it } from 'vitest';
import { currentSection, tocTree } from '../../src/lib/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('the table of contents', () => {
  it('nests each ### under the ## before it', () => {
    expect(tocTree([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(2, 'c'), h(3, 'c1')])).toEqual([
      {
        slug: 'a',
        text: 'A',
        children: [
          { slug: 'a1', text: 'A1' },
          { slug: 'a2', text: 'A2' },
        ],
      },
      { slug: 'b', text: 'B', children: [] },
      { slug: 'c', text: 'C', children: [{ slug: 'c1', text: 'C1' }] },
    ]);
  });

  it('keeps a ### before any ## on its own, and leaves the title and deeper headings out', () => {
    expect(tocTree([h(1, 'title'), h(3, 'intro'), h(2, 'a'), h(4, 'deep')]).map((e) => e.slug)).toEqual(['intro', 'a']);
    expect(tocTree([h(2, 'a'), h(4, 'deep')])[0]?.children).toEqual([]);
  });
});

describe('the current section', () => {
  it.each([
    ['above the first heading', [300, 900, 1500], -1],
    ['the first heading passed the line', [100, 700, 1300], 0],
    ['exactly on the line', [-500, 200, 800], 1],
    ['all passed', [-1500, -900, -300], 2],
    ['a heading not on the page', [-300, Number.POSITIVE_INFINITY, 900], 0],
  ])('%s', (_, tops, expected) => {
    expect(currentSection(tops, 200)).toBe(expected);
  });

  it('is the last one at the bottom of the page, even if it never reached the line', () => {
    expect(currentSection([-900, 100, 500], 200, true)).toBe(2);
    expect(currentSection([], 200, true)).toBe(-1);
  });
});
