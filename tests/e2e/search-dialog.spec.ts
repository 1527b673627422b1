import { expect, type Page, test } from '@playwright/test';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });

test.describe('search dialog', () => {
  test('opens with /, searches, moves with the arrow keys and opens with Enter', async ({ page }) => {
    await page.goto('/en/guides/monitoring/');
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    const box = dialog(page).getByRole('searchbox');
    await expect(box).toBeFocused();
    await page.keyboard.type('fake profile');
    // Wait for the results of the whole query (Pagefind's first load can be slow), not of a prefix.
    await expect(dialog(page).getByRole('status')).toContainText('fake profile');
    const links = dialog(page).locator('a.search-link');
    await expect(links.first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const href = await links.nth(0).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  for (const shortcut of ['Control+k', 'Meta+k']) {
    test(`opens with ${shortcut}`, async ({ page }) => {
      await page.goto('/es/');
      await page.keyboard.press(shortcut);
      await expect(page.getByRole('dialog', { name: 'Buscar' })).toBeVisible();
    });
  }

  test('Esc closes it and focus returns to the header button', async ({ page }) => {
    await page.goto('/en/checklists/');
    const trigger = page.getByRole('banner').getByRole('link', { name: 'Search', exact: true });
    await trigger.click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  for (const [lang, title, text] of [
    ['en', 'Search', 'fake profile'],
    ['es', 'Buscar', 'qué es una crisis'],
  ] as const) {
    test(`${lang}: what is typed while the search code loads is kept, accents and spaces included`, async ({
      page,
    }) => {
      // Hold the panel's code back so the typing happens before it exists, as on a slow phone.
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/search-dialog\.[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`/${lang}/`);
      await page.keyboard.press('/');
      const box = page.getByRole('dialog', { name: title }).getByRole('searchbox');
      await expect(box).toBeFocused();
      await page.keyboard.type(text);
      release();
      await expect(page.getByRole('dialog', { name: title }).locator('.search-hit').first()).toBeVisible();
      await expect(box).toHaveValue(text);
      await expect(box).toBeFocused();
      await page.keyboard.type('s');
      await expect(box).toHaveValue(`${text}s`);
    });
  }

  test('the close button closes it', async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.press('/');
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toBeHidden();
  });

  test('typing / in a text field does not open it', async ({ page }) => {
    await page.goto('/en/');
    const box = page.getByRole('main').getByRole('searchbox');
    await box.focus();
    await page.keyboard.type('a/b');
    await expect(box).toHaveValue('a/b');
    await expect(dialog(page)).toBeHidden();
  });

  test('loads nothing for search until it is opened', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/en/guides/response/'); // resolves on the load event: the page's own scripts have run
    expect(requested.filter((p) => p.startsWith('/pagefind/') || /SearchPanel|search-dialog/.test(p))).toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type('apology');
    await expect(dialog(page).getByRole('status')).toContainText('apology');
    await expect(dialog(page).locator('.search-hit').first()).toBeVisible();
    expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  });

  test('pointing at the search button starts loading search before any click', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/en/guides/response/');
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('banner').getByRole('link', { name: 'Search', exact: true }).hover();
    // The whole plan at once, before the panel's code runs: script, worker, entry, metadata,
    // wasm, index and catalog of the page's language.
    const wanted = [
      /pagefind\.js$/,
      /pagefind-worker\.js$/,
      /pagefind-entry\.json$/,
      /\.pf_meta$/,
      /wasm\.en\./,
      /index\/en_.*\.pf_index$/,
      /catalog\.en\./,
    ];
    await expect.poll(() => wanted.filter((w) => !requested.some((p) => w.test(p))).map(String)).toEqual([]);
    expect(requested.filter((p) => /\/(es_|[^/]*\.es\.)/.test(p))).toEqual([]);
    await expect(dialog(page)).not.toBeVisible();
  });

  test('a search fetches no filter file: the catalog tells each result’s kind', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/en/guides/response/');
    await page.keyboard.press('/');
    await page.keyboard.type('apology');
    await expect(dialog(page).getByRole('status')).toContainText('apology');
    await expect(dialog(page).getByRole('heading', { name: 'In the guides' })).toBeVisible();
    expect(requested.filter((p) => p.includes('/pagefind/filter/'))).toEqual([]);
  });

  test('without JavaScript the header link goes to the search page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/es/');
    await page.getByRole('banner').getByRole('link', { name: 'Buscar', exact: true }).click();
    await expect(page).toHaveURL(/\/es\/search\/$/);
    await context.close();
  });
});
