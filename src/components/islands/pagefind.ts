/**
 * Loads Pagefind once, on the first sign that someone is about to search (the opener calls this
 * on focus, hover or touch of the search button and on `/`), so its script, wasm and metadata
 * arrive while the panel's code does and while the person types. The index it opens follows the
 * page's `<html lang>`, so Spanish pages search the Spanish index and English pages the English
 * one. Once it is ready it fetches, while the person is still typing, the index (one chunk per
 * language, see src/integrations/pagefind.ts) and the `kind` filter data that grouping the
 * results needs (412 bytes), both at once, so the first search waits only for its results' text.
 */

import type { SearchIndex } from '../../lib/search-results.ts';

interface Pagefind extends SearchIndex {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: unknown): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (pf: Pagefind) => {
    // Accents optional: "gestion" finds "gestión". Excerpts long enough to judge a result.
    await pf.options({ excerptLength: 22, ranking: { diacriticSimilarity: 0.9 } });
    await pf.init();
    // Any word loads the whole index (one chunk); the filter loads the kinds. Not awaited: a
    // search started meanwhile shares these downloads.
    pf.preload('crisis', { filters: { kind: 'guide' } }).catch(() => {});
    return pf;
  });
  pagefind.catch(() => {
    pagefind = undefined; // let the next keystroke try again (offline, index not built…)
  });
  return pagefind;
}
