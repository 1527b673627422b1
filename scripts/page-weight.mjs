// What each built page costs before the user interacts, gzipped: its HTML, its stylesheets and
// the JavaScript it loads (module scripts and island components, plus everything they import
// statically). Dynamic imports (Pagefind and the search panel on first search) are not counted:
// they load on use. Islands hydrated `client:visible` (a guide's checklist, at the end of the page)
// load when they scroll into view, not before interaction: they are reported apart, as `jsVisible`,
// what the page adds when they do (the files the page has not loaded already). Shared by `npm run measure:js` and `npm run budgets`.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSize as gz, htmlFiles as pagesIn } from './dist-pages.mjs';

export const dist = resolve(import.meta.dirname, '../dist');
const htmlFiles = () => pagesIn(dist);

/** Static imports of a built module (`import … from "./x.js"` and bare `import "./x.js"`). */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]);
  for (const m of code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g)) found.add(m[1]);
  return [...found].filter((s) => s.startsWith('.') || s.startsWith('/'));
}

function closure(entries) {
  const seen = new Set();
  const visit = (spec, base) => {
    const file = spec.startsWith('/') ? join(dist, spec) : resolve(base, spec);
    if (seen.has(file) || !file.endsWith('.js')) return;
    seen.add(file);
    for (const dep of staticImports(file)) visit(dep, resolve(file, '..'));
  };
  for (const e of entries) visit(e, dist);
  return seen;
}

/** One row per built page: `{ page, files, inline, js, jsVisible, css, html }`, sizes in gzipped bytes. */
export function measurePages() {
  const rows = [];
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    const urls = (tag) => [...tag.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)].map((u) => u[1]);
    const tags = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
    const onView = (tag) => /\bclient="visible"/.test(tag);
    const files = closure([...srcs, ...tags.filter((t) => !onView(t)).flatMap(urls)]);
    const later = [...closure(tags.filter(onView).flatMap(urls))].filter((f) => !files.has(f));
    const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    rows.push({
      page: `/${relative(dist, file)}`.replace(/index\.html$/, ''),
      files: files.size,
      inline: inline.length,
      js:
        inline.reduce((n, code) => n + gz(Buffer.from(code)), 0) +
        [...files].reduce((n, f) => n + gz(readFileSync(f)), 0),
      jsVisible: later.reduce((n, f) => n + gz(readFileSync(f)), 0),
      css: css.reduce((n, href) => n + gz(readFileSync(join(dist, href))), 0),
      html: gz(Buffer.from(html)),
    });
  }
  return rows.sort((a, b) => a.page.localeCompare(b.page));
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
