/**
 * Loads Pagefind on first use only. The index it opens follows the page's `<html lang>`, so
 * Spanish pages search the Spanish index and English pages the English one.
 */

export interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  meta: { title?: string; list?: string };
  excerpt: string;
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: unknown): Promise<PagefindSearch>;
  debouncedSearch(q: string, o?: unknown, ms?: number): Promise<PagefindSearch | null>;
}

let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (pf: Pagefind) => {
    // Accents optional: "gestion" finds "gestión". Excerpts long enough to judge a result.
    await pf.options({ excerptLength: 22, ranking: { diacriticSimilarity: 0.9 } });
    await pf.init();
    await pf.filters(); // loads the filter data, so results carry counts per kind
    return pf;
  });
  pagefind.catch(() => {
    pagefind = undefined; // let the next keystroke try again (offline, index not built…)
  });
  return pagefind;
}
