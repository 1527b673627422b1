// Screenshots of the built site for looking at by eye: phone and desktop, both languages,
// light and dark. Usage: npm run build && npm run preview (elsewhere), then
//   node scripts/screenshots.mjs [baseURL] [outDir] [path ...]
// FULL=0 takes only the viewport (use a path with #anchor to look at one part of a page).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const [base = 'http://127.0.0.1:4321', out = 'screenshots', ...only] = process.argv.slice(2);
const pages = only.length ? only : ['/', 'guides/', 'guides/what-is-a-crisis/', 'checklists/', 'search/?q=troll'];
const sizes = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
];
mkdirSync(out, { recursive: true });

const found = findBrowser();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(found.path ? { executablePath: found.path } : {}) });
for (const lang of ['es', 'en']) {
  for (const scheme of ['light', 'dark']) {
    for (const size of sizes) {
      const page = await browser.newPage({
        viewport: size,
        colorScheme: scheme,
        reducedMotion: 'reduce',
        deviceScaleFactor: 1,
      });
      for (const path of pages) {
        const url = `${base}/${lang}/${path === '/' ? '' : path}`;
        await page.goto(url, { waitUntil: 'networkidle' });
        await page.waitForTimeout(300);
        const name = `${lang}-${scheme}-${size.name}-${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL !== '0' });
      }
      await page.close();
    }
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
