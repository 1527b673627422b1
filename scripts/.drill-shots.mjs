import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';
const base = 'http://127.0.0.1:4334';
const found = findBrowser();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(found.path ? { executablePath: found.path } : {}) });
const combos = [
  ['en', 'light', 1280],
  ['en', 'dark', 375],
  ['es', 'light', 375],
  ['es', 'dark', 1280],
];
for (const [lang, scheme, width] of combos) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  await page.clock.install({ time: new Date('2026-12-02T10:00:00Z') });
  await page.goto(`${base}/${lang}/training/defective-headphones/`);
  await page.waitForSelector('astro-island:not([ssr]) .drill-start');
  await page.screenshot({ path: `/tmp/drill-shots/${lang}-${scheme}-${width}-start.png`, fullPage: false });
  await page.locator('.drill-start button[type=submit]').click();
  await page.waitForURL(`**/${lang}/crisis/`);
  await page.waitForSelector('.drill-panel [data-drill-clock]');
  await page.clock.fastForward(50_000);
  await page.waitForSelector('.drill-decision form');
  await page.screenshot({ path: `/tmp/drill-shots/${lang}-${scheme}-${width}-play.png`, fullPage: false });
  await page.locator('.drill-decision input[type=radio]').nth(1).check();
  await page.locator('.drill-decision button[type=submit]').click();
  await page.waitForSelector('.drill-feedback');
  await page.goto(`${base}/${lang}/checklists/`);
  await page.waitForSelector('#incident-banner:not([hidden])');
  await page.screenshot({ path: `/tmp/drill-shots/${lang}-${scheme}-${width}-banner.png`, fullPage: false });
  await page.goto(`${base}/${lang}/crisis/`);
  await page.waitForSelector('.drill-panel [data-drill-clock]');
  await page.locator('.drill-panel > button, .drill-panel button.button-quiet').last().click();
  await page.locator('.drill-panel .confirm .button-danger').click();
  await page.waitForSelector('.drill-debrief .drill-score');
  await page.locator('.drill-debrief').screenshot({ path: `/tmp/drill-shots/${lang}-${scheme}-${width}-debrief.png` });
  await page.close();
}
await browser.close();
console.log('done');
