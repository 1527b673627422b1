// Compares two builds of the site as people see them: the same pages and states (phone and
// desktop, light and dark, touch, print, a few interactions) are opened in both, and for each
// the script reports the elements whose computed style differs and the pixels that differ.
// No server needed: both builds are served to Chromium from their folders.
// Usage: node scripts/compare-builds.mjs BEFORE_DIST AFTER_DIST [OUT_DIR] [state-name-filter]
// (DEEP=1 compares computed styles in every state, not only in the first sets.)
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const [beforeDir, afterDir, out = '/tmp/compare-builds', only = ''] = process.argv.slice(2);
if (!beforeDir || !afterDir) throw new Error('usage: compare-builds.mjs BEFORE_DIST AFTER_DIST [OUT_DIR] [filter]');
mkdirSync(out, { recursive: true });

const TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const builds = { before: resolve(beforeDir), after: resolve(afterDir) };

/** Serves http://before.test/… and http://after.test/… from the two folders. */
async function serve(context) {
  await context.route(/^http:\/\/(before|after)\.test\//, async (route) => {
    const url = new URL(route.request().url());
    const root = builds[url.hostname.split('.')[0]];
    let file = join(root, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      await route.fulfill({ status: 404, contentType: 'text/html', body: readFileSync(join(root, '404.html')) });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
}

const phone = { width: 375, height: 812 };
const desktop = { width: 1280, height: 900 };
const tick = async (page) => {
  const box = page.locator('.checklist-items input:not([disabled])').first();
  await box.check();
  await page.locator('.checklist-actions button.button-small:not([disabled])').first().click();
  await page.locator('fieldset.confirm').first().waitFor();
  for (const s of await page.locator('.run-panel summary').all()) await s.click();
};
const builder = async (page) => {
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Brand').fill('Café Lumbre');
  await page.getByLabel('What happened').fill('some app orders were charged twice this morning');
  await page.getByRole('button', { name: 'Edit the text' }).click();
  await page.getByLabel('Text for Website').fill('We are SORRY if anyone was offended by the double charges.');
  await page.getByRole('button', { name: 'Show the preview' }).click();
  await page.locator('li.finding-error').first().waitFor();
  await page.getByRole('button', { name: 'X', exact: true }).click();
  await page.getByRole('button', { name: 'Delete the draft' }).click();
};
const dialog = async (page) => {
  await page.keyboard.press('/');
  await page.keyboard.type('troll');
  await page.locator('#search-dialog .search-results > li').first().waitFor();
};

const states = [];
// Every page kind in four sets; computed styles on the first (slow to collect), pixels on all.
for (const [lang, scheme, size, deep] of [
  ['es', 'light', 'phone', true],
  ['en', 'dark', 'desktop', true],
  ['en', 'light', 'desktop', false],
  ['es', 'dark', 'phone', false],
])
  for (const path of [
    '/',
    'guides/',
    'guides/escalation/',
    'guides/what-is-a-crisis/',
    'checklists/',
    'statement-builder/',
    'search/?q=troll',
  ])
    states.push({
      name: `${lang}-${scheme}-${size}-${path}`,
      url: `/${lang}/${path === '/' ? '' : path}`,
      viewport: size === 'phone' ? phone : desktop,
      scheme,
      deep,
    });
for (const scheme of ['light', 'dark']) {
  states.push({ name: `root-${scheme}`, url: '/', viewport: phone, scheme, js: false });
  states.push({ name: `404-${scheme}`, url: '/nowhere/', viewport: desktop, scheme });
  states.push({
    name: `touch-checklists-${scheme}`,
    url: '/es/checklists/',
    viewport: phone,
    scheme,
    touch: true,
    act: tick,
  });
  states.push({
    name: `touch-builder-${scheme}`,
    url: '/en/statement-builder/',
    viewport: phone,
    scheme,
    touch: true,
    act: builder,
  });
  states.push({ name: `ticked-checklists-${scheme}`, url: '/en/checklists/', viewport: desktop, scheme, act: tick });
  states.push({ name: `builder-${scheme}`, url: '/en/statement-builder/', viewport: desktop, scheme, act: builder });
  states.push({ name: `dialog-phone-${scheme}`, url: '/es/guides/escalation/', viewport: phone, scheme, act: dialog });
  states.push({ name: `dialog-desktop-${scheme}`, url: '/en/guides/', viewport: desktop, scheme, act: dialog });
}
states.push({
  name: 'print-checklists',
  url: '/es/checklists/',
  viewport: desktop,
  scheme: 'light',
  print: true,
  act: tick,
});
states.push({ name: 'print-guide', url: '/en/guides/escalation/', viewport: desktop, scheme: 'light', print: true });
states.push({ name: 'print-builder', url: '/en/statement-builder/', viewport: desktop, scheme: 'light', print: true });
states.push({ name: 'print-home', url: '/es/', viewport: desktop, scheme: 'light', print: true });
states.push({
  name: 'narrow-320-guide',
  url: '/es/guides/escalation/',
  viewport: { width: 320, height: 640 },
  scheme: 'light',
});
states.push({
  name: 'narrow-320-checklists',
  url: '/es/checklists/',
  viewport: { width: 320, height: 640 },
  scheme: 'dark',
});

// The interactive, print and touch states first: they exercise the most rules.
for (const s of states) s.deep ??= true;
states.sort((a, b) => Number(/^e[sn]-/.test(a.name)) - Number(/^e[sn]-/.test(b.name)));

/** Every element's computed style (and its ::before/::after), keyed by its position in the tree. */
function collect() {
  const result = {};
  const pathOf = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const i = e.parentElement ? [...e.parentElement.children].indexOf(e) : 0;
      parts.unshift(`${e.tagName.toLowerCase()}${i}`);
    }
    return parts.join('>');
  };
  const label = (el) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
  for (const el of document.querySelectorAll('*')) {
    if (el.closest('head')) continue;
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      if (pseudo && (cs.content === 'none' || cs.content === 'normal')) continue;
      const style = {};
      for (let i = 0; i < cs.length; i++) style[cs[i]] = cs.getPropertyValue(cs[i]);
      result[`${pathOf(el)}${pseudo ?? ''}`] = { label: label(el) + (pseudo ?? ''), style };
    }
  }
  return result;
}

