import { describe, expect, it } from 'vitest';
import {
  arrowTarget,
  countHits,
  GROUP_SIZE,
  type IndexResultData,
  latestOnly,
  type SearchIndex,
  searchGrouped,
  toHit,
} from '../../src/lib/search-results.ts';

const result = (url: string, kind: string): IndexResultData => ({
  url,
  meta: { title: `Title ${url}` },
  excerpt: `about <mark>${kind}</mark>`,
  filters: { kind: [kind] },
});

/** An index holding `perKind` results of each kind given; it records the terms searched. */
function fakeIndex(perKind: Record<string, number>, opts: { superseded?: boolean } = {}) {
  const searched: string[] = [];
  const byKind = Object.fromEntries(
    Object.entries(perKind).map(([kind, n]) => [
      kind,
      Array.from({ length: n }, (_, i) => result(`/${kind}/${i}/`, kind)),
    ]),
  );
  const index: SearchIndex = {
    async debouncedSearch(q) {
      searched.push(q);
      if (opts.superseded) return null;
      return { results: [], filters: {}, totalFilters: { kind: perKind } };
    },
    async search(_q, o) {
      const kind = (o as { filters: { kind: string } }).filters.kind;
      return {
        results: (byKind[kind] ?? []).map((d) => ({ id: d.url, data: async () => d })),
        filters: {},
        totalFilters: {},
      };
    },
  };
  return { index, searched };
}

describe('searchGrouped', () => {
  it('groups by kind, guides first, each group cut to its size', async () => {
    const { index } = fakeIndex({ glossary: 9, guide: 9, checklist: 1 });
    const results = await searchGrouped(index, '  perfil   falso ', 'es', null);
    expect(results?.query).toBe('perfil falso');
    expect(results?.kinds).toEqual(['guide', 'checklist', 'glossary']);
    expect(results?.groups.map((g) => [g.kind, g.hits.length])).toEqual([
      ['guide', GROUP_SIZE.guide],
      ['checklist', 1],
      ['glossary', GROUP_SIZE.glossary],
    ]);
  });

  it('shows only the chosen kind, longer, and still lists every kind for the filters', async () => {
    const { index } = fakeIndex({ guide: 20, glossary: 2 });
    const results = await searchGrouped(index, 'crisis', 'en', 'guide');
    expect(results?.groups.map((g) => [g.kind, g.hits.length])).toEqual([['guide', 12]]);
    expect(results?.kinds).toEqual(['guide', 'glossary']);
  });

  it('searches the guides’ terms for the words people type', async () => {
    const { index, searched } = fakeIndex({ guide: 1 });
    await searchGrouped(index, 'cuenta falsa', 'es', null);
    expect(searched).toEqual(['perfil falso']);
  });

  it('gives nothing for a blank query or a search Pagefind superseded', async () => {
    expect(await searchGrouped(fakeIndex({ guide: 1 }).index, '   ', 'es', null)).toBeNull();
    expect(await searchGrouped(fakeIndex({ guide: 1 }, { superseded: true }).index, 'x', 'es', null)).toBeNull();
  });

  it('leaves out empty groups and counts the hits', async () => {
    const { index } = fakeIndex({ guide: 0, checklist: 2 });
    const results = await searchGrouped(index, 'x', 'es', null);
    expect(results?.groups.map((g) => g.kind)).toEqual(['checklist']);
    expect(countHits(results?.groups ?? [])).toBe(2);
  });
});

describe('toHit', () => {
  it('keeps up to three sections that are not the page itself, excerpts as text parts', () => {
    const hit = toHit({
      url: '/es/guides/response/',
      meta: { title: 'La respuesta', list: 'Lista' },
      excerpt: 'la <mark>disculpa</mark>',
      sub_results: [
        { url: '/es/guides/response/', title: 'La respuesta', excerpt: '' },
        { url: '/es/guides/response/#a', title: 'A', excerpt: '<b>a</b>' },
        { url: '/es/guides/response/#b', title: 'B', excerpt: 'b' },
        { url: '/es/guides/response/#c', title: 'C', excerpt: 'c' },
        { url: '/es/guides/response/#d', title: 'D', excerpt: 'd' },
      ],
    });
    expect(hit.context).toBe('Lista');
    expect(hit.excerpt).toEqual([
      { text: 'la ', mark: false },
      { text: 'disculpa', mark: true },
    ]);
    expect(hit.sections.map((s) => s.title)).toEqual(['A', 'B', 'C']);
    expect(hit.sections[0]?.excerpt).toEqual([{ text: 'a', mark: false }]);
  });

  it('uses the address when a record has no title', () => {
    expect(toHit({ url: '/x/', meta: {}, excerpt: '' }).title).toBe('/x/');
  });
});

describe('latestOnly', () => {
  it('only the newest ticket is the latest', () => {
    const tickets = latestOnly();
    const first = tickets.next();
    expect(tickets.isLatest(first)).toBe(true);
    const second = tickets.next();
    expect(tickets.isLatest(first)).toBe(false);
    expect(tickets.isLatest(second)).toBe(true);
  });

  it('keeps separate counts per panel', () => {
    const a = latestOnly();
    const b = latestOnly();
    const ticket = a.next();
    b.next();
    b.next();
    expect(a.isLatest(ticket)).toBe(true);
  });
});

describe('arrowTarget', () => {
  it.each([
    ['ArrowDown', -1, 3, 0],
    ['ArrowDown', 0, 3, 1],
    ['ArrowDown', 2, 3, 2],
    ['ArrowUp', 2, 3, 1],
    ['ArrowUp', 0, 3, 'box'],
    ['ArrowUp', -1, 3, 'box'],
    ['Enter', 0, 3, null],
  ] as const)('%s from %i of %i goes to %s', (key, at, count, expected) => {
    expect(arrowTarget(key, at, count)).toBe(expected);
  });
});
