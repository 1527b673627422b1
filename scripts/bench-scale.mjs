// `npm run bench:scale [-- 100 1000]`: how the build and search grow with the number of guides.
// For each N, copies the project to a temporary folder (node_modules linked, not copied), adds N
// synthetic guides in both languages, each with its own checklist, builds, and reports the build
// time, dist/ size, the Pagefind index per language and the first query's time in Chromium
// (a fresh page: Pagefind's code, wasm and index all load). On demand, not in CI.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const Ns = sizes.length ? sizes : [100, 1000];

/** Deterministic pseudo-random words, so every run indexes the same text. */
function words(seed, count) {
  const syllables = ['ca', 'mi', 'ro', 'te', 'lu', 'sa', 'po', 'ne', 'di', 'ga', 'vo', 're', 'ti', 'mar', 'sol', 'den'];
  const common = ['crisis', 'brand', 'post', 'reply', 'team', 'customers', 'channel', 'update', 'review', 'plan'];
  let x = seed * 2654435761;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  const out = [];
  for (let i = 0; i < count; i++) {
    if (next() % 5 === 0) out.push(common[next() % common.length]);
    else out.push(Array.from({ length: 2 + (next() % 3) }, () => syllables[next() % syllables.length]).join(''));
  }
  return out.join(' ');
}

function addGuides(dir, n) {
  for (let i = 1; i <= n; i++) {
    const id = `synthetic-${String(i).padStart(4, '0')}`;
    const items = Array.from({ length: 6 }, (_, k) => ({ id: `step-${k + 1}`, text: words(i * 100 + k, 8) }));
    const yaml = [
      `title:\n  es: "Lista sintética ${i}"\n  en: "Synthetic list ${i}"`,
      `summary:\n  es: "Una lista generada para medir cómo crece la compilación."\n  en: "A generated list to measure how the build grows."`,
      'mode: read-do',
      'phase: during',
      'items:',
      ...items.map((it) => `  - id: ${it.id}\n    es: "${it.text}"\n    en: "${it.text}"`),
      '',
    ].join('\n');
    writeFileSync(join(dir, 'src/content/checklists', `${id}.yaml`), yaml);
    for (const lang of ['es', 'en']) {
      const sections = Array.from(
        { length: 5 },
        (_, s) => `## ${words(i * 10 + s, 3)}\n\n${words(i * 1000 + s, 60)}.\n\n${words(i * 1000 + s + 500, 60)}.\n`,
      );
      const mdx = [
        '---',
        `title: "${lang === 'es' ? 'Guía sintética' : 'Synthetic guide'} ${i}"`,
        `description: "${lang === 'es' ? 'Una guía generada para medir cómo crecen la compilación y la búsqueda.' : 'A generated guide to measure how the build and the search grow.'}"`,
        `order: ${100 + i}`,
        `checklist: ${id}`,
        '---',
        '',
        `${words(i, 40)}.`,
        '',
        ...sections,
      ].join('\n');
      writeFileSync(join(dir, 'src/content/guides', lang, `${id}.mdx`), mdx);
    }
  }
}

const sizeOf = (path) =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0) : statSync(path).size;
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

/** Pagefind's files for one language: its meta, index chunks, fragments and filters. */
function indexSize(pf, lang) {
  let bytes = 0;
  for (const sub of ['', 'index', 'fragment', 'filter']) {
    for (const f of readdirSync(join(pf, sub))) {
      if (f.startsWith(`${sub ? '' : 'pagefind.'}${lang}_`) && statSync(join(pf, sub, f)).isFile())
        bytes += statSync(join(pf, sub, f)).size;
    }
  }
  return bytes;
}

async function firstQuery(dir, port) {
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/es/`)).ok) break;
      } catch {}
      if (i > 150) throw new Error('preview did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    const found = findBrowser();
    const browser = await chromium.launch({
      args: CHROMIUM_ARGS,
      ...(found.path ? { executablePath: found.path } : {}),
    });
    const times = {};
    for (const lang of ['es', 'en']) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${base}/${lang}/search/`);
      await page.locator('astro-island[ssr]').waitFor({ state: 'detached' });
      const t0 = Date.now();
      await page.getByRole('searchbox').fill('crisis');
      await page.locator('.search-hit').first().waitFor();
      times[lang] = Date.now() - t0;
      await context.close();
    }
    await browser.close();
    return times;
  } finally {
    server.kill();
  }
}

const results = [];
for (const n of Ns) {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${n}-`));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'src/content/guides/es'), { recursive: true });
  addGuides(dir, n);
  console.log(`N=${n}: building in ${dir}…`);
  const t0 = Date.now();
  execFileSync('npx', ['astro', 'build'], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const build = (Date.now() - t0) / 1000;
  const dist = join(dir, 'dist');
  const pf = join(dist, 'pagefind');
  const query = await firstQuery(dir, 4480 + (n % 100));
  const row = {
    guides: n,
    'guide pages': readdirSync(join(dist, 'es', 'guides')).filter((f) => !f.endsWith('.html')).length * 2,
    build: `${build.toFixed(0)} s`,
    dist: mb(sizeOf(dist)),
    'index es': kb(indexSize(pf, 'es')),
    'index en': kb(indexSize(pf, 'en')),
    'first query es': `${query.es} ms`,
    'first query en': `${query.en} ms`,
  };
  results.push(row);
  console.log(row);
  rmSync(dir, { recursive: true, force: true });
}
console.table(results);
