/**
 * The search catalog: what a result is (kind, title, address, list) for every record of one
 * language's Pagefind index, keyed by Pagefind's result id, plus the three-letter starts of every
 * word the index holds. Written by the build (src/integrations/pagefind.ts) from Pagefind's own
 * fragments, fetched with the index on the first sign of intent, so a search can group its results
 * by kind without Pagefind's filter file and show their titles without waiting for their
 * fragments.
 */

import { SEARCH_KINDS, type SearchKind } from './search.ts';
import { fold } from './text.ts';

/** One record: its kind, title, address and, for a checklist item, its list. */
export type CatalogRow = [kind: SearchKind, title: string, url: string, list?: string];

export interface Catalog {
  /** Pagefind's result id (its fragment's name) → the record. */
  rows: Record<string, CatalogRow>;
  /** Every distinct word start (`wordStart`) in the index, space-separated. */
  starts: string;
}

/** A word as compared: letters and digits only, folded ("Gestión," → "gestion"). */
export const bare = (word: string): string => fold(word).replace(/[^\p{L}\p{N}]/gu, '');

/** What a searched word must share with a word on the site: its first three letters (or all of a shorter word). */
export const wordStart = (word: string): string => bare(word).slice(0, 3);

/** The part of a Pagefind fragment the catalog reads. */
export interface FragmentSummary {
  url: string;
  content?: string;
  meta?: { title?: string; list?: string };
  filters?: Record<string, string[]>;
}

const isKind = (k: string | undefined): k is SearchKind => SEARCH_KINDS.includes(k as SearchKind);

/** A catalog from each fragment of one language (id → fragment); a record without a known kind is left out. */
export function buildCatalog(fragments: ReadonlyMap<string, FragmentSummary>): Catalog {
  const rows: Record<string, CatalogRow> = {};
  const starts = new Set<string>();
  for (const [id, f] of fragments) {
    const kind = f.filters?.['kind']?.[0];
    if (!isKind(kind)) continue;
    const title = f.meta?.title ?? f.url;
    rows[id] = f.meta?.list ? [kind, title, f.url, f.meta.list] : [kind, title, f.url];
    for (const w of (f.content ?? '').split(/\s+/)) {
      const s = wordStart(w);
      if (s) starts.add(s);
    }
  }
  return { rows, starts: [...starts].sort().join(' ') };
}

/**
 * Whether every searched word could be on the site: some word of the index starts like it.
 * Pagefind falls back to a shorter word for one it does not know ("xyzzy" finds "X"), so titles
 * are shown before the results' own text arrives only when this holds.
 */
export function mayAllMatch(words: readonly string[], starts: ReadonlySet<string>): boolean {
  return words.every((w) => {
    const s = wordStart(w);
    if (!s) return true;
    if (s.length === 3) return starts.has(s);
    for (const known of starts) if (known.startsWith(s)) return true;
    return false;
  });
}

/** A catalog as fetched, or undefined when it is not one (an old or broken file: search works without it). */
export function asCatalog(value: unknown): Catalog | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { rows, starts } = value as Partial<Catalog>;
  if (typeof starts !== 'string' || typeof rows !== 'object' || rows === null) return undefined;
  const ok = Object.values(rows).every(
    (r) => Array.isArray(r) && isKind(r[0]) && typeof r[1] === 'string' && typeof r[2] === 'string',
  );
  return ok ? { rows, starts } : undefined;
}
