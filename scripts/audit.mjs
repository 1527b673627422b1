// `npm run audit`: Lighthouse (mobile, default simulated throttling) on each kind of page of the
// built site, and a report in reports/lighthouse.md (plus each page's full JSON beside it).
// Serves dist/ itself with `astro preview` on 127.0.0.1 unless given a base URL:
//   npm run build && npm run audit [-- http://127.0.0.1:4321]
// Lighthouse is fetched by npx on first use (large, and only needed here). Scores on a busy
// machine run low on performance: compare runs made on a quiet one.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const LIGHTHOUSE = 'lighthouse@12';
const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'reports');
/** One page per kind (DESIGN.md's list); kinds whose page is not built yet are skipped and said so. */
const KINDS = [
  ['home', '/es/'],
  ['guide', '/en/guides/response/'],
  ['checklists', '/es/checklists/'],
  ['statement builder', '/en/statement-builder/'],
  ['search', '/es/search/'],
  ['crisis mode', '/en/crisis/'],
  ['training', '/es/training/'],
];

if (!existsSync(join(dist, 'es', 'index.html'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}
let base = process.argv[2];
let server;
if (!base) {
  const port = 4390 + Math.floor(Math.random() * 100);
  base = `http://127.0.0.1:${port}`;
  server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  process.on('exit', () => server?.kill());
}
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/es/`)).ok) break;
  } catch {}
  if (i === 100) {
    console.error(`Nothing answers at ${base}.`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 300));
}

const browser = findBrowser();
mkdirSync(out, { recursive: true });
const rows = [];
const notes = [];
for (const [kind, path] of KINDS) {
  if (!existsSync(join(dist, path, 'index.html'))) {
    notes.push(`${kind} (${path}): not built yet, skipped`);
    continue;
  }
  const file = join(out, `lighthouse-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'root'}.json`);
  execFileSync(
    'npx',
    [
      '-y',
      LIGHTHOUSE,
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
  const metric = (id) => report.audits[id]?.displayValue ?? '';
  const failed = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
    .map((a) => a.id);
  rows.push({
    kind,
    path,
    perf: score('performance'),
    a11y: score('accessibility'),
    bp: score('best-practices'),
    seo: score('seo'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failed,
  });
  console.log(
    `${kind}: ${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}`,
  );
}

const md = [
  `# Lighthouse (mobile) — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `${LIGHTHOUSE}, mobile, simulated throttling, against ${base}. DESIGN.md asks 100 for accessibility, best practices and SEO, and at least 98 for performance.`,
  '',
  '| kind | page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.kind} | \`${r.path}\` | ${r.perf} | ${r.a11y} | ${r.bp} | ${r.seo} | ${r.lcp} | ${r.tbt} | ${r.cls} |`,
  ),
  '',
  ...rows.filter((r) => r.failed.length).map((r) => `- ${r.kind}: below full marks on ${r.failed.join(', ')}`),
  ...notes.map((n) => `- ${n}`),
  '',
].join('\n');
writeFileSync(join(out, 'lighthouse.md'), md);
console.log(`\n${md}\nReport: reports/lighthouse.md`);
server?.kill();
