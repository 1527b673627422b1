// axe in the states a page only reaches by use (a dialog open, findings shown, a panel open), on
// a phone, light and dark. Every page as loaded: pages.spec.ts.
import { expect, test } from '@playwright/test';
import { axeViolations as violationsOf } from './quality.ts';
import { gotoHydrated } from './site.ts';

test.describe('axe in interactive states, on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

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
