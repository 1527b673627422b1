// The learning path: a guide read to its end shows as read on the guides index (after a reload
// too), a guide cited by a completed drill as practised, "On this page" follows the reading, and
// the glossary's A–Z index lands on the right term. Both languages.
import { expect, type Page, test } from '@playwright/test';
import { axeFor } from './quality.ts';
import { gotoHydrated } from './site.ts';

const PROGRESS = 'crisis-playbook:progress';
const words = {
  es: { read: 'Leída', new: 'Sin empezar', practised: 'Practicada en un simulacro', responseTitle: 'La respuesta' },
  en: { read: 'Read', new: 'Not started', practised: 'Practiced in a drill', responseTitle: 'The response' },
} as const;

/** The state label shown for a guide on the page (the one visible of the three). */
const stateOf = (page: Page, guide: string) => page.locator(`[data-guide="${guide}"] > span:visible`);

const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data ?? null, PROGRESS);

for (const lang of ['es', 'en'] as const) {
  test.describe(`learning path (${lang})`, () => {
    test('a guide read to its end shows as read on the index, after a reload too', async ({ page }) => {
      await page.goto(`/${lang}/guides/`);
      await expect(stateOf(page, 'response')).toHaveText(words[lang].new);

      await gotoHydrated(page, `/${lang}/guides/response/`);
      await page.locator('[data-guide-end]').scrollIntoViewIfNeeded();
      await expect.poll(async () => Object.keys((await stored(page))?.read ?? {})).toEqual(['response']);

      await page.goto(`/${lang}/guides/`);
      await expect(stateOf(page, 'response')).toHaveText(words[lang].read);
      await expect(stateOf(page, 'escalation')).toHaveText(words[lang].new);
      await page.reload();
      await expect(stateOf(page, 'response')).toHaveText(words[lang].read);
      // The training page shows the same state, with the guide's title.
      await page.goto(`/${lang}/training/`);
      const row = page.locator('.guide-progress-list li', { has: page.locator('[data-guide="response"]') });
      await expect(row.getByRole('link')).toContainText(words[lang].responseTitle);
      await expect(stateOf(page, 'response')).toHaveText(words[lang].read);
    });

    test('opening a guide at a late section is not reading it', async ({ page }) => {
      // Recording a guide read loads the progress store's code: none may be asked for.
      const asked: string[] = [];
      page.on('request', (r) => asked.push(r.url()));
      await gotoHydrated(page, `/${lang}/guides/response/#${lang === 'es' ? 'errores-frecuentes' : 'pitfalls'}`);
      await page.locator('[data-guide-end]').scrollIntoViewIfNeeded();
      // A few frames: the observers have seen it, and code they load would have been asked for.
      await page.evaluate(
        () =>
          new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))),
      );
      expect(asked.filter((url) => /\/progress\.[\w-]+\.js$/.test(url))).toEqual([]);
      expect(await stored(page)).toBeNull();
      // Then the reader goes back to the title: now the whole guide was seen.
      await page.locator('h1').scrollIntoViewIfNeeded();
      await expect.poll(async () => Object.keys((await stored(page))?.read ?? {})).toEqual(['response']);
    });

    test('a guide cited by a completed drill shows as practised', async ({ page }) => {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        PROGRESS,
        JSON.stringify({
          version: 1,
          data: {
            read: { response: '2026-11-24T10:00:00.000Z' },
            drills: { 'service-outage': '2026-11-24T11:00:00.000Z' },
          },
        }),
      ] as const);
      await page.goto(`/${lang}/guides/`);
      // service-outage's feedback cites team-and-roles and the response guide.
      await expect(stateOf(page, 'team-and-roles')).toHaveText(words[lang].practised);
      await expect(stateOf(page, 'response')).toHaveText(words[lang].practised);
      await expect(stateOf(page, 'glossary')).toHaveCount(0);
      await expect(stateOf(page, 'what-is-a-crisis')).toHaveText(words[lang].new);
      await page.goto(`/${lang}/training/`);
      await expect(stateOf(page, 'team-and-roles')).toHaveText(words[lang].practised);
      // Text and icon, and no contrast problem in either scheme.
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const results = await axeFor(page).include('.guide-progress').analyze();
        expect(results.violations.map((v) => v.id)).toEqual([]);
      }
    });

    test('"On this page" lists the third-level headings and marks the section being read', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await gotoHydrated(page, `/${lang}/guides/response/`);
      const toc = page.locator('nav.toc');
      const [sub, later] = lang === 'es' ? ['la-aprobacion', 'quien-hace-que'] : ['approval', 'roles'];
      await expect(toc.locator(`ol ol a[href="#${sub}"]`)).toBeVisible();
      const current = toc.locator('a[aria-current="true"]');

      await page.locator(`#${sub}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', `#${sub}`);

      await page.locator(`#${later}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect(current).toHaveAttribute('href', `#${later}`);
      await expect(current).toHaveCount(1);

      // Back above the first heading: no section is current.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(current).toHaveCount(0);
    });

    test('the glossary’s A–Z index lands on the first term of a letter', async ({ page }) => {
      await page.goto(`/${lang}/guides/glossary/`);
      const index = page.getByRole('navigation', { name: lang === 'es' ? 'Índice de la A a la Z' : 'A to Z index' });
      const [letter, term, none] = lang === 'es' ? ['L', 'Líder de crisis', 'Ñ'] : ['T', 'Tabletop exercise', 'Q'];
      await index.getByRole('link', { name: letter, exact: true }).click();
      const heading = page.getByRole('heading', { level: 2, name: term, exact: true });
      await expect(heading).toBeInViewport();
      await expect(page).toHaveURL(new RegExp(`#${await heading.getAttribute('id')}$`));
      // A letter without terms is shown, but is not a link.
      await expect(index.getByText(none, { exact: true })).toBeVisible();
      await expect(index.getByRole('link', { name: none, exact: true })).toHaveCount(0);
    });
  });
}
