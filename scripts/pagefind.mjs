// Builds the Pagefind search index after `astro build`: one index per language, taken from each
// page's <html lang>. Pages are indexed where they mark data-pagefind-body (guides, checklists).
// Checklist items and glossary terms are added as records of their own, so a search lands on
// the item or the term itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { parse } from 'yaml';
import { createSlugger } from '../src/lib/slug.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const content = join(root, 'src/content');
const started = performance.now();

const { index, errors } = await createIndex({ verbose: false });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const check = (what, response) => {
  if (response.errors.length) throw new Error(`Pagefind could not ${what}: ${response.errors.join('; ')}`);
  return response;
};

const pages = check('index dist/', await index.addDirectory({ path: dist }));
if (pages.page_count === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body on the content pages?');

let records = 0;
for (const file of readdirSync(join(content, 'checklists')).filter((f) => f.endsWith('.yaml'))) {
  const id = file.slice(0, -'.yaml'.length);
  const list = parse(readFileSync(join(content, 'checklists', file), 'utf8'));
  for (const lang of ['es', 'en']) {
    for (const item of list.items) {
      check(
        `add ${id}/${item.id}`,
        await index.addCustomRecord({
          // The checklist island gives each checkbox the id `checklist--item`.
          url: `/${lang}/checklists/#${id}--${item.id}`,
          content: `${item[lang]} ${list.title[lang]}`,
          language: lang,
          meta: { title: item[lang], list: list.title[lang] },
          filters: { kind: ['checklist'] },
        }),
      );
      records++;
    }
  }
}

for (const lang of ['es', 'en']) {
  const source = readFileSync(join(content, 'guides', lang, 'glossary.mdx'), 'utf8');
  const slug = createSlugger(); // the same slugs the glossary page gives its headings
  for (const [, term, body] of source.matchAll(/^## (.+)\n([\s\S]*?)(?=^## |$(?![\s\S]))/gm)) {
    const text = body
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .trim();
    check(
      `add glossary term ${term}`,
      await index.addCustomRecord({
        url: `/${lang}/guides/glossary/#${slug(term)}`,
        content: `${term}. ${text}`,
        language: lang,
        meta: { title: term },
        filters: { kind: ['glossary'] },
      }),
    );
    records++;
  }
}

check('write its files', await index.writeFiles({ outputPath: join(dist, 'pagefind') }));
await close();
console.log(
  `pagefind: indexed ${pages.page_count} pages and ${records} items and terms in ${Math.round(performance.now() - started)} ms`,
);
