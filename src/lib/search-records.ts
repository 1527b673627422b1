/**
 * The records Pagefind indexes besides the pages: each checklist item and each glossary term,
 * so a search lands on the item or the term itself. Pure data in, records out; the build's
 * records endpoint (src/pages/search-records.json.ts) feeds it from the content collections.
 */
import type { Locale } from '../i18n/index.ts';
import type { ChecklistData } from './schemas/checklist.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: Locale;
  meta: Record<string, string>;
  filters: { kind: ['checklist'] | ['glossary'] };
}

/** Every item of every list, in each language; the checklist island gives each box the id `list--item`. */
export function checklistRecords(
  lists: { id: string; data: ChecklistData }[],
  langs: readonly Locale[],
): SearchRecord[] {
  return lists.flatMap(({ id, data }) =>
    langs.flatMap((lang) =>
      data.items.map((item) => ({
        url: `/${lang}/checklists/#${id}--${item.id}`,
        content: `${item[lang]} ${data.title[lang]}`,
        language: lang,
        meta: { title: item[lang], list: data.title[lang] },
        filters: { kind: ['checklist'] as ['checklist'] },
      })),
    ),
  );
}

/** Markdown inline markup to the words a reader sees: links keep their text, emphasis marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * One record per term of a glossary: its `## Term` headings, with the ids the rendered page
 * gives them (Astro's `render()` headings), and the text up to the next such heading.
 */
export function glossaryRecords(lang: Locale, pageUrl: string, body: string, headings: Heading[]): SearchRecord[] {
  const terms = headings.filter((h) => h.depth === 2);
  const starts = terms.map((h) => {
    const at = body.indexOf(`\n## ${h.text}\n`);
    if (at === -1) throw new Error(`glossary (${lang}): heading "${h.text}" not found in the source`);
    return at;
  });
  return terms.map((term, i) => {
    const from = (starts[i] ?? 0) + `\n## ${term.text}\n`.length;
    const text = plainText(body.slice(from, starts[i + 1] ?? body.length));
    return {
      url: `${pageUrl}#${term.slug}`,
      content: `${term.text}. ${text}`,
      language: lang,
      meta: { title: term.text },
      filters: { kind: ['glossary'] as ['glossary'] },
    };
  });
}
