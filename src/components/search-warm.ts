/**
 * The first sign that someone is about to search (hover, touch or focus of the search button,
 * `/`, focus of a search box): fetch everything one search needs at once, in parallel, instead of
 * one file after another. Pagefind's script is imported (the panel's loader gets the same module);
 * its worker, entry, metadata, wasm, index and our catalog are fetched into the HTTP cache, where
 * Pagefind's worker and the panel find them. Part of the opener's own script: no other code
 * has to arrive first. Nothing happens where the page has no plan (no index built).
 */
import { asPlan } from '../lib/search-plan.ts';

const BASE = '/pagefind/';
let warmed = false;

export function warmSearch(): void {
  if (warmed) return;
  const plan = asPlan(document.querySelector<HTMLElement>('[data-pagefind]')?.dataset['pagefind']);
  if (!plan) return;
  warmed = true;
  import(/* @vite-ignore */ `${BASE}pagefind.js`).catch(() => (warmed = false));
  for (const file of [...plan.files, plan.catalog]) {
    // Read to the end, so the whole file lands in the cache; a failure shows on the search itself.
    fetch(`${BASE}${file}`)
      .then((r) => r.arrayBuffer())
      .catch(() => {});
  }
}
