import { expect, test } from '@playwright/test';

test.describe('search', () => {
  for (const [lang, query, guide] of [
    ['es', 'seudónimos', '/es/guides/profiles/'],
    ['es', 'matriz de escalado', '/es/guides/escalation/'],
    ['en', 'holding statement', '/en/guides/response/'],
    ['en', 'impersonator', '/en/guides/profiles/'],
    ['en', 'escalation matrix', '/en/guides/escalation/'],
  ] as const) {
    test(`${lang}: "${query}" finds ${guide}`, async ({ page }) => {
      await page.goto(`/${lang}/search/`);
      await page.getByRole('searchbox').fill(query);
      const hits = page.locator('.search-results a.search-hit');
      await expect(hits.first()).toBeVisible();
      const urls = await hits.evaluateAll((links) =>
        links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(urls).toContain(guide);
    });
  }

  test('finds a word typed in the guide, and only in the page language', async ({ page }) => {
    await page.goto('/en/search/?q=Lumbre');
    const hits = page.locator('.search-results a.search-hit');
    await expect(hits.first()).toBeVisible();
    const urls = await hits.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url).toMatch(/^\/en\//);
  });

  test('a result opens the guide', async ({ page }) => {
    await page.goto('/es/search/?q=troll');
    await page.locator('.search-results a.search-hit').first().click();
    await expect(page).toHaveURL(/\/es\/guides\//);
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/en/search/');
    await page.getByRole('searchbox').fill('zzzxqj');
    await expect(page.getByRole('status')).toHaveText(
      'Nothing matches “zzzxqj”. Try another word or browse the guides.',
    );
  });

  test('hostile text is shown as text', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('/es/search/');
    await page.getByRole('searchbox').fill('<img src=x onerror=alert(1)>');
    await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
    await expect(page.locator('main img')).toHaveCount(0);
  });

  test('search code and index load only when the user searches', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/en/search/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox').fill('apology');
    await expect(page.locator('.search-results a.search-hit').first()).toBeVisible();
    expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  });
});
