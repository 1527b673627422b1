import { expect, test } from '@playwright/test';
import { gotoHydrated } from './site.ts';

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

  test('checklist items and glossary terms are found on their own', async ({ page }) => {
    await page.goto('/en/search/?q=impersonator');
    const items = page.getByRole('region', { name: 'In the checklists' }).locator('.search-hit');
    await expect(items.first()).toBeVisible();
    await expect(items.first()).toHaveAttribute('href', /^\/en\/checklists\/#identify-profiles--/);
    await page.getByRole('searchbox').fill('troll');
    const term = page.getByRole('region', { name: 'In the glossary' }).locator('.search-hit').first();
    await expect(term).toHaveAttribute('href', '/en/guides/glossary/#troll');
    await term.click();
    await expect(page).toHaveURL(/\/en\/guides\/glossary\/#troll$/);
    await expect(page.locator('#troll')).toBeInViewport();
  });

  test('a checklist item result lands on its checkbox', async ({ page }) => {
    await page.goto('/es/search/?q=perfil falso');
    const item = page.getByRole('region', { name: 'En las listas de control' }).locator('.search-hit').first();
    const href = (await item.getAttribute('href')) ?? '';
    await item.click();
    await expect(page.locator(href.slice(href.indexOf('#')))).toBeInViewport();
  });

  test('filters narrow the results to one kind', async ({ page }) => {
    await page.goto('/es/search/?q=perfil falso');
    const filters = page.getByRole('group', { name: 'Filtrar por tipo' });
    await expect(filters.getByRole('button', { name: 'Todo' })).toHaveAttribute('aria-pressed', 'true');
    await filters.getByRole('button', { name: 'Glosario' }).click();
    await expect(filters.getByRole('button', { name: 'Glosario' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.search-group')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'En el glosario' })).toBeVisible();
    for (const href of await page.locator('.search-hit').evaluateAll((l) => l.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/es\/guides\/glossary\//);
    }
  });

  test('accents are optional', async ({ page }) => {
    await page.goto('/es/search/?q=gestion');
    await expect(page.locator('.search-hit').first()).toBeVisible();
    await expect(page.locator('.search-results mark').first()).toContainText(/gesti[oó]n/i);
  });

  test('the empty state offers searches that work and the guides index', async ({ page }) => {
    await page.goto('/es/search/?q=zzqxj');
    await expect(page.getByRole('status')).toContainText('No hay resultados para “zzqxj”');
    await expect(page.getByRole('link', { name: 'Ver todas las guías' })).toHaveAttribute('href', '/es/guides/');
    await page.getByRole('button', { name: 'perfil falso' }).click();
    await expect(page.getByRole('searchbox')).toHaveValue('perfil falso');
    await expect(page.locator('.search-hit').first()).toBeVisible();
  });

  test('search code and index load only when the user searches', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await gotoHydrated(page, '/en/search/');
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox').fill('apology');
    await expect(page.locator('.search-results a.search-hit').first()).toBeVisible();
    expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  });
});
