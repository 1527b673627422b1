import { expect, test } from '@playwright/test';

test.describe('home pages', () => {
  for (const [lang, heading, crisisDoor, learnDoor] of [
    ['es', 'Gestión de crisis en redes sociales, paso a paso', 'Hay una crisis ahora mismo', 'Quiero aprender'],
    ['en', 'Social-media crisis management, step by step', 'A crisis is happening now', 'I want to learn'],
  ] as const) {
    test(`${lang} home shows both doors and the search box`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('link', { name: new RegExp(crisisDoor) })).toHaveAttribute(
        'href',
        `/${lang}/crisis/`,
      );
      await expect(page.getByRole('link', { name: new RegExp(learnDoor) })).toHaveAttribute('href', `/${lang}/guides/`);
      await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
    });
  }

  test('the search box on the home page leads to results', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('search').getByRole('searchbox').fill('holding statement');
    await page.getByRole('search').getByRole('button').click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=holding\+statement/);
    await expect(page.locator('.search-results a.search-hit').first()).toBeVisible();
  });
});

test.describe('the root address', () => {
  test('sends an English browser to English', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });

  test('sends a Spanish browser to Spanish', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/es\/$/);
    await context.close();
  });

  test('sends any other language to Spanish, the default', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/es\/$/);
    await context.close();
  });

  test('offers plain links when scripts are off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('link', { name: 'Español' })).toHaveAttribute('href', '/es/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await context.close();
  });
});

test.describe('language switch', () => {
  test('keeps the reader on the same guide', async ({ page }) => {
    await page.goto('/es/guides/escalation/');
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(page).toHaveURL(/\/en\/guides\/escalation\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Lee esta página en español' }).click();
    await expect(page).toHaveURL(/\/es\/guides\/escalation\/$/);
  });

  for (const path of ['/es/', '/es/guides/', '/es/checklists/', '/es/search/']) {
    test(`keeps the section from ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.getByRole('link', { name: 'Read this page in English' }).click();
      await expect(page).toHaveURL(new RegExp(`${path.replace('/es/', '/en/')}$`));
    });
  }

  test('the header marks the current section', async ({ page }) => {
    await page.goto('/en/guides/monitoring/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});

test('an unknown address shows the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/es/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Página no encontrada' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
