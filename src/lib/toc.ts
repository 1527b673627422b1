/**
 * A guide's table of contents ("On this page"): its second- and third-level headings as a tree,
 * and which section is current while the page scrolls. Pure: the page builds the tree at build
 * time, the guide's small script (src/components/guide/guide-page.ts) asks which entry is current.
 */

export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/**
 * The `##` headings, each with the `###` under it. A `###` before any `##` stands on its own;
 * deeper headings are left out (the list stays short enough to scan).
 */
export function tocTree(headings: readonly TocHeading[]): TocEntry[] {
  const tree: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    const parent = tree.at(-1);
    if (depth === 2 || (depth === 3 && !parent)) tree.push({ slug, text, children: [] });
    else if (depth === 3 && parent) parent.children.push({ slug, text });
  }
  return tree;
}

/**
 * The current section: the last heading whose top has passed `line` (pixels from the top of the
 * viewport), given the headings' tops in page order; -1 while none has (above the first one).
 * At the very bottom of the page the last heading is current even if it never reached the line.
 */
export function currentSection(tops: readonly number[], line: number, atBottom = false): number {
  if (atBottom && tops.length > 0) return tops.length - 1;
  let current = -1;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}
