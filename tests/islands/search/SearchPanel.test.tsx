// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../../src/lib/search-catalog.ts';
import type { IndexResultData, IndexSearch, SearchIndex } from '../../../src/lib/search-results.ts';

/** A fake Pagefind whose answers the test releases one by one, to play them out of order. */
const pending: { q: string; resolve: (r: IndexSearch) => void }[] = [];
const answer = (_kind: string, title: string): IndexSearch => ({
  results: [
    {
      id: title,
      data: async () => ({
        url: `/en/${title}/`,
        meta: { title },
        excerpt: `<mark>${title}</mark>`,
        content: title,
        locations: [0],
      }),
    },
  ],
});
/** How each query was asked: after a pause for more typing (`debounced`) or at once. */
const asked: { q: string; how: 'debounced' | 'at once' }[] = [];
const ask = (q: string, how: 'debounced' | 'at once') => {
  asked.push({ q, how });
  return new Promise<IndexSearch>((resolve) => pending.push({ q, resolve }));
};
const index: SearchIndex = {
  debouncedSearch: (q) => ask(q, 'debounced'),
  // Unfiltered: as the test answers. Filtered: every query has one guide and nothing else.
  search: async (q, o) => {
    const kind = (o as { filters?: { kind?: string } } | undefined)?.filters?.kind;
    if (!kind) return ask(q, 'at once');
    return kind === 'guide' ? answer('guide', q) : { results: [] };
  },
};
/** The catalog a test hands the panel; without one, Pagefind's kind filter groups the results. */
let catalog: Catalog | undefined;
vi.mock('../../../src/components/islands/pagefind.ts', () => ({
  loadPagefind: async () => index,
  loadCatalog: async () => catalog,
}));

const { default: SearchPanel } = await import('../../../src/components/islands/SearchPanel.tsx');
const { SEARCH_LABELS } = await import('../../../src/components/islands/search/labels.ts');
const { labelsFor } = await import('../../../src/i18n/index.ts');

// Results arrive after a few promises: give a loaded machine time.
configure({ asyncUtilTimeout: 5000 });
const labels = labelsFor('en', SEARCH_LABELS);

beforeEach(() => {
  pending.length = 0;
  asked.length = 0;
  catalog = undefined;
});
afterEach(cleanup);

describe('SearchPanel island', () => {
  it('shows the newest query’s results even when an older answer arrives last', async () => {
    render(<SearchPanel labels={labels} lang="en" guidesUrl="/en/guides/" inputId="q" />);
    const box = screen.getByRole('searchbox', { name: 'Search the guides' });
    fireEvent.input(box, { target: { value: 'apology' } });
    fireEvent.input(box, { target: { value: 'escalation' } });
    await waitFor(() => expect(pending).toHaveLength(2));
    pending[1]?.resolve(answer('guide', 'escalation'));
    expect(await screen.findByText('1 result for “escalation”')).toBeTruthy();
    pending[0]?.resolve(answer('guide', 'apology'));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByText('1 result for “escalation”')).toBeTruthy();
    expect(screen.queryByText('1 result for “apology”')).toBeNull();
    expect(screen.getByRole('heading', { name: 'In the guides' })).toBeTruthy();
  });

  it('waits for a pause while someone types letter by letter, and searches a whole query at once', async () => {
    render(<SearchPanel labels={labels} lang="en" guidesUrl="/en/guides/" inputId="q" />);
    const box = screen.getByRole('searchbox');
    fireEvent.input(box, { target: { value: 'c' } });
    fireEvent.input(box, { target: { value: 'cr' } });
    fireEvent.input(box, { target: { value: 'cri' } });
    await waitFor(() => expect(asked).toHaveLength(3));
    expect(asked.map((a) => a.how)).toEqual(['debounced', 'debounced', 'debounced']);
    // Pasted, dictated or a suggestion tapped: the query is whole.
    fireEvent.input(box, { target: { value: 'escalation' } });
    await waitFor(() => expect(asked).toHaveLength(4));
    expect(asked[3]).toEqual({ q: 'escalation', how: 'at once' });
    pending[3]?.resolve(answer('guide', 'escalation'));
    expect(await screen.findByText('1 result for “escalation”')).toBeTruthy();
  });

  it('offers suggestions when nothing matches, and searches the one picked', async () => {
    render(<SearchPanel labels={labels} lang="en" guidesUrl="/en/guides/" inputId="q" />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    await waitFor(() => expect(pending).toHaveLength(1));
    pending[0]?.resolve({ results: [] });
    fireEvent.click(await screen.findByRole('button', { name: 'escalation' }));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('escalation');
    expect(screen.getByRole('link', { name: 'Browse all guides' }).getAttribute('href')).toBe('/en/guides/');
  });

  it('moves from the box to the first result with the down arrow and back with up', async () => {
    render(<SearchPanel labels={labels} lang="en" guidesUrl="/en/guides/" inputId="q" />);
    const box = screen.getByRole('searchbox');
    fireEvent.input(box, { target: { value: 'escalation' } });
    await waitFor(() => expect(pending).toHaveLength(1));
    pending[0]?.resolve(answer('guide', 'escalation'));
    const link = await screen.findByRole('link', { name: /escalation/ });
    box.focus();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(link);
    fireEvent.keyDown(link, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);
  });

  it('shows the catalog’s titles while the results’ text is on its way, then the count', async () => {
    catalog = { rows: { g1: ['guide', 'Holding statements', '/en/guides/response/'] }, starts: 'hol sta' };
    let release: (d: IndexResultData) => void = () => {};
    const text = new Promise<IndexResultData>((resolve) => (release = resolve));
    render(<SearchPanel labels={labels} lang="en" guidesUrl="/en/guides/" inputId="q" />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'holding' } });
    await waitFor(() => expect(pending).toHaveLength(1));
    pending[0]?.resolve({ results: [{ id: 'g1', data: () => text }] });
    const link = await screen.findByRole('link', { name: 'Holding statements' });
    expect(link.getAttribute('href')).toBe('/en/guides/response/');
    expect(screen.getByRole('status').textContent).toBe('Searching…');
    release({
      url: '/en/guides/response/',
      meta: { title: 'Holding statements' },
      excerpt: 'a <mark>holding</mark> line',
      content: 'holding',
      locations: [0],
    });
    expect(await screen.findByText('1 result for “holding”')).toBeTruthy();
    expect(screen.getByText('holding', { selector: 'mark' })).toBeTruthy();
  });
});
