// The words community managers type must land on the right guide: for each query of the table,
// the expected page is among the first three results shown.
import { expect, test } from '@playwright/test';
import { QUERIES } from './search-queries.ts';

for (const lang of ['es', 'en'] as const) {
  test(`${lang}: ${QUERIES[lang].length} queries each find their guide in the top three`, async ({ page }) => {
    test.setTimeout(120_000);
    expect(QUERIES[lang].length).toBeGreaterThanOrEqual(25);
    await page.goto(`/${lang}/search/`);
    const box = page.getByRole('searchbox');
    const misses: string[] = [];
    for (const [query, guide] of QUERIES[lang]) {
      await box.fill(query);
      const status = page.getByRole('status');
      await expect(status).toContainText(query);
      const top = await page
        .locator('.search-hit')
        .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      if (!top.includes(`/${lang}/guides/${guide}/`)) misses.push(`${query} → ${top.join(', ')}`);
    }
    expect(misses).toEqual([]);
  });
}
