// Measures the CSS each built page loads: its <link rel="stylesheet"> files and inline <style>
// blocks, gzipped, summed per page and shown per kind of page (the largest page of each kind).
// Usage: npm run build && npm run measure:css [-- path/to/dist]
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSize as gz, htmlFiles } from './dist-pages.mjs';

const dist = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../dist'));
const pages = htmlFiles(dist);

/** The kind of a page from its path: `/es/guides/x/` → `guide`. */
function kindOf(path) {
  const rest = path.replace(/^\/(es|en)\//, '/');
  if (path === '/') return 'language picker (/)';
  if (path === '/404.html') return '404';
  if (rest === '/') return 'home';
  if (rest === '/guides/') return 'guides index';
  if (rest.startsWith('/guides/')) return 'guide';
  return rest.replaceAll('/', '') || rest;
}

const rows = pages.map((file) => {
  const html = readFileSync(file, 'utf8');
  const links = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]);
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  const texts = [...links.map((href) => readFileSync(join(dist, href ?? ''), 'utf8')), ...inline];
  const path = `/${relative(dist, file)}`.replace(/index\.html$/, '');
  return {
    path,
    kind: kindOf(path),
    files: links.length,
    inline: inline.length,
    raw: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
    // Each file is fetched (and compressed) on its own, so each is gzipped on its own.
    gzip: texts.reduce((n, t) => n + gz(t), 0),
  };
});
rows.sort((a, b) => a.path.localeCompare(b.path));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const line = (cols) => console.log(cols[0].padEnd(44), ...cols.slice(1).map((c) => String(c).padStart(9)));
line(['page', 'css files', 'inline', 'raw', 'gzip']);
for (const r of rows) line([r.path, r.files, r.inline, kb(r.raw), kb(r.gzip)]);

console.log('\nper kind of page (largest page of the kind)');
line(['kind', 'pages', '', 'raw', 'gzip']);
const kinds = new Map();
for (const r of rows) kinds.set(r.kind, [...(kinds.get(r.kind) ?? []), r]);
for (const [kind, list] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
  const max = list.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  line([kind, list.length, '', kb(max.raw), kb(max.gzip)]);
}
