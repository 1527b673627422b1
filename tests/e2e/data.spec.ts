// Issue 10: never lose data, never lock the user out. Each test names the defect it covers.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { axeFor } from './quality.ts';
import { chooseFile, fillStorage, gotoHydrated, reachIslands, SESSIONS_KEY } from './site.ts';

const DRAFTS_KEY = 'crisis-playbook:drafts';
const list = (page: Page) => page.locator('[data-checklist="is-it-a-crisis"]');
const boxes = (page: Page) => list(page).locator('input[type=checkbox]');
const panel = (page: Page) => page.locator('.run-panel');
const storedTicks = (page: Page) =>
  page.evaluate((key) => {
    // Own properties only: until the page has set the hostile value aside, `runs.constructor`
    // would be Object's own constructor, not a session.
    const data = JSON.parse(localStorage.getItem(key) ?? 'null')?.data;
    const run = data && Object.hasOwn(data.runs, data.currentRunId) ? data.runs[data.currentRunId] : null;
    return run ? Object.keys(run.ticks).sort() : [];
  }, SESSIONS_KEY);

const session = (id: string, title = 'Drill') => ({
  id,
  kind: 'practice',
  title,
  startedAt: '2026-11-24T10:00:00.000Z',
  closedAt: null,
  ticks: {},
  log: [],
});

test.describe('never lock the user out (defect 1)', () => {
  for (const id of ['constructor', '__proto__', 'toString']) {
    test(`an imported current session "${id}" is refused with a message`, async ({ page }) => {
      await page.goto('/en/checklists/');
      await boxes(page).first().check();
      const file = {
        format: 'crisis-playbook/runs',
        version: 2,
        exportedAt: '2026-11-24T10:00:00Z',
        scope: 'all',
        data: { currentRunId: id, runs: { a: session('a') } },
      };
      await panel(page).getByText('Export · Import a file…').click();
      await chooseFile(panel(page).getByLabel('Import a file…'), {
        name: 'x.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
      await expect(panel(page).locator('.data-message')).toContainText('data.currentRunId');
      await expect(boxes(page).first()).toBeChecked();
      await expect(boxes(page).first()).toBeEnabled();
    });
  }

  test('a stored current session "constructor" is set aside; ticking and clearing still work', async ({ page }) => {
    await page.goto('/en/checklists/');
    await page.evaluate(
      ({ key, run }) =>
        localStorage.setItem(
          key,
          JSON.stringify({ version: 2, data: { currentRunId: 'constructor', runs: { a: run } } }),
        ),
      { key: SESSIONS_KEY, run: session('a') },
    );
    await page.reload();
    await expect(panel(page).getByRole('alert').filter({ hasText: 'set aside' }).first()).toBeVisible();
    await boxes(page).first().check();
    await expect.poll(() => storedTicks(page)).toHaveLength(1);
    await panel(page).getByText('Export · Import a file…').click();
    await panel(page).getByRole('button', { name: 'Clear all data' }).click();
    await expect(panel(page).getByRole('button', { name: /Download the set-aside data \(1\)/ })).toBeVisible();
    await panel(page).getByRole('button', { name: 'Delete everything' }).click();
    await expect(panel(page).locator('.data-message')).toContainText('Data cleared');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('quarantine')))).toEqual([]);
  });

  test('a stored current draft "constructor" does not remove "New draft"', async ({ page }) => {
    await page.goto('/en/statement-builder/');
    await page.evaluate(
      (key) =>
        localStorage.setItem(key, JSON.stringify({ version: 1, data: { currentDraftId: 'constructor', drafts: {} } })),
      DRAFTS_KEY,
    );
    await page.reload();
    await page.getByRole('button', { name: 'New draft' }).click();
    await expect(page.getByLabel('Draft name')).toBeVisible();
  });
});

test('a full storage still shows saved progress (defect 5)', async ({ page }) => {
  await page.goto('/en/checklists/');
  await boxes(page).nth(0).check();
  await boxes(page).nth(1).check();
  await expect.poll(() => storedTicks(page)).toHaveLength(2);
  await fillStorage(page);
  await page.reload();
  await expect(boxes(page).nth(0)).toBeChecked();
  await expect(boxes(page).nth(1)).toBeChecked();
  await expect(page.getByText('does not allow saving')).toHaveCount(0);
});