async function open(browser, build, state) {
  const context = await browser.newContext({
    viewport: state.viewport,
    colorScheme: state.scheme,
    reducedMotion: 'reduce',
    deviceScaleFactor: 1,
    javaScriptEnabled: state.js !== false,
    ...(state.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  await serve(context);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-03-02T10:30:00Z'));
  await page.goto(`http://${build}.test${state.url}`, { waitUntil: 'networkidle' });
  if (state.act) await state.act(page);
  if (state.print) await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(200);
  const styles = state.deep || process.env.DEEP ? await page.evaluate(collect) : {};
  const png = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  await context.close();
  return { styles, png };
}

async function pixels(a, b, file) {
  const [ra, rb] = await Promise.all(
    [a, b].map((p) => sharp(p).ensureAlpha().raw().toBuffer({ resolveWithObject: true })),
  );
  if (ra.info.width !== rb.info.width || ra.info.height !== rb.info.height)
    return `size ${ra.info.width}x${ra.info.height} → ${rb.info.width}x${rb.info.height}`;
  let diff = 0;
  const mask = Buffer.alloc(ra.data.length);
  for (let i = 0; i < ra.data.length; i += 4) {
    const same = ra.data.readUInt32LE(i) === rb.data.readUInt32LE(i);
    if (!same) diff++;
    mask.writeUInt32LE(same ? 0xffffffff : 0xff0000ff, i);
  }
  if (diff) await sharp(mask, { raw: ra.info }).png().toFile(file);
  return diff;
}

const found = findBrowser();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(found.path ? { executablePath: found.path } : {}) });
let failures = 0;
for (const state of states.filter((s) => s.name.includes(only))) {
  const started = Date.now();
  const safe = state.name.replace(/[^a-z0-9-]+/gi, '_');
  const [a, b] = [await open(browser, 'before', state), await open(browser, 'after', state)];
  const lines = [];
  const keys = new Set([...Object.keys(a.styles), ...Object.keys(b.styles)]);
  for (const key of keys) {
    const x = a.styles[key];
    const y = b.styles[key];
    if (!x || !y) {
      lines.push(`  ${(x ?? y).label}: only ${x ? 'before' : 'after'}`);
      continue;
    }
    const props = Object.keys(x.style).filter((p) => x.style[p] !== y.style[p]);
    if (props.length) lines.push(`  ${x.label}: ${props.map((p) => `${p} ${x.style[p]} → ${y.style[p]}`).join('; ')}`);
  }
  const px = await pixels(a.png, b.png, `${out}/${safe}.diff.png`);
  const ok = !lines.length && px === 0;
  if (!ok) {
    failures++;
    await sharp(a.png).toFile(`${out}/${safe}.before.png`);
    await sharp(b.png).toFile(`${out}/${safe}.after.png`);
  }
  console.log(
    `${ok ? 'same' : 'DIFF'} ${state.name}: ${lines.length} elements, pixels ${px} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  for (const l of lines.slice(0, 15)) console.log(l);
}
await browser.close();
console.log(failures ? `\n${failures} states differ (see ${out})` : '\nevery state looks the same');
process.exit(failures ? 1 : 0);
