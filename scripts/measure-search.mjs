// Search figures for the notes, in one command: index size per language, then, on a guide page in
// a fresh browser (nothing cached), the time from pressing `/` and typing to the first result,
// unthrottled and throttled (Lighthouse's mobile profile: 4× CPU slowdown, 562.5 ms round trip,
// 1474.56 kbps down, 675 kbps up), the time a second query takes, throttled, and the requests and
// bytes one search costs. Medians of RUNS runs per language (default 3). Needs a build and Chromium.
// Usage: npm run build && npm run measure:search        (RUNS=5 PORT=4329 to change)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const dist = resolve(import.meta.dirname, '../dist');
const pf = join(dist, 'pagefind');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const RUNS = Number(process.env.RUNS ?? 3);
const port = Number(process.env.PORT ?? 4329);

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
  const chunks = readdirSync(join(pf, 'index')).filter((f) => f.startsWith(`${lang}_`));
  const chunkBytes = chunks.reduce((n, f) => n + statSync(join(pf, 'index', f)).size, 0);
  console.log(
    `${lang}: ${entry.page_count} records; meta ${kb(statSync(join(pf, meta)).size)}, wasm ${kb(statSync(join(pf, wasm)).size)}, ${chunks.length} index chunks (${kb(chunkBytes)})`,
  );
}
console.log(
  `fragments (both languages): ${kb(sizeOf(join(pf, 'fragment')))}; pagefind.js ${kb(gzipSync(readFileSync(join(pf, 'pagefind.js'))).length)} gzip`,
);

// The built site, served by `astro preview` on 127.0.0.1.
// Its own process group, so the end of this script ends the server too (npx's child included).
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {}
};
process.on('exit', stopServer);
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${base}/es/`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 200));
}

const found = findBrowser();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(found.path ? { executablePath: found.path } : {}) });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// What people type first, and then: two different words, so the second may need another chunk.
const QUERIES = {
  es: [
    ['comunicado de espera', 'perfil falso'],
    ['sin comentarios', 'relevo de turno'],
    ['brecha de datos', 'sitio oculto'],
    ['qué hacer primero', 'quién aprueba'],
    ['aliados', 'línea base'],
  ],
  en: [
    ['holding statement', 'fake account'],
    ['no comment', 'shift handover'],
    ['data breach', 'dark site'],
    ['what do I do first', 'who approves'],
    ['allies', 'baseline'],
  ],
};

/** Whether `locator` shows up within a minute. */
const shows = (locator) =>
  locator.waitFor({ timeout: 60_000 }).then(
    () => true,
    () => false,
  );

/** One fresh visit to a guide: `/`, type, first result; then a second query. */
async function visit(lang, [first, second], throttled) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttled) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: (1474.56 * 1024) / 8,
      uploadThroughput: (675 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.goto(`${base}/${lang}/guides/response/`, { waitUntil: 'networkidle' });
  const requests = [];
  page.on('requestfinished', (r) => requests.push(r));
  const dialog = page.locator('#search-dialog');
  const t0 = Date.now();
  await page.keyboard.press('/');
  await page.keyboard.type(first);
  // A run that shows nothing within a minute is reported and left out of the medians.
  const missed = async (query) => {
    const shown = await dialog
      .locator('.search-status')
      .textContent({ timeout: 1000 })
      .catch(() => 'the panel never mounted');
    console.log(`  ${lang} "${query}"${throttled ? ' throttled' : ''}: no result after 60 s (status: "${shown}")`);
    await context.close();
  };
  if (!(await shows(dialog.locator('.search-hit').first()))) return missed(first);
  const firstMs = Date.now() - t0;
  const oneSearch = [...requests];
  const bytes = (await Promise.all(oneSearch.map((r) => r.sizes()))).reduce(
    (n, s) => n + s.responseBodySize + s.responseHeadersSize,
    0,
  );
  const box = page.locator('#dialog-q');
  await box.fill('');
  const t1 = Date.now();
  await box.pressSequentially(second);
  if (!(await shows(dialog.locator('.search-status', { hasText: second })))) return missed(second);
  await dialog.locator('.search-hit').first().waitFor();
  const secondMs = Date.now() - t1;
  await context.close();
  return { firstMs, secondMs, requests: oneSearch.length, bytes };
}

console.log(`\ntype → first result, medians of ${RUNS} fresh visits per language (the machine's load adds to these)`);
for (const lang of ['es', 'en']) {
  const row = {};
  for (const throttled of [false, true]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await visit(lang, QUERIES[lang][i % QUERIES[lang].length], throttled);
      if (run) runs.push(run);
    }
    row[throttled ? 'throttled' : 'fast'] = {
      first: median(runs.map((r) => r.firstMs)),
      second: median(runs.map((r) => r.secondMs)),
      requests: median(runs.map((r) => r.requests)),
      bytes: median(runs.map((r) => r.bytes)),
    };
  }
  const { fast, throttled } = row;
  console.log(
    `${lang}: unthrottled ${fast.first} ms (second query ${fast.second} ms); throttled ${throttled.first} ms, second query ${throttled.second} ms; one search ${fast.requests} requests, ${kb(fast.bytes)}`,
  );
}
console.log('goals: unthrottled < 300 ms; throttled < 2500 ms, second query < 600 ms');
await browser.close();
stopServer();