test.describe('two tabs never lose each other’s changes (defect 3)', () => {
  test('ticks made at the same moment in two tabs are both kept', async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto('/en/checklists/');
    await b.goto('/en/checklists/');
    await expect(boxes(a).nth(0)).toBeEnabled();
    await expect(boxes(b).nth(1)).toBeEnabled();
    // Both clicks are dispatched in the same instant, before either tab hears of the other's write.
    await Promise.all([
      a.evaluate(() =>
        (document.querySelectorAll('[data-checklist="is-it-a-crisis"] input')[0] as HTMLElement).click(),
      ),
      b.evaluate(() =>
        (document.querySelectorAll('[data-checklist="is-it-a-crisis"] input')[1] as HTMLElement).click(),
      ),
    ]);
    await expect.poll(() => storedTicks(a)).toHaveLength(2);
    await expect(boxes(a).nth(1)).toBeChecked();
    await expect(boxes(b).nth(0)).toBeChecked();
    await expect(boxes(a).nth(0)).toBeChecked();
    await expect(boxes(b).nth(1)).toBeChecked();
  });

  test('a session imported in one tab while the other ticks: both kept', async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto('/en/checklists/');
    await b.goto('/en/checklists/');
    const file = {
      format: 'crisis-playbook/runs',
      version: 2,
      exportedAt: '2026-11-24T10:00:00Z',
      scope: 'run',
      data: { currentRunId: 'imported', runs: { imported: session('imported', 'Imported drill') } },
    };
    await panel(a).getByText('Export · Import a file…').click();
    await expect(boxes(b).nth(2)).toBeEnabled();
    // Both live first (a file set on the not yet hydrated input would be dropped), then at once.
    await expect(panel(a).getByLabel('Import a file…')).toBeEnabled();
    await Promise.all([
      panel(a)
        .getByLabel('Import a file…')
        .setInputFiles({ name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) }),
      // click, not check: the import makes its session current in both tabs, so the box may
      // show that session (unticked) by the time the click is verified.
      boxes(b).nth(2).click(),
    ]);
    await expect(panel(a).locator('.data-message')).toContainText('Imported drill');
    await expect
      .poll(() =>
        a.evaluate((key) => {
          const data = JSON.parse(localStorage.getItem(key) ?? 'null').data;
          const ticks = Object.values<{ ticks: object }>(data.runs).reduce(
            (n, r) => n + Object.keys(r.ticks).length,
            0,
          );
          return { imported: 'imported' in data.runs, ticks };
        }, SESSIONS_KEY),
      )
      .toEqual({ imported: true, ticks: 1 });
  });

  test('two tabs editing different fields of one draft keep both', async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto('/en/statement-builder/');
    await a.getByRole('button', { name: 'New draft' }).click();
    await expect(a.getByLabel('Brand')).toBeVisible();
    await b.goto('/en/statement-builder/');
    await expect(b.getByLabel('Brand')).toBeVisible();
    await Promise.all([
      a
        .getByLabel('Where to get help (e-mail, web page, @handle, phone or a sentence)')
        .pressSequentially('help@example.org'),
      b.getByLabel('Brand').pressSequentially('Café Lumbre'),
    ]);
    for (const page of [a, b]) {
      await expect(page.getByLabel('Where to get help (e-mail, web page, @handle, phone or a sentence)')).toHaveValue(
        'help@example.org',
      );
      await expect(page.getByLabel('Brand')).toHaveValue('Café Lumbre');
    }
    await a.reload();
    await expect(a.getByLabel('Where to get help (e-mail, web page, @handle, phone or a sentence)')).toHaveValue(
      'help@example.org',
    );
    await expect(a.getByLabel('Brand')).toHaveValue('Café Lumbre');
  });
});

test.describe('typed text is never lost nor shown as saved when it is not (defect 10)', () => {
  test('a session name survives a reload made while typing', async ({ page }) => {
    await page.goto('/en/checklists/');
    await panel(page).getByLabel('Session name').fill('Payment system down');
    await page.reload();
    await expect(panel(page).getByLabel('Session name')).toHaveValue('Payment system down');
  });

  test('when storage fills while typing, the field shows what is saved and says so', async ({ page }) => {
    await page.goto('/en/checklists/');
    const name = panel(page).getByLabel('Session name');
    await name.fill('Pay');
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', SESSIONS_KEY)).toContain('"Pay"');
    await fillStorage(page);
    await name.pressSequentially('ment system down');
    await expect(panel(page).getByText('The name could not be saved. The saved name is “Pay”.')).toBeVisible();
    await expect(name).toHaveValue('Pay');
  });
});

test('an unreadable value with no room to set it aside is kept and offered for download (defect 2)', async ({
  page,
}) => {
  // The page's stores read storage once, when they load: let them do it before the value is put
  // there. Read between this write and the filling, the value would fit aside and be quarantined
  // instead (a different, also correct, outcome: tests/stores/storage.test.ts covers both).
  await gotoHydrated(page, '/en/checklists/');
  const future = await page.evaluate((key) => {
    const value = JSON.stringify({ version: 99, data: { notes: 'y'.repeat(2_400_000) } });
    localStorage.setItem(key, value);
    return value;
  }, SESSIONS_KEY);
  await fillStorage(page);
  await page.reload();
  await reachIslands(page);
  await expect(
    panel(page)
      .getByText(/no room to set it aside/)
      .first(),
  ).toBeVisible();
  await boxes(page).first().click();
  await expect(boxes(page).first()).not.toBeChecked();
  expect(await page.evaluate((key) => localStorage.getItem(key), SESSIONS_KEY)).toBe(future);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel(page)
      .getByRole('button', { name: /Download the set-aside data/ })
      .first()
      .click(),
  ]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(saved.values[SESSIONS_KEY]).toBe(future);
});

test('the data panel, its confirmation and the set-aside offer are axe-clean', async ({ page }) => {
  await page.goto('/es/checklists/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":99,"data":{}}'), SESSIONS_KEY);
  await page.reload();
  await panel(page).getByText('Exportar · Importar un archivo…').click();
  await panel(page).getByRole('button', { name: 'Borrar todos los datos' }).click();
  await expect(panel(page).getByRole('button', { name: /Descargar los datos apartados \(1\)/ })).toBeVisible();
  const { violations } = await axeFor(page)
    .include('.run-panel')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
