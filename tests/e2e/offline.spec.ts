// Offline after one visit (issue 14): the service worker precaches the site, search included,
// and a new deployment is offered with a banner, never forced on someone typing.
import { expect, type Page, test } from '@playwright/test';
import { gotoHydrated } from './site.ts';

test.use({ serviceWorkers: 'allow' });

/** Opens a page and waits until the service worker has installed (precached) and controls it. */
async function visitOnce(page: Page, path: string) {
  await gotoHydrated(page, path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after one visit the site works offline: another language, search, ticks, the builder, 404', async ({
  page,
  context,
}) => {
  await visitOnce(page, '/es/guides/monitoring/');
  await context.setOffline(true);

  await gotoHydrated(page, '/en/guides/escalation/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/Crisis Playbook/);

  // Search: Pagefind's code, wasm and index come from the cache (its `?ts=` entry included).
  await page.keyboard.press('/');
  await page.keyboard.type('apology');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('status')).toContainText('apology');
  const hit = dialog.locator('a.search-hit').first();
  const href = (await hit.getAttribute('href')) ?? '';
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A tick, offline, survives a reload.
  await gotoHydrated(page, '/en/checklists/');
  const first = page.locator('.checklist-items input[type=checkbox]').first();
  await first.check();
  await page.reload();
  await expect(first).toBeEnabled();
  await expect(first).toBeChecked();

  // The statement builder opens and composes.
  await gotoHydrated(page, '/en/statement-builder/');
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Brand').fill('Café Lumbre');
  await expect(page.locator('.statement-preview')).toContainText('Café Lumbre');

  // An address that is not a page: the cached 404 page, not the browser's offline error.
  await page.goto('/en/no-such-page/');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  // The section titles a drill debrief names its readings with.
  const titles = await page.evaluate(() => fetch('/es/sections.json').then((r) => r.json()));
  expect(Object.keys(titles).length).toBeGreaterThan(50);
});

/**
 * What a new deployment looks like to an open page: a new worker script for the same scope
 * installs beside the one in control and waits. (The browser fetches worker scripts itself, out
 * of reach of Playwright's routing, so the new script is the same file under a new URL.)
 */
const deployNextVersion = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js?next-deployment');
  });

test('a new deployment is offered with a banner; Reload switches to it', async ({ page }) => {
  await visitOnce(page, '/en/guides/response/');
  const banner = page.getByRole('status').filter({ hasText: 'A new version of this playbook is ready.' });
  await expect(banner).toBeHidden();
  await deployNextVersion(page);
  await expect(banner).toBeVisible();
  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Reload' }).click();
  // The page reloads under the new worker. (The reloaded page registers /sw.js again, which to
  // the browser is one more new version: the simulation's artefact, so the banner may come back.)
  await reloaded;
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/sw\.js\?next-deployment$/);
});

test('the banner waits while someone is typing', async ({ page }) => {
  await visitOnce(page, '/es/statement-builder/');
  await page.getByRole('button', { name: 'Nuevo borrador' }).click();
  const field = page.getByLabel('Marca');
  await field.click();
  await page.keyboard.type('Café Lum');
  await deployNextVersion(page);
  // The new version is downloaded and waiting…
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)))
    .toBe(true);
  const banner = page.getByRole('status').filter({ hasText: 'Hay una versión nueva de esta guía.' });
  // …but nothing interrupts the typing, and nothing reloads.
  await expect(banner).toBeHidden();
  await page.keyboard.type('bre');
  await expect(field).toHaveValue('Café Lumbre');
  // Leaving the field lets the offer appear.
  await page.keyboard.press('Tab');
  await expect(banner).toBeVisible();
  await expect(field).toHaveValue('Café Lumbre');
});

test.describe('installable', () => {
  for (const lang of ['es', 'en'] as const) {
    test(`${lang}: the page links a valid manifest whose icons exist at their sizes`, async ({ page, request }) => {
      await page.goto(`/${lang}/guides/`);
      const href = await page.locator('link[rel=manifest]').getAttribute('href');
      expect(href).toBe(`/${lang}/manifest.webmanifest`);
      const response = await request.get(href ?? '');
      expect(response.ok()).toBe(true);
      expect(response.headers()['content-type']).toMatch(/^application\/(manifest\+)?json/);
      const manifest = await response.json();
      expect(manifest).toMatchObject({
        id: `/${lang}/`,
        lang,
        name: 'Crisis Playbook',
        short_name: expect.any(String),
        start_url: `/${lang}/#crisis`,
        display: 'standalone',
        theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
        background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      });
      expect(manifest.short_name.length).toBeLessThanOrEqual(12);
      // Chromium's own manifest parser finds nothing to complain about.
      const cdp = await page.context().newCDPSession(page);
      const parsed = await cdp.send('Page.getAppManifest', {});
      expect(parsed.errors).toEqual([]);
      expect(parsed.url).toMatch(new RegExp(`/${lang}/manifest\\.webmanifest$`));
      // The start page exists and holds the crisis door it points at.
      await page.goto(manifest.start_url);
      await expect(page.locator('#crisis')).toBeVisible();

      const sizes: string[] = [];
      for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
        const file = await request.get(icon.src);
        expect(file.ok(), icon.src).toBe(true);
        expect(file.headers()['content-type']).toContain(icon.type);
        if (icon.type === 'image/png') {
          // PNG header: width and height are the big-endian integers at bytes 16 and 20.
          const body = await file.body();
          expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
        }
        sizes.push(`${icon.sizes} ${icon.purpose}`);
      }
      expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    });
  }
});
