/** Pure helpers for the learning path: ordering, neighbours, reading time. */

export interface PathEntry {
  /** guide id, the same in both languages (the file name) */
  id: string;
  order: number;
}

/** The learning path in order (ties broken by id, so the order is stable). */
export function learningPath<T extends PathEntry>(guides: readonly T[]): T[] {
  return [...guides].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The guides before and after `id` along the path. */
export function neighbours<T extends PathEntry>(guides: readonly T[], id: string): { prev?: T; next?: T } {
  const path = learningPath(guides);
  const at = path.findIndex((g) => g.id === id);
  if (at === -1) return {};
  const result: { prev?: T; next?: T } = {};
  const prev = path[at - 1];
  const next = path[at + 1];
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}

/** Words of prose in an MDX body: frontmatter, tags, link targets and Markdown marks left out. */
export function countWords(body: string): number {
  const text = body
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^\s*\d+\.\s/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#>*_`|[\]-]+/g, ' ');
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read at 200 words a minute, at least one. */
export function readingMinutes(body: string, wordsPerMinute = 200): number {
  return Math.max(1, Math.round(countWords(body) / wordsPerMinute));
}

/** Splits a collection entry id `es/monitoring` into its locale and guide id. */
export function splitEntryId(entryId: string): { lang: string; id: string } {
  const slash = entryId.indexOf('/');
  return slash === -1 ? { lang: '', id: entryId } : { lang: entryId.slice(0, slash), id: entryId.slice(slash + 1) };
}
