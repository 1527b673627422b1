// Issue 15's figures in one command, for ours and (if given) the Starlight peer, measured in the
// same session by the shared harness (sitebench: Lighthouse 13 mobile, census, axe, search UI):
// guide Total Blocking Time (median of RUNS Lighthouse runs) and JavaScript, type → first result
// unthrottled and throttled, the second query throttled, requests and bytes of one search, scores.
// The machine's load average is printed with every site's figures.
//
// Usage (after `npm run build`):
//   SITEBENCH=/path/to/installed/sitebench [PEER=/path/to/peer/examples/basics/dist] [RUNS=5] npm run bench
// SITEBENCH is a copy of ../shared/sitebench after its own `npm install` (it brings Node 24 for
// Lighthouse); PEER is the peer built by its peer/build-starlight-peer.sh (see its README).
// Writes the harness's configs and results to OUT (default: reports/bench/, git-ignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const harness = [process.env.SITEBENCH, resolve(root, '../sitebench-copy'), resolve(root, '../../shared/sitebench')]
  .filter(Boolean)
  .map((p) => resolve(p))
  .find((p) => existsSync(join(p, 'node_modules/.bin/node')));
if (!harness) {
  console.error(
    'No installed sitebench: copy ../shared/sitebench, run `npm install` in the copy, set SITEBENCH to it.',
  );
  process.exit(1);
}
if (!existsSync(join(root, 'dist/pagefind'))) {
  console.error('No built site with its search index: run `npm run build` first.');
  process.exit(1);
}
const RUNS = Number(process.env.RUNS ?? 5);
const REPEATS = Number(process.env.REPEATS ?? 3);
const out = resolve(process.env.OUT ?? join(root, 'reports/bench'));
mkdirSync(out, { recursive: true });
const node = join(harness, 'node_modules/.bin/node');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const SITES = [
  {
    name: 'ours',
    dist: join(root, 'dist'),
    paths: [
      { label: 'home', path: '/en/' },
      { label: 'guide', path: '/en/guides/response/' },
      { label: 'search', path: '/en/search/' },
    ],
    searchUi: {
      page: '/en/guides/response/',
      open: 'a.search-trigger',
      input: '#search-dialog input[type=search]',
      result: '#search-dialog a.search-hit',
      query: 'crisis',
    },
    second: 'apology',
  },
  process.env.PEER && {
    name: 'starlight-peer',
    dist: resolve(process.env.PEER),
    paths: [
      { label: 'home', path: '/' },
      { label: 'guide', path: '/guides/deploying/' },
      { label: 'search', path: '/reference/http-caching/' },
    ],
    searchUi: {
      page: '/guides/deploying/',
      open: 'button[data-open-modal]',
      input: '#starlight__search input.pagefind-ui__search-input',
      result: '#starlight__search .pagefind-ui__result-link',
      query: 'cache',
    },
    second: 'keyboard',
  },
].filter(Boolean);

const figures = [];
for (const site of SITES) {
  const config = join(out, `${site.name}.json`);
  writeFileSync(
    config,
    JSON.stringify(
      {
        name: site.name,
        dist: site.dist,
        paths: site.paths,
        runs: RUNS,
        searchUi: { ...site.searchUi, repeats: REPEATS },
        server: { compression: 'br' },
      },
      null,
      2,
    ),
  );
  const loadBefore = load();
  console.error(`${site.name}: sitebench (load average ${loadBefore})…`);
  execFileSync('npm', ['run', 'bench', '--', '--config', config, '--no-pagefind', '--out', join(out, site.name)], {
    cwd: harness,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const { dist, searchUi } = site;
  const second = JSON.parse(
    execFileSync(
      node,
      [
        join(root, 'scripts/bench-second-query.mjs'),
        harness,
        dist,
        searchUi.page,
        searchUi.open,
        searchUi.input,
        searchUi.result,
        searchUi.query,
        site.second,
        String(REPEATS),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ),
  );
  const results = JSON.parse(readFileSync(join(out, site.name, 'results.json'), 'utf8'));
  figures.push({ site, results, second, load: `${loadBefore} → ${load()}` });
}

const ms = (n) => (n == null ? '–' : `${Math.round(n).toLocaleString('en-US')} ms`);
const kb = (n) => (n == null ? '–' : `${(n / 1024).toFixed(1)} KB`);
const page = (r, label) => r.pages.find((p) => p.label === label);
const lh = (r, label) => page(r, label)?.lighthouse?.median;
const ui = (r, throttle) => r.searchUi.find((s) => s.throttle === throttle);
const rows = [
  ['guide: Total Blocking Time (median)', (f) => ms(lh(f.results, 'guide')?.metrics.tbtMs)],
  ['guide: JavaScript transferred (Lighthouse)', (f) => kb(lh(f.results, 'guide')?.network.jsTransferBytes)],
  ['guide: page transferred (Lighthouse)', (f) => kb(lh(f.results, 'guide')?.network.transferBytes)],
  ['home: page transferred (Lighthouse)', (f) => kb(lh(f.results, 'home')?.network.transferBytes)],
  ['search: type → first result, unthrottled', (f) => ms(ui(f.results, 'none')?.medianTypeToFirstResultMs)],
  ['search: type → first result, throttled', (f) => ms(ui(f.results, 'mobile')?.medianTypeToFirstResultMs)],
  ['search: second query, throttled', (f) => ms(f.second.median)],
  [
    'requests for one search (unthrottled)',
    (f) => `${ui(f.results, 'none')?.medianRequests ?? '–'} (${kb(ui(f.results, 'none')?.medianTransferBytes)})`,
  ],
  [
    'Perf / A11y / BP / SEO (guide)',
    (f) =>
      ['performance', 'accessibility', 'best-practices', 'seo']
        .map((k) => lh(f.results, 'guide')?.scores[k] ?? '–')
        .join(' / '),
  ],
  ['axe violations (all pages)', (f) => String(f.results.pages.reduce((n, p) => n + (p.axe?.violations ?? 0), 0))],
  ['requests off 127.0.0.1', (f) => String(f.results.pages.reduce((n, p) => n + (p.census?.offHost?.length ?? 0), 0))],
  ['Lighthouse benchmarkIndex', (f) => String(Math.round(f.results.tool?.benchmarkIndex ?? 0) || '–')],
  ['load average (1, 5, 15 min) before → after', (f) => f.load],
];
const head = `| figure (mobile, Lighthouse 13, medians; ${RUNS} Lighthouse runs, ${REPEATS} search runs) | ${figures.map((f) => f.site.name).join(' | ')} |`;
const table = [head, `|---|${figures.map(() => '---|').join('')}`];
for (const [label, cell] of rows) table.push(`| ${label} | ${figures.map(cell).join(' | ')} |`);
const text = `${table.join('\n')}\n\nGoals (issue 15): guide TBT < 50 ms, guide JS < 12 KB gz; type → first result < 300 ms unthrottled, < 2,500 ms throttled; second query < 600 ms throttled.\nResults in ${out}.\n`;
writeFileSync(join(out, 'table.md'), text);
console.log(text);
