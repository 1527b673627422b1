import { expect, type Page, test } from '@playwright/test';
import { gotoHydrated, reachIslands, SESSIONS_KEY } from './site.ts';

const GUIDE = '/es/guides/what-is-a-crisis/';
const checklist = (page: Page) => page.locator('[data-checklist="is-it-a-crisis"]');
const box = (page: Page, item: string) => checklist(page).locator(`input[data-item="${item}"]`);
const firstItem = async (page: Page) =>
  (await checklist(page).locator('input[type=checkbox]').first().getAttribute('data-item')) ?? '';

test.describe('checklist progress', () => {
  test('a tick survives a reload', async ({ page }) => {
    await gotoHydrated(page, GUIDE);
    const item = await firstItem(page);
    await box(page, item).check();
    await expect(checklist(page).getByText(/^1 de \d+ hechos/)).toBeVisible();
    await expect(checklist(page).getByText(/marcado a las \d\d:\d\d/)).toBeVisible();

    await page.reload();
    await reachIslands(page);
    await expect(box(page, item)).toBeChecked();
    await expect(checklist(page).getByText(/^1 de \d+ hechos/)).toBeVisible();
    await expect(checklist(page).locator('input:checked')).toHaveCount(1);
  });

  test('an untick survives a reload', async ({ page }) => {
    await gotoHydrated(page, GUIDE);
    const item = await firstItem(page);
    await box(page, item).check();
    await box(page, item).uncheck();
    await page.reload();
    await reachIslands(page);
    await expect(box(page, item)).toBeEnabled();
    await expect(box(page, item)).not.toBeChecked();
  });

  test('progress is kept when switching language and shows on the checklists page', async ({ page }) => {
    await gotoHydrated(page, GUIDE);
    const item = await firstItem(page);
    await box(page, item).check();
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(page).toHaveURL(/\/en\/guides\/what-is-a-crisis\/$/);
    await reachIslands(page);
    await expect(box(page, item)).toBeChecked();
    await expect(checklist(page).getByText(/^1 of \d+ done/)).toBeVisible();

    await page.goto('/en/checklists/');
    await expect(box(page, item)).toBeChecked();
  });

  test('a second tab sees the tick', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await gotoHydrated(first, GUIDE);
    await second.goto('/en/checklists/');
    const item = await firstItem(first);
    await expect(box(second, item)).toBeEnabled();
    await box(first, item).check();
    await expect(box(second, item)).toBeChecked();
  });

  test('keyboard: Tab to a box and Space ticks it', async ({ page }) => {
    await gotoHydrated(page, GUIDE);
    const item = await firstItem(page);
    await expect(box(page, item)).toBeEnabled();
    await box(page, item).focus();
    await page.keyboard.press('Space');
    await expect(box(page, item)).toBeChecked();
  });

  test('corrupt stored progress: the user is told, the raw value is kept, the list works', async ({ page }) => {
    await gotoHydrated(page, GUIDE);
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"data":{broken'), SESSIONS_KEY);
    await page.reload();
    await reachIslands(page);
    await expect(checklist(page).getByRole('alert')).toContainText('No se pudo leer el progreso guardado');
    const quarantined = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('crisis-playbook:quarantine:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(quarantined).toEqual(['{"version":1,"data":{broken']);
    const item = await firstItem(page);
    await box(page, item).check();
    await page.reload();
    await reachIslands(page);
    await expect(box(page, item)).toBeChecked();
  });

  test('storage refused: the list still works and says progress will not be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await gotoHydrated(page, GUIDE);
    await expect(checklist(page).getByRole('alert')).toContainText('Este navegador no permite guardar datos');
    const item = await firstItem(page);
    await box(page, item).check();
    await expect(box(page, item)).toBeChecked();
  });
});
