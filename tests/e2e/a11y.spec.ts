// axe, one test per page (light, then dark on the same load) and per guide on a phone, so a slow
// page fails alone instead of taking the whole pass down with it.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { builtPages, gotoHydrated } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const violationsOf = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
    (v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
  );

test.describe('axe finds no violations, light and dark', () => {
  for (const path of builtPages()) {
    test(path, async ({ page }) => {
      // Islands hydrated, so the interactive state is what gets checked; then the same page in
      // dark mode (one load, two passes: half the navigations of a test per scheme).
      await gotoHydrated(page, path);
      const light = await violationsOf(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await violationsOf(page);
      expect({ light, dark }).toEqual({ light: [], dark: [] });
    });
  }
});

test.describe('axe on a phone and in interactive states', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test.describe('guides with wide tables', () => {
    for (const lang of ['es', 'en']) {
      for (const guide of ['escalation', 'profiles', 'response', 'monitoring', 'crisis-plan']) {
        test(`${lang}/${guide}`, async ({ page }) => {
          await gotoHydrated(page, `/${lang}/guides/${guide}/`);
          expect(await violationsOf(page)).toEqual([]);
        });
      }
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`interactive states (${colorScheme})`, () => {
      test.use({ colorScheme });

      test('search dialog with results', async ({ page }) => {
        await gotoHydrated(page, '/es/guides/monitoring/');
        await page.keyboard.press('/');
        await page.keyboard.type('perfil falso');
        await expect(page.locator('#search-dialog').getByRole('status')).toContainText('perfil falso');
        await expect(page.locator('#search-dialog .search-hit').first()).toBeVisible();
        expect(await violationsOf(page)).toEqual([]);
      });

      test('builder with findings', async ({ page }) => {
        await gotoHydrated(page, '/en/statement-builder/');
        await page.getByRole('button', { name: 'New draft' }).click();
        await page.getByLabel('What happened').fill('SORRY IF ANYONE WAS OFFENDED!!! mistakes were made');
        await page.getByRole('button', { name: 'X', exact: true }).click();
        await expect(page.locator('li.finding').first()).toBeVisible();
        expect(await violationsOf(page)).toEqual([]);
      });

      test('session panel open', async ({ page }) => {
        await gotoHydrated(page, '/es/checklists/');
        await page.locator('.checklist-items input').first().check();
        await page.getByText('Exportar · Importar un archivo…').click();
        await page.getByRole('button', { name: 'Borrar todos los datos' }).click();
        expect(await violationsOf(page)).toEqual([]);
      });
    });
  }
});
