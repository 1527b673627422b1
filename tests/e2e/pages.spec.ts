// Every built page, one test each and one load each: the strict CSP holds, no request leaves
// the origin, no cookie is set, axe finds nothing (light; dark for colour; a template filled from
// data once per language), and nothing is wider than a 320 px screen. One load per page instead
// of one per check keeps the suite fast on a two-core machine, and a slow page still fails alone.
// The checks are DESIGN.md's promises 3 (accessible), 4 (private) and the responsive bar; see
// also a11y.spec.ts and privacy.spec.ts for the interactive states and normal use.
import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_RULES, expectStrictPolicy, policyOf, watchOrigin } from './quality.ts';
import { builtPages, gotoHydrated, sitemapPaths } from './site.ts';

/** Guides with wide tables or long words, also checked by axe on the small screen. */
const PHONE_AXE = new Set(
  ['escalation', 'profiles', 'response', 'monitoring', 'crisis-plan', 'platforms', 'glossary'].flatMap((g) => [
    `/es/guides/${g}/`,
    `/en/guides/${g}/`,
  ]),
);

/**
 * Pages generated from data through one template (a drill's page and its printable cards, from
 * src/content/drills): axe checks the template on one drill per language, the data lives in
 * schema-checked YAML. Every other page (guides are free MDX) gets axe on its own.
 */
const TEMPLATED = /^\/(es|en)\/training\/(?!data-incident\/)[^/]+\/(cards\/)?$/;

/** On the small screen only what the width changes: scrolling regions, and colour on what shows. */
const PHONE_RULES = ['scrollable-region-focusable', ...COLOUR_RULES];

test('the sitemap lists every built page', () => {
  const listed = sitemapPaths();
  expect(listed.length).toBeGreaterThan(20);
  expect([...listed].sort()).toEqual(builtPages());
});

test('axe, as these checks run it, reports what it should', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Barely readable';
    p.style.cssText = 'color: #eee; background: #fff';
    document.querySelector('main')?.append(p);
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    document.querySelector('main')?.append(img);
  });
  const found = (await axeViolations(page)).map((v) => v.split(' ')[0]);
  expect(found).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
  expect((await axeViolations(page, COLOUR_RULES)).map((v) => v.split(' ')[0])).toEqual(['color-contrast']);
});

test.describe('every page: strict CSP, on the origin, no cookie, no axe violation, fits 320 px', () => {
  for (const path of builtPages()) {
    test(path, async ({ page, context, baseURL }) => {
      const seen = await watchOrigin(page, new URL(baseURL ?? '').origin);
      await gotoHydrated(page, path);
      expectStrictPolicy(await policyOf(page));

      // Desktop, light: every rule. Dark only changes colours: the colour rules again.
      const axe = !TEMPLATED.test(path);
      const light = axe ? await axeViolations(page) : [];
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = axe ? await axeViolations(page, COLOUR_RULES) : [];
      await page.emulateMedia({ colorScheme: 'light' });

      // The smallest phone: the page reflows on resize, as on rotating a phone.
      await page.setViewportSize({ width: 320, height: 640 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${path} at 320 px` })
        .toBeLessThanOrEqual(320);
      const phone = PHONE_AXE.has(path) ? await axeViolations(page, PHONE_RULES) : [];

      expect({ light, dark, phone }).toEqual({ light: [], dark: [], phone: [] });
      expect(seen.outside).toEqual([]);
      expect(seen.violations).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  }
});
