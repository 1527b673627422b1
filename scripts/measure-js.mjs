// Measures the JavaScript each built page loads before the user interacts: the module scripts
// and island components it references, plus everything they import statically, gzipped.
// Dynamic imports (Pagefind on first search) are not counted: they load on use.
// Usage: npm run build && npm run measure:js [-- --budget 20480 --page /es/guides/what-is-a-crisis/]
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSize as gz, htmlFiles } from './dist-pages.mjs';

const dist = resolve(import.meta.dirname, '../dist');
const args = process.argv.slice(2);
const budget = Number(args[args.indexOf('--budget') + 1]) || 20 * 1024;
const onlyGuides = !args.includes('--all-pages-budget');

const pages = htmlFiles(dist);

/** Static imports of a built module (`import … from "./x.js"` and bare `import "./x.js"`). */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]);
  for (const m of code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g)) found.add(m[1]);
  return [...found].filter((s) => s.startsWith('.') || s.startsWith('/'));
}

function closure(entries, fromDir) {
  const seen = new Set();
  const visit = (spec, base) => {
    const file = spec.startsWith('/') ? join(dist, spec) : resolve(base, spec);
    if (seen.has(file) || !file.endsWith('.js')) return;
    seen.add(file);
    for (const dep of staticImports(file)) visit(dep, resolve(file, '..'));
  };
  for (const e of entries) visit(e, fromDir);
  return seen;
}

const rows = [];
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const islands = [...html.matchAll(/<astro-island[^>]*?component-url="([^"]+)"[^>]*?renderer-url="([^"]+)"/g)].flatMap(
    (m) => [m[1], m[2]],
  );
  const islandsAlt = [
    ...html.matchAll(/<astro-island[^>]*?renderer-url="([^"]+)"[^>]*?component-url="([^"]+)"/g),
  ].flatMap((m) => [m[1], m[2]]);
  const files = closure([...srcs, ...islands, ...islandsAlt], dist);
  const inlineBytes = inline.reduce((n, code) => n + gz(Buffer.from(code)), 0);
  const fileBytes = [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);
  rows.push({
    page: `/${relative(dist, page)}`.replace(/index\.html$/, ''),
    files: files.size,
    inline: inline.length,
    gzip: inlineBytes + fileBytes,
  });
}
rows.sort((a, b) => a.page.localeCompare(b.page));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('page'.padEnd(44), 'js files', 'inline', 'gzip');
for (const r of rows)
  console.log(r.page.padEnd(44), String(r.files).padStart(8), String(r.inline).padStart(6), kb(r.gzip).padStart(9));

const guided = rows.filter((r) => (onlyGuides ? /\/guides\/[^/]+\/$/.test(r.page) : true));
const over = guided.filter((r) => r.gzip > budget);
if (over.length) {
  console.error(`\nOver the ${kb(budget)} budget: ${over.map((r) => `${r.page} (${kb(r.gzip)})`).join(', ')}`);
  process.exit(1);
}
console.log(`\n${guided.length} ${onlyGuides ? 'guide pages' : 'pages'} within the ${kb(budget)} budget.`);
