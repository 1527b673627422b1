import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { chooseFile, fillStorage, gotoHydrated, reachIslands, SESSIONS_KEY } from './site.ts';

const item = (page: Page, list: string, id: string) => page.locator(`[id="${list}--${id}"]`);
const firstItemOf = async (page: Page, list: string) =>
  (await page.locator(`[data-checklist="${list}"] input[type=checkbox]`).first().getAttribute('data-item')) ?? '';
const panel = (page: Page) => page.locator('.run-panel');

test.describe('runs on the checklists page', () => {
  test('an untick can be undone, and the undo survives a reload', async ({ page }) => {
    await gotoHydrated(page, '/en/guides/what-is-a-crisis/');
    const id = await firstItemOf(page, 'is-it-a-crisis');
    const box = item(page, 'is-it-a-crisis', id);
    await box.check();
    const time = await page.locator('[data-checklist="is-it-a-crisis"] .checklist-time').first().textContent();
    await box.uncheck();
    await expect(page.getByText(/^Unticked: /)).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(box).toBeChecked();
    await page.reload();
    await reachIslands(page);
    await expect(box).toBeChecked();
    await expect(page.locator('[data-checklist="is-it-a-crisis"] .checklist-time').first()).toHaveText(time ?? '');
  });

  test('reset asks first, can be cancelled, and can be undone', async ({ page }) => {
    await page.goto('/es/checklists/');
    const id = await firstItemOf(page, 'is-it-a-crisis');
    await item(page, 'is-it-a-crisis', id).check();
    await expect(panel(page).getByText(/^En total: 1 de \d+ puntos hechos/)).toBeVisible();
    await panel(page).getByRole('button', { name: 'Reiniciar la sesión' }).click();
    await panel(page).getByRole('button', { name: 'Cancelar' }).click();
    await expect(item(page, 'is-it-a-crisis', id)).toBeChecked();
    await panel(page).getByRole('button', { name: 'Reiniciar la sesión' }).click();
    await panel(page).getByRole('button', { name: 'Sí, reiniciar' }).click();
    await expect(item(page, 'is-it-a-crisis', id)).not.toBeChecked();
    await expect(panel(page).locator('.session-message')).toContainText('Sesión reiniciada. Puntos desmarcados: 1.');
    await panel(page).getByRole('button', { name: 'Deshacer' }).click();
    await expect(item(page, 'is-it-a-crisis', id)).toBeChecked();
  });

  test('a new practice run starts empty; the old one stays in history and can be resumed', async ({ page }) => {
    await page.goto('/en/checklists/');
    const id = await firstItemOf(page, 'is-it-a-crisis');
    await item(page, 'is-it-a-crisis', id).check();
    await panel(page).getByLabel('Session name').fill('Friday drill');
    await panel(page).getByLabel('Session name').press('Enter');
    await panel(page).getByRole('button', { name: 'New practice' }).click();
    await panel(page).getByRole('button', { name: 'Yes, start another' }).click();
    await expect(item(page, 'is-it-a-crisis', id)).not.toBeChecked();
    await page.reload();
    await panel(page)
      .getByText(/^Earlier sessions \(1\)/)
      .click();
    await expect(panel(page).getByText('Friday drill')).toBeVisible();
    await panel(page).getByRole('button', { name: 'Resume' }).click();
    await expect(item(page, 'is-it-a-crisis', id)).toBeChecked();
    await expect(panel(page).getByLabel('Session name')).toHaveValue('Friday drill');
  });

  test('export everything, clear all (offering an export first), import it back', async ({ page }) => {
    await page.goto('/en/checklists/');
    const id = await firstItemOf(page, 'publish-the-response');
    await item(page, 'publish-the-response', id).check();
    await panel(page).getByText('Export · Import a file…').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('crisis-playbook/runs');
    expect(exported.scope).toBe('all');

    await panel(page).getByRole('button', { name: 'Clear all data' }).click();
    await expect(panel(page).getByRole('button', { name: 'Export a copy' })).toBeVisible();
    await panel(page).getByRole('button', { name: 'Delete everything' }).click();
    await expect(item(page, 'publish-the-response', id)).not.toBeChecked();
    await expect(panel(page).locator('.data-message')).toContainText('Data cleared');

    await chooseFile(panel(page).getByLabel('Import a file…'), file);
    await panel(page).getByRole('button', { name: 'Yes, replace' }).click();
    await expect(item(page, 'publish-the-response', id)).toBeChecked();
    await page.reload();
    await expect(item(page, 'publish-the-response', id)).toBeChecked();
  });

  test('export everything carries statement drafts through clear and import', async ({ page }) => {
    await page.goto('/en/statement-builder/');
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.getByLabel('Draft name').fill('Holding for Friday');
    await page.getByLabel('Draft name').press('Tab');
    await page.goto('/en/checklists/');
    await panel(page).getByText('Export · Import a file…').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    const file = await download.path();
    await panel(page).getByRole('button', { name: 'Clear all data' }).click();
    await panel(page).getByRole('button', { name: 'Delete everything' }).click();
    await page.goto('/en/statement-builder/');
    await expect(page.getByText('No drafts yet. Start one to begin.')).toBeVisible();
    await page.goto('/en/checklists/');
    await panel(page).getByText('Export · Import a file…').click();
    await chooseFile(panel(page).getByLabel('Import a file…'), file);
    await expect(panel(page).getByText(/holds sessions \(1\) and statement drafts \(1\)/)).toBeVisible();
    await panel(page).getByRole('button', { name: 'Yes, replace' }).click();
    await page.goto('/en/statement-builder/');
    await expect(page.getByLabel('Draft name')).toHaveValue('Holding for Friday');
  });

  test('a session exports as Markdown with its ticks', async ({ page }) => {
    await page.goto('/es/checklists/');
    const id = await firstItemOf(page, 'is-it-a-crisis');
    await item(page, 'is-it-a-crisis', id).check();
    await panel(page).getByText('Exportar · Importar un archivo…').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).getByRole('button', { name: 'Exportar la sesión (Markdown)' }).click(),
    ]);
    const md = readFileSync(await download.path(), 'utf8');
    expect(md).toMatch(/^# Práctica del /);
    expect(md).toContain('## ¿Es una crisis?');
    expect(md).toMatch(/- \[x\] .+ \(marcado /);
    expect(md).toContain('## Registro');
  });

  for (const [name, contents, message] of [
    ['truncated.json', '{"format":"crisis-playbook/runs","version":2,"data":{', 'not valid JSON, or it is cut short'],
    ['other.json', JSON.stringify({ hello: 'world' }), 'not a Crisis Playbook export'],
  ] as const) {
    test(`a bad file (${name}) is refused with a clear message and changes nothing`, async ({ page }) => {
      await page.goto('/en/checklists/');
      const id = await firstItemOf(page, 'is-it-a-crisis');
      await item(page, 'is-it-a-crisis', id).check();
      const stored = () => page.evaluate((key) => localStorage.getItem(key), SESSIONS_KEY);
      await expect.poll(stored).toContain(`is-it-a-crisis/${id}`);
      const before = await stored();
      await panel(page).getByText('Export · Import a file…').click();
      await chooseFile(panel(page).getByLabel('Import a file…'), {
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(contents),
      });
      await expect(panel(page).getByRole('alert')).toContainText(message);
      await expect(panel(page).getByRole('alert')).toContainText('Nothing was changed.');
      expect(await stored()).toBe(before);
      await expect(item(page, 'is-it-a-crisis', id)).toBeChecked();
    });
  }

  // Issue 10 (flaky "a bad file"): the data panel's island can hydrate after the checklists'.
  // Held back here on purpose, its server-rendered import is disabled, so no file can be chosen
  // into a control that nothing reads yet; once live, the same file gets its message.
  test('the import waits for the data panel to be live, then refuses a bad file with its message', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/_astro/DataPanel.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/en/checklists/');
    const input = panel(page).getByLabel('Import a file…');
    await expect(page.locator('astro-island[component-url*="DataPanel"]')).toHaveAttribute('ssr', '');
    await expect(input).toBeDisabled();
    release();
    await chooseFile(input, { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
    await expect(panel(page).getByRole('alert')).toContainText('not valid JSON, or it is cut short');
  });

  // Issue 10, defect 4: text is text. This file was refused as "code or HTML"; it is the app's own kind of file.
  test('a title that looks like markup imports as text and shows as text', async ({ page }) => {
    const title = '<script>alert(1)</script> Prices < rivals';
    const contents = JSON.stringify({
      format: 'crisis-playbook/runs',
      version: 2,
      exportedAt: '2026-11-24T10:00:00Z',
      scope: 'all',
      data: {
        currentRunId: 'a',
        runs: {
          a: {
            id: 'a',
            kind: 'practice',
            title,
            startedAt: '2026-11-24T10:00:00Z',
            closedAt: null,
            ticks: {},
            log: [],
          },
        },
      },
    });
    await page.goto('/en/checklists/');
    await panel(page).getByText('Export · Import a file…').click();
    await chooseFile(panel(page).getByLabel('Import a file…'), {
      name: 'script.json',
      mimeType: 'application/json',
      buffer: Buffer.from(contents),
    });
    await panel(page).getByRole('button', { name: 'Yes, replace' }).click();
    await expect(panel(page).getByLabel('Session name')).toHaveValue(title);
    await expect(page.locator('script:not([src])').filter({ hasText: 'alert(1)' })).toHaveCount(0);
  });

  test('progress stored by the first version (no log) is upgraded and shown', async ({ page }) => {
    await page.goto('/es/checklists/');
    const id = await firstItemOf(page, 'is-it-a-crisis');
    await page.evaluate(
      ({ key, id }) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            version: 1,
            data: {
              currentRunId: 'old',
              runs: {
                old: {
                  id: 'old',
                  kind: 'practice',
                  title: 'Practice',
                  startedAt: '2026-11-20T09:00:00.000Z',
                  closedAt: null,
                  ticks: { [`is-it-a-crisis/${id}`]: '2026-11-20T09:05:00.000Z' },
                },
              },
            },
          }),
        ),
      { key: SESSIONS_KEY, id },
    );
    await page.reload();
    await expect(item(page, 'is-it-a-crisis', id)).toBeChecked();
    await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveCount(0);
  });

  test('a full disk: the tick is refused, the user is told, and what was saved stays', async ({ page }) => {
    await page.goto('/en/checklists/');
    const [first, second] = await page
      .locator('[data-checklist="is-it-a-crisis"] input[type=checkbox]')
      .evaluateAll((b) => b.slice(0, 2).map((x) => x.getAttribute('data-item')));
    await item(page, 'is-it-a-crisis', first ?? '').check();
    // Writes go through the cross-tab lock: wait until the first tick is really stored.
    const stored = () => page.evaluate((key) => localStorage.getItem(key), SESSIONS_KEY);
    await expect.poll(stored).toContain(`is-it-a-crisis/${first}`);
    const before = await stored();
    await fillStorage(page);
    await item(page, 'is-it-a-crisis', second ?? '').click();
    await expect(page.locator('[data-checklist="is-it-a-crisis"]').getByRole('alert')).toContainText(
      'could not be saved',
    );
    await expect(item(page, 'is-it-a-crisis', second ?? '')).not.toBeChecked();
    expect(await stored()).toBe(before);
  });
});
