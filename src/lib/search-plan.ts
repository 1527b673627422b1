/**
 * The search plan: the files one search needs in one language, written into every page's search
 * dialog by the build (src/integrations/pagefind.ts), so the opener fetches all of them at once on
 * the first sign of intent. No imports: the opener, on every page, carries this module.
 */

/**
 * Pagefind's options, set by whichever starts it first (the opener on intent, or the panel):
 * accents optional ("gestion" finds "gestión"), excerpts long enough to judge a result.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 22, ranking: { diacriticSimilarity: 0.9 } } as const;

/** Where Pagefind's bundle is served. */
export const PAGEFIND_BASE = '/pagefind/';

/** The files one search needs in one language, relative to /pagefind/, and Pagefind's cache tag. */
export interface SearchPlan {
  /** Pagefind's `metaCacheTag`: its entry file is then fetched as `pagefind-entry.json?ts=TAG`. */
  tag: string;
  /** Fetched together on intent: the worker, entry, metadata, wasm and index chunks. */
  files: string[];
  catalog: string;
}

/** A plan as written into the page, or undefined (no index built, as in `astro dev`). */
export function asPlan(text: string | undefined): SearchPlan | undefined {
  if (!text?.startsWith('{')) return undefined;
  try {
    const p = JSON.parse(text) as Partial<SearchPlan>;
    const files = Array.isArray(p.files) && p.files.every((f) => typeof f === 'string') ? p.files : undefined;
    return typeof p.tag === 'string' && typeof p.catalog === 'string' && files
      ? { tag: p.tag, files, catalog: p.catalog }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The attribute value the pages carry until the build writes the plan in: `@pagefind:LANG`. */
export const planPlaceholder = (lang: string): string => `@pagefind:${lang}`;

/** `html` with each language's placeholder replaced by its plan (as an attribute value). */
export function writePlans(html: string, plans: Readonly<Record<string, SearchPlan>>): string {
  return html.replace(/"@pagefind:([a-z-]+)"/g, (whole, lang: string) => {
    const plan = plans[lang];
    return plan ? `"${JSON.stringify(plan).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"` : whole;
  });
}
