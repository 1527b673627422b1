/**
 * The first sign that someone is about to search (hover, touch or focus of the search button,
 * `/`, focus of a search box): fetch everything one search needs at once, in parallel, instead of
 * one file after another, and start Pagefind. Its script is imported and started at once (the
 * panel's loader, src/components/islands/pagefind.ts, gets the same module and the same running
 * instance); its worker, entry, metadata, wasm, index and our catalog are fetched into the HTTP
 * cache, where Pagefind's worker and the panel find them or join the download in flight. Part of
 * the opener's own script: no other code has to arrive first. Nothing happens where the page has
 * no plan (no index built).
 */
import { asPlan, PAGEFIND_BASE, PAGEFIND_OPTIONS } from '../lib/search-plan.ts';

interface PagefindStart {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
}

let warmed = false;

export function warmSearch(): void {
  if (warmed) return;
  const plan = asPlan(document.querySelector<HTMLElement>('[data-pagefind]')?.dataset['pagefind']);
  if (!plan) return;
  warmed = true;
  for (const file of [...plan.files, plan.catalog]) {
    // Read to the end, so the whole file lands in the cache; a failure shows on the search itself.
    fetch(`${PAGEFIND_BASE}${file}`)
      .then((r) => r.arrayBuffer())
      .catch(() => {});
  }
  import(/* @vite-ignore */ `${PAGEFIND_BASE}pagefind.js`)
    .then(async (pf: PagefindStart) => {
      await pf.options({ ...PAGEFIND_OPTIONS, metaCacheTag: plan.tag });
      await pf.init(); // its worker starts now, not when the panel's code has arrived
      // With one index chunk, any word loads it into the worker while the person types.
      if (plan.files.some((f) => f.startsWith('index/'))) await pf.preload('crisis');
    })
    .catch(() => (warmed = false));
}
