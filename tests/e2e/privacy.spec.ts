// Promise 4 of DESIGN.md in normal use: searching, ticking, composing, the service worker; the
// policy blocks what an injection would try. Every page alone: pages.spec.ts.
import { expect, test } from '@playwright/test';
import { watchOrigin as watch } from './quality.ts';
import { gotoHydrated } from './site.ts';

test.describe('normal use raises no CSP violation and stays on the origin', () => {
  // Searching loads Pagefind's code, worker, wasm and index: those must stay local and pass the CSP too.
  for (const lang of ['es', 'en']) {
    test(`searching (${lang})`, async ({ page, baseURL }) => {
      const seen = await watch(page, new URL(baseURL ?? '').origin);
      await gotoHydrated(page, `/${lang}/search/?q=crisis`);
      await expect(page.locator('.search-results a.search-hit').first()).toBeVisible();
      await page.getByRole('searchbox').fill('perfil falso');
      await expect(page.getByRole('status')).toContainText('perfil falso');
      expect(seen.outside).toEqual([]);
      expect(seen.violations).toEqual([]);
    });
  }

  test('ticking, the session panel, the search dialog and composing a statement', async ({ page, baseURL }) => {
    const seen = await watch(page, new URL(baseURL ?? '').origin);
    await gotoHydrated(page, '/en/checklists/');
    await page.locator('.checklist-items input').first().check();
    await page.getByText('Export · Import a file…').click();
    await page.keyboard.press('/');
    await page.keyboard.type('apology');
    await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('status')).toContainText('apology');
    await gotoHydrated(page, '/en/statement-builder/');
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.getByLabel('What happened').fill('SORRY IF ANYONE WAS OFFENDED!!! mistakes were made');
    await expect(page.locator('li.finding').first()).toBeVisible();
    expect(seen.outside).toEqual([]);
    expect(seen.violations).toEqual([]);
  });

  test('with the service worker running, too', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const seen = await watch(page, new URL(baseURL ?? '').origin);
    await gotoHydrated(page, '/es/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await gotoHydrated(page, '/es/guides/response/');
    expect(seen.outside).toEqual([]);
    expect(seen.violations).toEqual([]);
    await context.close();
  });
});

test('the policy blocks what an injection would try: outside images, fetch, <object>, <base>, form posts', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(d: string): void }).reportViolation(e.effectiveDirective),
    );
  });
  await gotoHydrated(page, '/en/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://example.org/pixel.png';
    document.body.append(img);
    const object = document.createElement('object');
    object.data = '/favicon.svg';
    document.body.append(object);
    const base = document.createElement('base');
    base.href = 'https://example.org/';
    document.head.append(base);
    const frame = document.createElement('iframe');
    frame.src = '/en/';
    document.body.append(frame);
    void fetch('https://example.org/beacon').catch(() => {});
    const form = document.createElement('form');
    form.method = 'post';
    form.action = 'https://example.org/collect';
    document.body.append(form);
    form.requestSubmit();
  });
  await expect
    .poll(() => [...new Set(violations)].sort())
    .toEqual(['base-uri', 'connect-src', 'form-action', 'frame-src', 'img-src', 'object-src']);
});
