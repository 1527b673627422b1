/**
 * Loads Pagefind and the search catalog once. Every page carries the search plan (the files one
 * search needs, written into the search dialog by the build: src/integrations/pagefind.ts); on the
 * first sign of intent the opener (src/components/search-warm.ts) fetches all of them at once and
 * starts Pagefind, so by the time its worker asks for its entry, metadata, wasm and index (one
 * chunk per language), they are in the HTTP cache or on their way. The index follows the page's
 * `<html lang>`. The catalog (src/lib/search-catalog.ts) tells each result's kind and title, so
 * Pagefind's filter file is never needed and titles show before the results' own text arrives.
 */

import { asCatalog, type Catalog } from '../../lib/search-catalog.ts';
import { asPlan, PAGEFIND_BASE, PAGEFIND_OPTIONS, type SearchPlan } from '../../lib/search-plan.ts';
import type { SearchIndex } from '../../lib/search-results.ts';

interface Pagefind extends SearchIndex {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: unknown): Promise<void>;
}

/** This page's search plan, or undefined where no index was built (`astro dev`). */
export function pagePlan(): SearchPlan | undefined {
  return asPlan(document.querySelector<HTMLElement>('[data-pagefind]')?.dataset['pagefind']);
}

let pagefind: Promise<Pagefind> | undefined;
let catalog: Promise<Catalog | undefined> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${PAGEFIND_BASE}pagefind.js`).then(async (pf: Pagefind) => {
    const tag = pagePlan()?.tag;
    // The cache tag makes the entry file's address the one the opener already fetched. If the
    // opener started Pagefind already, these are the same options again and init does nothing.
    await pf.options({ ...PAGEFIND_OPTIONS, ...(tag ? { metaCacheTag: tag } : {}) });
    await pf.init();
    // With one index chunk, any word loads all of it. Not awaited: a search started meanwhile shares it.
    if (pagePlan()?.files.some((f) => f.startsWith('index/'))) pf.preload('crisis').catch(() => {});
    return pf;
  });
  pagefind.catch(() => {
    pagefind = undefined; // let the next keystroke try again (offline, index not built…)
  });
  return pagefind;
}

/** The catalog of this page's language; undefined when there is none (search then asks Pagefind's filters). */
export function loadCatalog(): Promise<Catalog | undefined> {
  const name = pagePlan()?.catalog;
  catalog ??= name
    ? fetch(`${PAGEFIND_BASE}${name}`)
        .then((r) => (r.ok ? r.json() : undefined))
        .then(asCatalog)
        .catch(() => {
          catalog = undefined;
          return undefined;
        })
    : Promise.resolve(undefined);
  return catalog;
}
