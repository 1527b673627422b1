import { createSlugger } from '../slug.ts';

/**
 * The heading ids of a guide, in order, from its MDX source: the same slugs the page gives its
 * headings (src/lib/markdown/heading-ids.ts runs the same slugger over each heading's text).
 * Inline Markdown is reduced to its text first; fenced code is skipped.
 */
export function headingIds(mdx: string): string[] {
  const slug = createSlugger();
  const ids: string[] = [];
  let fenced = false;
  for (const line of mdx.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const match = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match?.[1]) continue;
    const text = match[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`]/g, '');
    ids.push(slug(text));
  }
  return ids;
}
