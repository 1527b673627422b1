// Search figures for the notes: index size per language (the files a search downloads) and the
// time from a keystroke to the first results, cold (first search on the page: code, wasm and
// index load) and warm (later keystrokes). Needs a build and Chromium.
// Usage: npm run build && npm run measure:search
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { QUERIES } from '../tests/e2e/search-queries.ts';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const dist = resolve(import.meta.dirname, '../dist');
const pf = join(dist, 'pagefind');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// Index size: the per-language meta and wasm, plus every index and fragment chunk (shared folders,
// split by language through the meta file, so report the folders whole as well).
const sizeOf = (dir) =>
  readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? sizeOf(p) : statSync(p).size);
  }, 0);
for (const lang of ['es', 'en']) {
  const meta = readdirSync(pf).find((f) => f.startsWith(`pagefind.${lang}_`));
  const wasm = `wasm.${lang}.pagefind`;
  const entry = JSON.parse(readFileSync(join(pf, 'pagefind-entry.json'), 'utf8')).languages[lang];
  console.log(
    `${lang}: ${entry.page_count} records; meta ${kb(statSync(join(pf, meta)).size)}, wasm ${kb(statSync(join(pf, wasm)).size)}`,
  );
}
console.log(
  `index chunks (both languages): ${kb(sizeOf(join(pf, 'index')))}; fragments: ${kb(sizeOf(join(pf, 'fragment')))}`,
);
console.log(
  `pagefind.js: ${kb(statSync(join(pf, 'pagefind.js')).size)} (${kb(gzipSync(readFileSync(join(pf, 'pagefind.js'))).length)} gzip)`,
);

// Keystroke to first results, against `astro preview` on 127.0.0.1.
const port = 4329;
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(`${base}/es/`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 200));
}
const found = findBrowser();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(found.path ? { executablePath: found.path } : {}) });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const lang of ['es', 'en']) {
  const cold = [];
  const warm = [];
  for (const [i, [query]] of QUERIES[lang].entries()) {
    const page = await browser.newPage();
    await page.goto(`${base}/${lang}/guides/`, { waitUntil: 'networkidle' });
    if (i < 5) {
      // Cold: press / and type on a fresh page; nothing of search is loaded yet.
      const t0 = Date.now();
      await page.keyboard.press('/');
      await page.keyboard.type(query);
      await page.locator('#search-dialog .search-hit').first().waitFor();
      cold.push(Date.now() - t0);
    }
    // Warm: the panel and index are loaded; time one more keystroke to fresh results.
    if (i >= 5) {
      await page.keyboard.press('/');
      await page.keyboard.type('crisis');
      await page.locator('#search-dialog .search-hit').first().waitFor();
    }
    const box = page.locator('#dialog-q');
    await box.fill('');
    const t1 = Date.now();
    await box.pressSequentially(query.slice(0, 1));
    await box.fill(query);
    await page.locator('#search-dialog .search-status', { hasText: query }).waitFor();
    warm.push(Date.now() - t1);
    await page.close();
  }
  console.log(
    `${lang}: keystroke → first results, cold median ${median(cold)} ms (n=${cold.length}); warm median ${median(warm)} ms (n=${warm.length}, debounce 100 ms included)`,
  );
}
await browser.close();
server.kill();
