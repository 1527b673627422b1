import { createSlugger } from '../slug.ts';

export interface GuideHeading {
  id: string;
  text: string;
}

/**
 * The headings of a guide, in order, from its MDX source, with the same ids the page gives them
 * (src/lib/markdown/heading-ids.ts runs the same slugger over each heading's text). Inline
 * Markdown is reduced to its text first; fenced code and the frontmatter are skipped.
 */
export function guideHeadings(mdx: string): GuideHeading[] {
  const slug = createSlugger();
  const out: GuideHeading[] = [];
  let fenced = false;
  for (const line of mdx.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const match = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match?.[1]) continue;
    const text = match[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`]/g, '')
      .trim();
    out.push({ id: slug(text), text });
  }
  return out;
}

/** Just the ids, in order. */
export function headingIds(mdx: string): string[] {
  return guideHeadings(mdx).map((h) => h.id);
}
