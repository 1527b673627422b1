// Promise 4 of DESIGN.md: no request leaves the site's own origin, no cookie is set, and the
// strict Content-Security-Policy holds on every page of the sitemap, in normal use.
import { expect, type Page, test } from '@playwright/test';
import { builtPages, gotoHydrated, sitemapPaths } from './site.ts';

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

/** The page's policy as directive → sources. */
async function policyOf(page: Page): Promise<Record<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const policy: Record<string, string[]> = {};
  for (const part of (content ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy[name] = sources;
  }
  return policy;
}

const HASH = /^'sha256-[A-Za-z0-9+/]+=*'$/;

/** Exactly what the site uses (docs/architecture.md, "Security policy"). */
function expectStrictPolicy(policy: Record<string, string[]>) {
  expect(policy['default-src']).toEqual(["'none'"]);
  expect(policy['img-src']).toEqual(["'self'", 'blob:']);
  expect(policy['connect-src']).toEqual(["'self'"]);
  expect(policy['worker-src']).toEqual(["'self'"]);
  expect(policy['manifest-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'none'"]);
  expect(policy['form-action']).toEqual(["'self'"]);
  expect(policy['frame-src']).toEqual(["'none'"]);
  const [scriptSelf, wasm, ...scriptHashes] = policy['script-src'] ?? [];
  expect([scriptSelf, wasm]).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  for (const source of scriptHashes) expect(source).toMatch(HASH);
  const [styleSelf, ...styleHashes] = policy['style-src'] ?? [];
  expect(styleSelf).toBe("'self'");
  for (const source of styleHashes) expect(source).toMatch(HASH);
  expect(Object.keys(policy).sort()).toEqual(
    [
      'default-src',
      'img-src',
      'connect-src',
      'worker-src',
      'manifest-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-src',
      'script-src',
      'style-src',
    ].sort(),
  );
}

test('the sitemap lists every built page', () => {
  const listed = sitemapPaths();
  expect(listed.length).toBeGreaterThan(20);
  expect([...listed].sort()).toEqual(builtPages());
});

test.describe('every page of the sitemap: strict CSP, no request outside 127.0.0.1, no violation, no cookie', () => {
  for (const path of sitemapPaths()) {
    test(path, async ({ page, context, baseURL }) => {
      const seen = await watch(page, new URL(baseURL ?? '').origin);
      await gotoHydrated(page, path);
      expectStrictPolicy(await policyOf(page));
      expect(seen.outside).toEqual([]);
      expect(seen.violations).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  }
});

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
