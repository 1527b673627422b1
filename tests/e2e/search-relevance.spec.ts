// The words community managers type must land on the right section, not only the right page.
// For each query of the table (tests/e2e/search-queries.ts): a section target must be among the
// first three sections shown (top-3), and most must be the very first (top-1); a page target must
// be among the first three results. The rates are printed for the notes.
import { expect, type Page, test } from '@playwright/test';
import { NO_RESULTS, QUERIES } from './search-queries.ts';

/** Where the results lead, in the order shown: each result's sections, or the result itself. */
async function landings(page: Page): Promise<{ pages: string[]; sections: string[] }> {
  return page.locator('.search-results > li').evaluateAll((items) => {
    const path = (a: Element) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    };
    const pages: string[] = [];
    const sections: string[] = [];
    for (const li of items) {
      const hit = li.querySelector('a.search-hit');
      if (!hit) continue;
      pages.push(new URL((hit as HTMLAnchorElement).href).pathname);
      const subs = [...li.querySelectorAll('.search-sections a')];
      sections.push(...(subs.length ? subs : [hit]).map(path));
    }
    return { pages, sections };
  });
}

const percent = (n: number, of: number) => `${Math.round((100 * n) / of)}%`;

for (const lang of ['es', 'en'] as const) {
  test(`${lang}: ${QUERIES[lang].length} queries land on their section or guide`, async ({ page }) => {
    test.setTimeout(180_000);
    expect(QUERIES[lang].length).toBeGreaterThanOrEqual(40);
    await page.goto(`/${lang}/search/`);
    const box = page.getByRole('searchbox');
    const status = page.getByRole('status');
    const misses: string[] = [];
    let sectionRows = 0;
    let top1 = 0;
    let top3 = 0;
    for (const [query, target] of QUERIES[lang]) {
      await box.fill(query);
      await expect(status).toContainText(query);
      const { pages, sections } = await landings(page);
      const [guide = '', anchor] = target.split('#');
      const url = `/${lang}/guides/${guide}/`;
      if (anchor === undefined) {
        if (!pages.slice(0, 3).includes(url)) misses.push(`${query} → ${pages.slice(0, 3).join(', ')}`);
        continue;
      }
      sectionRows++;
      const want = `${url}#${encodeURIComponent(anchor)}`;
      if (sections[0] === want) top1++;
      if (sections.slice(0, 3).includes(want)) top3++;
      else misses.push(`${query} → ${sections.slice(0, 3).join(', ')} (want ${want})`);
    }
    console.log(
      `${lang}: ${sectionRows} section queries: top-1 ${percent(top1, sectionRows)} (${top1}), top-3 ${percent(top3, sectionRows)} (${top3}); ${QUERIES[lang].length - sectionRows} page queries`,
    );
    expect(misses).toEqual([]);
    // Top-3 is the promise (every row above); top-1 is the bar the table must keep.
    expect(top1 / sectionRows).toBeGreaterThanOrEqual(0.8);
  });

  test(`${lang}: a query whose meaningful words are not all on the site finds nothing`, async ({ page }) => {
    await page.goto(`/${lang}/search/`);
    const box = page.getByRole('searchbox');
    for (const query of NO_RESULTS[lang]) {
      await box.fill(query);
      await expect(page.getByRole('status')).toContainText(query);
      await expect(page.locator('.search-hit')).toHaveCount(0);
    }
  });

  test(`${lang}: stop words are not highlighted`, async ({ page }) => {
    const query = lang === 'es' ? 'qué hago si un periodista llama' : 'what if a journalist calls';
    await page.goto(`/${lang}/search/`);
    await page.getByRole('searchbox').fill(query);
    // Results show as their excerpts arrive: wait for the highlighted words, not only the first hit.
    await expect(page.locator('.search-results mark').first()).toBeVisible();
    const marked = await page.locator('.search-results mark').allTextContents();
    const stop = lang === 'es' ? ['qué', 'que', 'si', 'un', 'de', 'la'] : ['what', 'if', 'a', 'the', 'and'];
    expect(marked.map((m) => m.toLowerCase()).filter((m) => stop.includes(m))).toEqual([]);
  });
}
