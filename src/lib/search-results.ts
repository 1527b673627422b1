import type { Locale } from '../i18n/locales.ts';
import {
  type ExcerptPart,
  excerptParts,
  expandQuery,
  normalizeQuery,
  SEARCH_KINDS,
  type SearchKind,
} from './search.ts';

/**
 * One search, grouped by kind, against a Pagefind index: what the search panel shows. Pure
 * apart from the index it is given, so it is tested with a fake one.
 *
 * Results come grouped by kind, guides first: a guide section is the fullest answer, and a
 * short checklist item or glossary term would otherwise outrank it on term density alone.
 * Each group keeps Pagefind's own ranking. A chosen filter shows one group, longer.
 */

/** The parts of Pagefind's API used here (its result data and search calls). */
export interface IndexResultData {
  url: string;
  meta: { title?: string; list?: string };
  excerpt: string;
  filters?: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
export interface IndexSearch {
  results: { id: string; data(): Promise<IndexResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface SearchIndex {
  search(q: string, o?: unknown): Promise<IndexSearch>;
  debouncedSearch(q: string, o?: unknown, ms?: number): Promise<IndexSearch | null>;
}

export interface Hit {
  url: string;
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
}

export const GROUP_SIZE: Record<SearchKind, number> = { guide: 5, checklist: 4, glossary: 3, tool: 3, drill: 3 };
export const FILTERED_SIZE = 12;

/** A result as shown: its sections (up to three), not repeating the page itself. */
export function toHit(d: IndexResultData): Hit {
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    context: d.meta.list,
    excerpt: excerptParts(d.excerpt),
    sections: (d.sub_results ?? [])
      .filter((s) => s.url !== d.url && s.title !== d.meta.title)
      .slice(0, 3)
      .map((s) => ({ url: s.url, title: s.title, excerpt: excerptParts(s.excerpt) })),
  };
}

/** How many hits the groups show in all. */
export function countHits(groups: readonly Group[]): number {
  return groups.reduce((n, g) => n + g.hits.length, 0);
}

/**
 * Searches `raw` (normalised, then expanded to the guides' terms) and groups the results by
 * kind, or shows only `filter`'s. Null when the query is blank or a newer search superseded this
 * one while Pagefind was debouncing.
 */
export async function searchGrouped(
  index: SearchIndex,
  raw: string,
  lang: Locale,
  filter: SearchKind | null,
): Promise<Results | null> {
  const query = normalizeQuery(raw);
  if (!query) return null;
  const terms = expandQuery(query, lang);
  const found = await index.debouncedSearch(terms, {}, 100);
  if (!found) return null;
  const counts = found.totalFilters['kind'] ?? {};
  const kinds = SEARCH_KINDS.filter((k) => (counts[k] ?? 0) > 0);
  const groups = await Promise.all(
    (filter ? [filter] : kinds).map(async (kind) => {
      const { results } = await index.search(terms, { filters: { kind } });
      const data = await Promise.all(results.slice(0, filter ? FILTERED_SIZE : GROUP_SIZE[kind]).map((r) => r.data()));
      return { kind, hits: data.map(toHit) };
    }),
  );
  return { query, groups: groups.filter((g) => g.hits.length > 0), kinds };
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
