import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { GUIDE_ANCHORS, type GuideAnchor, guideAnchor } from '../../src/lib/guide-anchors.ts';
import { createSlugger } from '../../src/lib/slug.ts';

/** Heading ids of a guide file, made with the slugger the pages use (src/lib/markdown/heading-ids.ts). */
function headingIds(locale: string, guide: string): string[] {
  const source = readFileSync(new URL(`../../src/content/guides/${locale}/${guide}.mdx`, import.meta.url), 'utf8');
  const slug = createSlugger();
  return Array.from(source.matchAll(/^#{1,6}\s+(.+)$/gmu), (m) => slug(m[1] ?? ''));
}

const anchors = Object.keys(GUIDE_ANCHORS) as GuideAnchor[];

describe.each(locales)('guide anchors in %s', (locale) => {
  it.each(anchors)('%s is a heading of its guide', (anchor) => {
    const { guide, [locale]: id } = GUIDE_ANCHORS[anchor];
    expect(headingIds(locale, guide)).toContain(id);
  });

  it.each(anchors)('%s links to its guide in the language', (anchor) => {
    const { guide, [locale]: id } = GUIDE_ANCHORS[anchor];
    expect(guideAnchor(anchor, locale)).toBe(`/${locale}/guides/${guide}/#${id}`);
  });
});
