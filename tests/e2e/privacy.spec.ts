// Promise 4 of DESIGN.md: no request leaves the site's own origin, and the CSP holds.
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

test('no page requests anything outside 127.0.0.1, and no CSP violation is reported', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const outside: string[] = [];
  const violations: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content-Security-Policy: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  // Searching loads Pagefind's code, wasm and index: those must stay local and pass the CSP too.
  for (const lang of ['es', 'en']) {
    await page.goto(`/${lang}/search/?q=crisis`, { waitUntil: 'networkidle' });
    await expect(page.locator('.search-results a.search-hit').first()).toBeVisible();
  }
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});

test('every page has a content security policy', async ({ request }) => {
  for (const path of builtPages()) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src/);
  }
});
