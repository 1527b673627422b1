// Responsive from 320 px: no page scrolls sideways on a small phone, in either language.
import { expect, test } from '@playwright/test';
import { builtPages, gotoHydrated } from './site.ts';

test.use({ viewport: { width: 320, height: 640 } });

test.describe('no page is wider than a 320 px screen', () => {
  for (const path of builtPages()) {
    test(path, async ({ page }) => {
      await gotoHydrated(page, path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path}: ${width}px`).toBeLessThanOrEqual(320);
    });
  }
});
