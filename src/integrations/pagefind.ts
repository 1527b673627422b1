/**
 * Builds the Pagefind search index once Astro has written dist/: one index per language, taken
 * from each page's <html lang>. Pages are indexed where they mark data-pagefind-body (guides,
 * checklists). Checklist items and glossary terms are added as records of their own, read from
 * the content collections by the build-only endpoint src/pages/search-records.json.ts, which
 * this step deletes from dist/ once read. Then, per language, it writes the search catalog (kind,
 * title, address of every record: src/lib/search-catalog.ts) read from Pagefind's fragments, and
 * writes into every page the search plan (src/lib/search-plan.ts): the files one search needs, so
 * the opener fetches them all at once on the first sign of intent.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { buildCatalog, type FragmentSummary } from '../lib/search-catalog.ts';
import { type SearchPlan, writePlans } from '../lib/search-plan.ts';
import type { SearchRecord } from '../lib/search-records.ts';

export const RECORDS_FILE = 'search-records.json';

/**
 * Sized for a bilingual site of this size (about 250 records and 115 KB of index per language):
 * one index chunk per language, fetched on intent with the rest of the plan, so a second word or a second
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
          const out = fileURLToPath(new URL('pagefind/', dir));
          check('write its files', await index.writeFiles({ outputPath: out }));
          const plans = await writeCatalogs(out);
          await writePlansIntoPages(dist, plans);
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

const shortHash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 10);

/** A Pagefind file's content: gzip, then Pagefind's 12-byte signature. */
const unpack = (data: Buffer): string => {
  const raw = gunzipSync(data);
  return raw.subarray(raw.subarray(0, 12).toString() === 'pagefind_dcd' ? 12 : 0).toString('utf8');
};

/**
 * Per language: the catalog (src/lib/search-catalog.ts) read from Pagefind's fragments, written
 * as `catalog.LANG.HASH.json`, and the plan of the files one search needs.
 */
async function writeCatalogs(out: string): Promise<Record<string, SearchPlan>> {
  const entryText = await readFile(join(out, 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as { languages: Record<string, { hash: string; wasm?: string }> };
  const tag = shortHash(entryText);
  const fragmentFiles = await readdir(join(out, 'fragment'));
  const indexFiles = await readdir(join(out, 'index'));
  const plans: Record<string, SearchPlan> = {};
  for (const [lang, { hash, wasm }] of Object.entries(entry.languages)) {
    const fragments = new Map<string, FragmentSummary>();
    for (const file of fragmentFiles.filter((f) => f.startsWith(`${lang}_`))) {
      const fragment = JSON.parse(unpack(await readFile(join(out, 'fragment', file)))) as FragmentSummary;
      fragments.set(file.replace(/\.pf_fragment$/, ''), fragment);
    }
    const langChunks = indexFiles.filter((f) => f.startsWith(`${lang}_`));
    const json = JSON.stringify(buildCatalog(fragments));
    const catalog = `catalog.${lang}.${shortHash(json)}.json`;
    await writeFile(join(out, catalog), json);
    plans[lang] = {
      tag,
      catalog,
      files: [
        'pagefind-worker.js',
        `pagefind-entry.json?ts=${tag}`,
        `pagefind.${hash}.pf_meta`,
        `wasm.${wasm ?? 'unknown'}.pagefind`,
        // One chunk: fetched before the words are known. Several: only the words' own, later.
        ...(langChunks.length === 1 ? langChunks.map((f) => `index/${f}`) : []),
      ],
    };
  }
  return plans;
}

/** Every built page gets its language's plan where SearchDialog.astro left the placeholder. */
async function writePlansIntoPages(dist: string, plans: Record<string, SearchPlan>): Promise<void> {
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const file = join(dist, page);
    const html = await readFile(file, 'utf8');
    const written = writePlans(html, plans);
    if (written !== html) await writeFile(file, written);
  }
}
