/**
 * Build-time only: the extra search records (checklist items, glossary terms) as JSON, read
 * from the content collections. The Pagefind integration (src/integrations/pagefind.ts) adds
 * them to the index and deletes this file from dist/.
 */

import { getCollection, render } from 'astro:content';
import type { APIRoute } from 'astro';
import { isLocale, locales } from '../i18n/index.ts';
import { paths } from '../i18n/routes.ts';
import { splitEntryId } from '../lib/guides.ts';
import { checklistRecords, glossaryRecords } from '../lib/search-records.ts';

export const GET: APIRoute = async () => {
  const lists = await getCollection('checklists');
  const glossaries = await getCollection('guides', (entry) => entry.data.kind === 'glossary');
  const records = checklistRecords(lists, locales);
  for (const entry of glossaries) {
    const { lang, id } = splitEntryId(entry.id);
    if (!isLocale(lang)) throw new Error(`glossary ${entry.id}: its folder must be a language (es, en)`);
    const { headings } = await render(entry);
    records.push(...glossaryRecords(lang, paths.guide(lang, id), entry.body ?? '', headings));
  }
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};
