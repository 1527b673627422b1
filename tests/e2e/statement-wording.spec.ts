import { expect, test } from '@playwright/test';

/** The wording chunks of the statement builder: src/content/statements/{es,en}.yaml, one each. */
const wordingChunk = (url: string) => /\/_astro\/(es|en)\.[\w-]+\.js$/.exec(new URL(url).pathname)?.[1];

test('the builder loads the wording of the statement’s language only, and the other on demand', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    const lang = wordingChunk(request.url());
    if (lang) loaded.push(lang);
  });
  await page.goto('/en/statement-builder/');
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('What happened').fill('some orders were charged twice');
  await expect(page.locator('.statement-preview')).toContainText('charged twice');
  await expect(page.locator('.statement-preview')).toHaveAttribute('lang', 'en');
  expect(loaded).toEqual(['en']);

  await page.getByLabel('Language of the statement').selectOption('es');
  await expect(page.locator('.statement-preview')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.statement-preview')).toContainText('Nuestro equipo');
  expect(loaded).toEqual(['en', 'es']);
});
