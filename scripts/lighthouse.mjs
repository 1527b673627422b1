// Lighthouse (mobile) on the pages DESIGN.md budgets, against a running build.
// Usage: npm run build && npm run preview (elsewhere), then npm run measure:lighthouse [-- baseURL]
// Lighthouse is fetched by npx on first use (it is large and only needed for this measurement).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4321';
const pages = ['/es/', '/en/guides/response/', '/es/statement-builder/', '/en/checklists/', '/es/search/'];
try {
  await fetch(`${base}/es/`);
} catch {
  console.error(`Nothing answers at ${base}: run \`npm run build && npm run preview\` first (or pass the URL).`);
  process.exit(1);
}
const browser = findBrowser();
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const rows = [];
for (const path of pages) {
  const file = join(out, `${path.replace(/\W+/g, '_')}.json`);
  execFileSync(
    'npx',
    [
      '-y',
      'lighthouse@12',
      `${base}${path}`,
      '--quiet',
      '--output=json',
      `--output-path=${file}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...(browser.path ? { CHROME_PATH: browser.path } : {}) },
    },
  );
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const score = (c) => Math.round((report.categories[c]?.score ?? 0) * 100);
  rows.push({
    path,
    perf: score('performance'),
    a11y: score('accessibility'),
    bp: score('best-practices'),
    seo: score('seo'),
  });
  const failed = Object.values(report.audits).filter(
    (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
  );
  if (failed.length) console.log(`${path}: ${failed.map((a) => a.id).join(', ')}`);
}
console.log('page'.padEnd(28), 'perf a11y best-practices seo');
for (const r of rows)
  console.log(
    r.path.padEnd(28),
    String(r.perf).padStart(4),
    String(r.a11y).padStart(4),
    String(r.bp).padStart(14),
    String(r.seo).padStart(3),
  );
