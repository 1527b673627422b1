// Builds the Pagefind search index after `astro build`: one index per language, taken from each
// page's <html lang>. Only content marked data-pagefind-body is indexed (guides, checklists).
import { close, createIndex } from 'pagefind';

const site = new URL('../dist/', import.meta.url);
const started = performance.now();
const { index, errors } = await createIndex({ verbose: false });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

const added = await index.addDirectory({ path: site.pathname });
if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
if (added.page_count === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body on the content pages?');

const written = await index.writeFiles({ outputPath: new URL('pagefind/', site).pathname });
if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
await close();
console.log(`pagefind: indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
