/**
 * Builds the Pagefind search index once Astro has written dist/: one index per language, taken
 * from each page's <html lang>. Pages are indexed where they mark data-pagefind-body (guides,
 * checklists). Checklist items and glossary terms are added as records of their own, read from
 * the content collections by the build-only endpoint src/pages/search-records.json.ts, which
 * this step deletes from dist/ once read.
 */
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SearchRecord } from '../lib/search-records.ts';

export const RECORDS_FILE = 'search-records.json';

/**
 * Sized for a bilingual site of this size (about 250 records and 110 KB of index per language):
 * one index chunk per language, loaded while the person types, so a second word or a second
 * query never waits for another download (Pagefind's default splits each language into four
 * chunks of about 30 KB, and a query's words often sit in two of them). The chunk size is read by
 * Pagefind's indexer from the environment (its name says unstable: if a release drops it,
 * Pagefind falls back to its default chunks, and search still works). Result fragments stay one
 * file per record: bundling them (`maxFragments`) put every guide in one 82 KB file, so a search
 * downloaded 290 KB instead of 170 KB.
 */
const INDEX_CHUNK_SIZE = '400000';

export function pagefind(): AstroIntegration {
  return {
    name: 'crisis-playbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const recordsFile = fileURLToPath(new URL(RECORDS_FILE, dir));
        const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
        await rm(recordsFile);
        const { close, createIndex } = await import('pagefind'); // only when building

        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
        const { index, errors } = await createIndex({ verbose: false });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const check = <T extends { errors: string[] }>(what: string, response: T): T => {
          if (response.errors.length) throw new Error(`Pagefind could not ${what}: ${response.errors.join('; ')}`);
          return response;
        };
        try {
          const pages = check('index dist/', await index.addDirectory({ path: dist }));
          if (pages.page_count === 0) {
            throw new Error('Pagefind indexed no page: is data-pagefind-body on the content pages?');
          }
          for (const record of records) check(`add ${record.url}`, await index.addCustomRecord(record));
          check('write its files', await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }));
          logger.info(
            `indexed ${pages.page_count} pages and ${records.length} items and terms in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
