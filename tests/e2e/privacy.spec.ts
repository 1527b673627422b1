// Promise 4 of DESIGN.md: no request leaves the site's own origin, and the CSP holds.
import { expect, type Page, test } from '@playwright/test';
import { builtPages, gotoHydrated } from './site.ts';

/** Aborts and records every request to another origin; records every CSP violation. */
async function watch(page: Page, origin: string) {
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
  return { outside, violations };
}

test.describe('no request outside 127.0.0.1, and no CSP violation is reported', () => {
  test('the site has pages to check', () => {
    expect(builtPages().length).toBeGreaterThan(20);
  });

  for (const path of builtPages()) {
    test(path, async ({ page, baseURL }) => {
      const seen = await watch(page, new URL(baseURL ?? '').origin);
      await gotoHydrated(page, path);
      expect(seen.outside).toEqual([]);
      expect(seen.violations).toEqual([]);
    });
  }

  // Searching loads Pagefind's code, wasm and index: those must stay local and pass the CSP too.
  for (const lang of ['es', 'en']) {
    test(`searching (${lang})`, async ({ page, baseURL }) => {
      const seen = await watch(page, new URL(baseURL ?? '').origin);
      await gotoHydrated(page, `/${lang}/search/?q=crisis`);
      await expect(page.locator('.search-results a.search-hit').first()).toBeVisible();
      expect(seen.outside).toEqual([]);
      expect(seen.violations).toEqual([]);
    });
  }
});

test('every page has a content security policy', async ({ request }) => {
  for (const path of builtPages()) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src/);
  }
});
