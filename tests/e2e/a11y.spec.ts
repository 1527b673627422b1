import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any page (${colorScheme})`, async ({ page }) => {
    // Every page of both languages (triage and crisis mode added four): room for a loaded machine.
    test.setTimeout(360_000);
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    for (const path of builtPages()) {
      await page.goto(path);
      // Let islands hydrate so the interactive state is what gets checked.
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      for (const v of violations) failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(failures).toEqual([]);
  });
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const violationsOf = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
    (v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
  );

test.describe('axe on a phone and in interactive states', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('guides with wide tables, in both languages', async ({ page }) => {
    const failures: string[] = [];
    for (const lang of ['es', 'en']) {
      for (const guide of ['escalation', 'profiles', 'response', 'monitoring', 'crisis-plan']) {
        await page.goto(`/${lang}/guides/${guide}/`);
        for (const v of await violationsOf(page)) failures.push(`${lang}/${guide}: ${v}`);
      }
    }
    expect(failures).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`search dialog with results, builder with findings, session panel open (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const failures: string[] = [];
      await page.goto('/es/guides/monitoring/');
      await page.keyboard.press('/');
      await page.keyboard.type('perfil falso');
      await expect(page.locator('#search-dialog .search-hit').first()).toBeVisible();
      for (const v of await violationsOf(page)) failures.push(`dialog: ${v}`);

      await page.goto('/en/statement-builder/');
      await page.getByRole('button', { name: 'New draft' }).click();
      await page.getByLabel('What happened').fill('SORRY IF ANYONE WAS OFFENDED!!! mistakes were made');
      await page.getByRole('button', { name: 'X', exact: true }).click();
      await expect(page.locator('li.finding').first()).toBeVisible();
      for (const v of await violationsOf(page)) failures.push(`builder: ${v}`);

      await page.goto('/es/checklists/');
      await page.locator('.checklist-items input').first().check();
      await page.getByText('Exportar · Importar un archivo…').click();
      await page.getByRole('button', { name: 'Borrar todos los datos' }).click();
      for (const v of await violationsOf(page)) failures.push(`checklists: ${v}`);
      expect(failures).toEqual([]);
    });
  }
});
