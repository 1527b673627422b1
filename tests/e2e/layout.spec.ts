// Responsive from 320 px: no page scrolls sideways on a small phone, in either language.
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

test.use({ viewport: { width: 320, height: 640 } });

test('no page is wider than a 320 px screen', async ({ page }) => {
  test.setTimeout(120_000);
  const wide: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path}: ${width}px`);
  }
  expect(wide).toEqual([]);
});
