import type { Locale } from '../i18n/locales.ts';
import {
  type ExcerptPart,
  excerptParts,
  normalizeQuery,
  SEARCH_KINDS,
  type SearchKind,
  searchWords,
} from './search.ts';
import { bare, type Catalog, type CatalogRow, mayAllMatch, wordStart } from './search-catalog.ts';

/**
 * One search, grouped by kind, against a Pagefind index: what the search panel shows. Pure
 * apart from the index it is given, so it is tested with a fake one.
 *
 * Results come grouped by kind, guides first: a guide section is the fullest answer, and a
 * short checklist item or glossary term would otherwise outrank it on term density alone.
 * Each group keeps Pagefind's own ranking. A chosen filter shows one group, longer.
 */

/** The parts of Pagefind's API used here (its result data and search calls). */
export interface WeightedLocation {
  /** Pagefind's score for one matched word: high in a heading, low in body text. */
  balanced_score: number;
}
export interface IndexSubResult {
  url: string;
  title: string;
  excerpt: string;
  weighted_locations?: WeightedLocation[];
}
export interface IndexResultData {
  url: string;
  /** The record's words, space-separated; `locations` index into them (the matched words). */
  content?: string;
  locations?: number[];
  meta: { title?: string; list?: string };
  excerpt: string;
  filters?: Record<string, string[]>;
  sub_results?: IndexSubResult[];
}
export interface IndexResult {
  id: string;
  score?: number;
  data(): Promise<IndexResultData>;
}
export interface IndexSearch {
  results: IndexResult[];
}
export interface SearchIndex {
  search(q: string, o?: unknown): Promise<IndexSearch>;
  debouncedSearch(q: string, o?: unknown, ms?: number): Promise<IndexSearch | null>;
}

export interface Hit {
  url: string;
  /** How well its best section matches: the sum of its matched words' scores. */
  score: number;
  title: string;
  /** For a checklist item: the checklist it belongs to. */
  context: string | undefined;
  excerpt: ExcerptPart[];
  sections: { url: string; title: string; excerpt: ExcerptPart[] }[];
}

export interface Group {
  kind: SearchKind;
  hits: Hit[];
}

export interface Results {
  /** The query as searched (normalised). */
  query: string;
  /** Groups with at least one hit, in the order of SEARCH_KINDS. */
  groups: Group[];
  /** Every kind with results, whatever the filter: the filter buttons. */
  kinds: SearchKind[];
  /** Some hits are titles only (from the catalog): their text and sections are on their way. */
  pending?: boolean;
}

export const GROUP_SIZE: Record<SearchKind, number> = { guide: 5, checklist: 4, glossary: 3, tool: 3, drill: 3 };
export const FILTERED_SIZE = 12;

