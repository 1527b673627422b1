// The training pages: the list of drills, one page per drill (in the search index as kind
// "drill"), and the printable inject cards, in both languages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const DRILLS = [
  'data-incident',
  'defective-headphones',
  'employee-post',
  'fake-profiles',
  'offensive-post',
  'service-outage',
];

for (const lang of ['es', 'en'] as const) {
  test(`${lang}: the training page lists every drill, and the header marks it`, async ({ page }) => {
    await page.goto(`/${lang}/training/`);
    const links = page.locator('.drill-list a');
    await expect(links).toHaveCount(DRILLS.length);
    const hrefs = await links.evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort(),
    );
    expect(hrefs).toEqual(DRILLS.map((id) => `/${lang}/training/${id}/`));
    await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveAttribute('href', `/${lang}/training/`);
  });

  test(`${lang}: a drill page waits for crisis mode and lists the sections it practises`, async ({ page }) => {
    await page.goto(`/${lang}/training/data-incident/`);
    const start = page.getByRole('button', { name: lang === 'es' ? 'Empezar el simulacro' : 'Start the drill' });
    await expect(start).toBeDisabled();
    await expect(start).toHaveAccessibleDescription(/crisis/i);
    const sections = page.locator('.drill-sections a');
    expect(await sections.count()).toBeGreaterThanOrEqual(4);
    await expect(sections.first()).toHaveAttribute('href', new RegExp(`^/${lang}/guides/[a-z-]+/#[a-z0-9-]+$`));
    await page.getByRole('link', { name: lang === 'es' ? 'Tarjetas para imprimir' : 'Printable cards' }).click();
    await expect(page).toHaveURL(`/${lang}/training/data-incident/cards/`);
  });

  test(`${lang}: the cards carry the DRILL mark and every inject, and print without the site chrome`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/training/service-outage/cards/`);
    await expect(page.locator('.drill-marker')).toHaveText(lang === 'es' ? /SIMULACRO/ : /DRILL/);
    await expect(page.locator('.inject-card')).toHaveCount(11);
    await expect(page.locator('.decision-card h3').first()).toContainText(lang === 'es' ? 'Decisión 1' : 'Decision 1');
    // Injects only a choice or a missed deadline releases say so.
    await expect(page.locator('.inject-card .card-when').last()).toContainText(lang === 'es' ? 'Solo si' : 'Only if');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.inject-card').first()).toBeVisible();
  });
}

test('search finds a drill as a drill, in its own language', async ({ page }) => {
  await page.goto('/en/search/?q=Rutafit');
  const hit = page.locator('.search-results a.search-hit[href^="/en/training/data-incident/"]').first();
  await expect(hit).toBeVisible();
  await page.goto('/es/search/?q=Rutafit');
  await expect(page.locator('.search-results a.search-hit[href^="/es/training/data-incident/"]').first()).toBeVisible();
});

test('the cards page is not in the search index (it gives the scenario away)', async ({ page }) => {
  await page.goto('/en/search/?q=Rutafit');
  await expect(page.locator('.search-results a.search-hit').first()).toBeVisible();
  const hrefs = await page
    .locator('.search-results a.search-hit')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => h.includes('/cards/'))).toBe(false);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the training pages (${colorScheme})`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    for (const path of [
      '/es/training/',
      '/en/training/',
      '/es/training/offensive-post/',
      '/en/training/employee-post/',
      '/es/training/fake-profiles/cards/',
      '/en/training/defective-headphones/cards/',
    ]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      for (const v of violations) failures.push(`${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(failures).toEqual([]);
  });
}
