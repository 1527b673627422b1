/**
 * Loads Pagefind on first use only. The index it opens follows the page's `<html lang>`, so
 * Spanish pages search the Spanish index and English pages the English one.
 */

import type { SearchIndex } from '../../lib/search-results.ts';

interface Pagefind extends SearchIndex {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
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