/** A section's score: its matched words' scores added up (a word in its heading weighs most). */
export function sectionScore(s: IndexSubResult): number {
  return (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

/**
 * A result as shown: its best sections first (up to three), not repeating the page itself.
 * Pagefind lists a page's sections in page order; the one whose heading names the query is the
 * answer, so they are ranked by score (page order breaks ties).
 */
export function toHit(d: IndexResultData): Hit {
  const subs = (d.sub_results ?? []).map((s, i) => ({ s, i, score: sectionScore(s) }));
  return {
    url: d.url,
    score: Math.max(0, ...subs.map((x) => x.score)),
    title: d.meta.title ?? d.url,
    context: d.meta.list,
    excerpt: excerptParts(d.excerpt),
    sections: subs
      .filter(({ s }) => s.url !== d.url && s.title !== d.meta.title)
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, 3)
      .map(({ s }) => ({ url: s.url, title: s.title, excerpt: excerptParts(s.excerpt) })),
  };
}

/** How many hits the groups show in all. */
export function countHits(groups: readonly Group[]): number {
  return groups.reduce((n, g) => n + g.hits.length, 0);
}

/**
 * Whether every word searched is really in a result. Pagefind matches stems and word starts
 * ("apologize" finds "apology", "apolo" finds both), but for a word it does not know it falls
 * back to a shorter one ("xyzzy" finds the network "X"). So each searched word must share its
 * first three letters (all of a shorter word) with a word the result matched.
 */
export function matchesAllWords(words: readonly string[], d: IndexResultData): boolean {
  const content = (d.content ?? '').split(/\s+/);
  const matched = (d.locations ?? []).map((l) => bare(content[l] ?? ''));
  return words.every((w) => {
    const start = wordStart(w);
    return matched.some((m) => m.startsWith(start));
  });
}

/**
 * Guides in the order of their best section, so the page whose section answers the query comes
 * first, not the page that mentions the words most often. Pagefind's page order breaks ties.
 */
export function bySection(hits: readonly Hit[]): Hit[] {
  return hits
    .map((hit, i) => ({ hit, i }))
    .sort((a, b) => b.hit.score - a.hit.score || a.i - b.i)
    .map(({ hit }) => hit);
}

/** How long a search waits for the next letter while someone types letter by letter. */
export const TYPING_PAUSE_MS = 100;

/**
 * How long to wait before searching `next`, the box's text after `previous`. One letter more or
 * less: someone is typing, so wait for a pause (each search fetches its results' text, and a
 * search per letter would fetch for words not yet finished). More at once (a pasted or dictated
 * query, a suggestion tapped, the box cleared): the query is whole, search at once.
 */
export function searchDelay(previous: string, next: string): number {
  return Math.abs(next.length - previous.length) <= 1 ? TYPING_PAUSE_MS : 0;
}

export interface SearchOptions {
  /** Show only this kind's results (more of them). */
  filter?: SearchKind | null;
  /** Receives the groups as they become ready. */
  show?: (partial: Results) => void;
  /** The language's catalog (src/lib/search-catalog.ts). */
  catalog?: Catalog | undefined;
  /** Milliseconds to wait for more typing first (`searchDelay`); 0 searches at once. */
  wait?: number;
}

/**
 * Searches `raw`: normalised, rewritten into the guides' terms, without stop words
 * (`searchWords`). Every remaining word must match (`matchesAllWords`): one word the site does not
 * have means no results. The results are grouped by kind, or only `filter`'s are shown. `show`
 * receives the groups as they become ready. With the catalog (src/lib/search-catalog.ts): one
 * search, the kinds read from the catalog, every shown result's text fetched at once, and first
 * the titles (`pending`), when every word may be on the site; then each group with its text, in
 * order. Without it, Pagefind's `kind` filter groups them. Null when the query is blank or a newer
 * search superseded this one while Pagefind was waiting for more typing.
 */
export async function searchGrouped(
  index: SearchIndex,
  raw: string,
  lang: Locale,
  { filter = null, show, catalog, wait = TYPING_PAUSE_MS }: SearchOptions = {},
): Promise<Results | null> {
  const query = normalizeQuery(raw);
  if (!query) return null;
  const words = searchWords(query, lang);
  const terms = words.join(' ');
  const found = wait > 0 ? await index.debouncedSearch(terms, {}, wait) : await index.search(terms);
  if (!found) return null;
  const empty: Results = { query, groups: [], kinds: [] };
  if (found.results.length === 0) return empty;
  const perKind = catalog
    ? byCatalog(found.results, catalog)
    : await Promise.all(SEARCH_KINDS.map(async (kind) => (await index.search(terms, { filters: { kind } })).results));
  const kinds = SEARCH_KINDS.filter((_, i) => (perKind[i]?.length ?? 0) > 0);
  const shown = (filter ? [filter] : kinds).map((kind) => ({
    kind,
    results: (perKind[SEARCH_KINDS.indexOf(kind)] ?? []).slice(0, filter ? FILTERED_SIZE : GROUP_SIZE[kind]),
  }));
  // Every shown result's text at once: no group waits for another's download.
  const data = shown.map(({ results }) => Promise.all(results.map((r) => r.data())));
  for (const d of data) d.catch(() => {}); // awaited below, in order
  const groups: Group[] = shown.map(({ kind, results }) => ({
    kind,
    hits: results.flatMap((r) => {
      const row = catalog?.rows[r.id];
      return row ? [titleHit(row)] : [];
    }),
  }));
  const nonEmpty = () => groups.filter((g) => g.hits.length > 0);
  if (catalog && show && mayAllMatch(words, new Set(catalog.starts.split(' ')))) {
    show({ query, groups: nonEmpty(), kinds, pending: true });
  }
  for (const [i, group] of groups.entries()) {
    const loaded = await (data[i] as Promise<IndexResultData[]>);
    // Every result matched every word Pagefind knows, so the first tells whether it knew them all.
    if (i === 0 && loaded[0] && !matchesAllWords(words, loaded[0])) return empty;
    const hits = loaded.map(toHit);
    group.hits = group.kind === 'guide' ? bySection(hits) : hits;
    show?.({ query, groups: nonEmpty(), kinds, pending: !!catalog && i < groups.length - 1 });
  }
  return { query, groups: nonEmpty(), kinds };
}

/** A result as the catalog knows it: title and address, its text still to come. */
function titleHit([, title, url, list]: CatalogRow): Hit {
  return { url, score: 0, title, context: list, excerpt: [], sections: [] };
}

/** Pagefind's results split by kind (in the order of SEARCH_KINDS), each in Pagefind's order. */
function byCatalog(results: readonly IndexResult[], catalog: Catalog): IndexResult[][] {
  const perKind = SEARCH_KINDS.map((): IndexResult[] => []);
  for (const r of results) {
    const row = catalog.rows[r.id];
    if (row) perKind[SEARCH_KINDS.indexOf(row[0])]?.push(r);
  }
  return perKind;
}

/**
 * Numbers each search so only the latest one's answer is shown: results that arrive after a
 * newer keystroke are dropped.
 */
export function latestOnly() {
  let latest = 0;
  return {
    next: (): number => ++latest,
    isLatest: (ticket: number): boolean => ticket === latest,
  };
}

/**
 * Arrow keys in the panel: ↓ from the box to the first result, ↑/↓ between results, ↑ from the
 * first result back to the box. `at` is the focused result's index, or -1 when the box has focus.
 * Returns the index to focus, `'box'`, or null to leave the key alone.
 */
export function arrowTarget(key: string, at: number, count: number): number | 'box' | null {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null;
  if (key === 'ArrowDown') return at === -1 ? 0 : Math.min(at + 1, count - 1);
  return at <= 0 ? 'box' : at - 1;
}
