import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogRow } from '../../src/lib/search-catalog.ts';
import {
  arrowTarget,
  bySection,
  countHits,
  GROUP_SIZE,
  type IndexResultData,
  latestOnly,
  matchesAllWords,
  type Results,
  type SearchIndex,
  searchDelay,
  searchGrouped,
  TYPING_PAUSE_MS,
  toHit,
} from '../../src/lib/search-results.ts';

const result = (url: string, kind: string): IndexResultData => ({
  url,
  meta: { title: `Title ${url}` },
  excerpt: `about <mark>${kind}</mark>`,
  filters: { kind: [kind] },
  // Every record holds the words the tests search, matched.
  content: 'perfil falso crisis x',
  locations: [0, 1, 2, 3],
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
  const all = Object.values(byKind).flat();
  const asResults = (list: IndexResultData[]) => list.map((d) => ({ id: d.url, data: async () => d }));
  const index: SearchIndex = {
    async debouncedSearch(q) {
      searched.push(q);
      if (opts.superseded) return null;
      return { results: asResults(all) };
    },
    async search(q, o) {
      const kind = (o as { filters?: { kind: string } } | undefined)?.filters?.kind;
      if (kind === undefined) {
        searched.push(`${q} (at once)`);
        return { results: asResults(all) };
      }
      return { results: asResults(byKind[kind] ?? []) };
    },
  };
  return { index, searched };
}

describe('searchDelay', () => {
  it('waits for a pause while someone types or deletes letter by letter', () => {
    expect(searchDelay('cri', 'cris')).toBe(TYPING_PAUSE_MS);
    expect(searchDelay('crisis', 'crisi')).toBe(TYPING_PAUSE_MS);
    expect(searchDelay('', 'c')).toBe(TYPING_PAUSE_MS);
  });
  it('searches at once when more than a letter changes: pasted, dictated, a suggestion, cleared', () => {
    expect(searchDelay('', 'crisis')).toBe(0);
    expect(searchDelay('cri', 'crisis plan')).toBe(0);
    expect(searchDelay('crisis plan', '')).toBe(0);
  });
});

describe('searchGrouped', () => {
  it('groups by kind, guides first, each group cut to its size', async () => {
    const { index } = fakeIndex({ glossary: 9, guide: 9, checklist: 1 });
    const results = await searchGrouped(index, '  perfil   falso ', 'es');
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
    const results = await searchGrouped(index, 'crisis', 'en', { filter: 'guide' });
    expect(results?.groups.map((g) => [g.kind, g.hits.length])).toEqual([['guide', 12]]);
    expect(results?.kinds).toEqual(['guide', 'glossary']);
  });

  it('searches the guides’ terms for the words people type', async () => {
    const { index, searched } = fakeIndex({ guide: 1 });
    await searchGrouped(index, 'cuenta falsa', 'es');
    expect(searched).toEqual(['perfil falso']);
  });

  it('searches at once when told not to wait (a whole query), after a pause otherwise', async () => {
    const { index, searched } = fakeIndex({ guide: 2 });
    await searchGrouped(index, 'crisis', 'en', { wait: 0 });
    await searchGrouped(index, 'crisis', 'en');
    expect(searched).toEqual(['crisis (at once)', 'crisis']);
  });

  it('gives nothing for a blank query or a search Pagefind superseded', async () => {
    expect(await searchGrouped(fakeIndex({ guide: 1 }).index, '   ', 'es')).toBeNull();
    expect(await searchGrouped(fakeIndex({ guide: 1 }, { superseded: true }).index, 'x', 'es')).toBeNull();
  });

  it('drops stop words from what it searches', async () => {
    const { index, searched } = fakeIndex({ guide: 1 });
    await searchGrouped(index, 'qué hago con una cuenta falsa', 'es');
    expect(searched).toEqual(['perfil falso']);
  });

  it('finds nothing when a word is not on the site, even if Pagefind fell back to a shorter one', async () => {
    const { index } = fakeIndex({ guide: 2 });
    const results = await searchGrouped(index, 'xyzzy crisis', 'en');
    expect(results?.groups).toEqual([]);
    expect(results?.kinds).toEqual([]);
  });

  it('shows the guides as soon as they are ready, then every group', async () => {
    const { index } = fakeIndex({ guide: 1, glossary: 1 });
    const shown: string[][] = [];
    const results = await searchGrouped(index, 'crisis', 'en', {
      show: (r) => shown.push(r.groups.map((g) => g.kind)),
    });
    expect(shown).toEqual([['guide'], ['guide', 'glossary']]);
    expect(results?.groups.map((g) => g.kind)).toEqual(['guide', 'glossary']);
  });

  it('puts first the guide whose best section matches best', async () => {
    const d = (url: string, scores: number[]): IndexResultData => ({
      ...result(url, 'guide'),
      sub_results: scores.map((score, i) => ({
        url: `${url}#s${i}`,
        title: `S${i}`,
        excerpt: '',
        weighted_locations: [{ balanced_score: score }],
      })),
    });
    const hits = [toHit(d('/a/', [1, 1, 1, 1])), toHit(d('/b/', [0, 9]))];
    expect(bySection(hits).map((h) => h.url)).toEqual(['/b/', '/a/']);
  });

  it('leaves out empty groups and counts the hits', async () => {
    const { index } = fakeIndex({ guide: 0, checklist: 2 });
    const results = await searchGrouped(index, 'x', 'es');
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

  it('ranks sections by score, page order breaking ties', () => {
    const sub = (id: string, scores: number[]) => ({
      url: `/p/#${id}`,
      title: id,
      excerpt: '',
      weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
    });
    const hit = toHit({
      url: '/p/',
      meta: { title: 'P' },
      excerpt: '',
      sub_results: [sub('purpose', [1]), sub('when', [1]), sub('steps', [2]), sub('signs', [12, 1])],
    });
    expect(hit.sections.map((s) => s.title)).toEqual(['signs', 'steps', 'purpose']);
    expect(hit.score).toBe(13);
  });

  it('uses the address when a record has no title', () => {
    expect(toHit({ url: '/x/', meta: {}, excerpt: '' }).title).toBe('/x/');
  });
});

describe('matchesAllWords', () => {
  const data = (content: string, locations: number[]): IndexResultData => ({
    url: '/x/',
    meta: {},
    excerpt: '',
    content,
    locations,
  });

  it('accepts stems and word starts', () => {
    expect(matchesAllWords(['apologize'], data('The apology, now.', [1]))).toBe(true);
    expect(matchesAllWords(['apolo', 'now'], data('The apology, now.', [1, 2]))).toBe(true);
    expect(matchesAllWords(['señales'], data('Señal clara', [0]))).toBe(true);
  });

  it('rejects a word Pagefind replaced by a shorter one', () => {
    expect(matchesAllWords(['xyzzy', 'refund'], data('On X, a refund', [1, 3]))).toBe(false);
  });

  it('rejects a record with no matched words', () => {
    expect(matchesAllWords(['crisis'], data('crisis', []))).toBe(false);
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

describe('searchGrouped with the catalog', () => {
  /** Results whose ids the catalog knows: kinds come from it, not from Pagefind's filter. */
  function catalogIndex(kinds: string[], content = 'perfil falso crisis x') {
    const data = (i: number): IndexResultData => ({ ...result(`/r/${i}/`, kinds[i] ?? ''), content });
    const filtered: unknown[] = [];
    const index: SearchIndex = {
      debouncedSearch: async () => ({ results: kinds.map((_, i) => ({ id: `id${i}`, data: async () => data(i) })) }),
      search: async (_q, o) => {
        filtered.push(o);
        return { results: [] };
      },
    };
    const catalog: Catalog = {
      rows: Object.fromEntries(kinds.map((k, i) => [`id${i}`, [k, `Title ${i}`, `/r/${i}/`] as CatalogRow])),
      starts: 'cri fal per',
    };
    return { index, catalog, filtered };
  }

  it('groups by the catalog’s kinds, in Pagefind’s order, without a filtered search', async () => {
    const { index, catalog, filtered } = catalogIndex(['glossary', 'guide', 'checklist', 'guide']);
    const results = await searchGrouped(index, 'crisis', 'en', { catalog });
    expect(filtered).toEqual([]);
    expect(results?.kinds).toEqual(['guide', 'checklist', 'glossary']);
    expect(results?.groups.map((g) => [g.kind, g.hits.map((h) => h.url)])).toEqual([
      ['guide', ['/r/1/', '/r/3/']],
      ['checklist', ['/r/2/']],
      ['glossary', ['/r/0/']],
    ]);
    expect(results?.pending).toBeUndefined();
  });

  it('shows the titles first, then each group with its text', async () => {
    const { index, catalog } = catalogIndex(['guide', 'glossary']);
    const shown: Results[] = [];
    await searchGrouped(index, 'crisis', 'en', { show: (r) => shown.push(structuredClone(r)), catalog });
    expect(shown.map((r) => r.pending)).toEqual([true, true, false]);
    expect(shown[0]?.groups.map((g) => g.hits.map((h) => [h.title, h.excerpt.length]))).toEqual([
      [['Title 0', 0]],
      [['Title 1', 0]],
    ]);
    expect(shown[2]?.groups[0]?.hits[0]?.title).toBe('Title /r/0/');
  });

  it('shows no titles for a word no page starts like, and then finds nothing', async () => {
    const { index, catalog } = catalogIndex(['guide'], 'x crisis');
    const shown: Results[] = [];
    const results = await searchGrouped(index, 'xyzzy crisis', 'en', { show: (r) => shown.push(r), catalog });
    expect(shown).toEqual([]);
    expect(results?.groups).toEqual([]);
  });

  it('shows only the chosen kind, longer', async () => {
    const { index, catalog } = catalogIndex([...Array(15).fill('guide'), 'glossary']);
    const results = await searchGrouped(index, 'crisis', 'en', { filter: 'guide', catalog });
    expect(results?.groups.map((g) => [g.kind, g.hits.length])).toEqual([['guide', 12]]);
    expect(results?.kinds).toEqual(['guide', 'glossary']);
  });
});
