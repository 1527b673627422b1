// The styles as the browser sees them: the cascade layers keep the order src/styles/layers.css
// gives them on every kind of page, and a page loads only the styles of the components it has.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

const declared = /@layer\s+([^;{]+);/.exec(
  readFileSync(resolve(import.meta.dirname, '../../src/styles/layers.css'), 'utf8'),
)?.[1];
const LAYERS = (declared ?? '').split(',').map((name) => name.trim());

/** The layers in the order the page first names them (the order that decides the cascade). */
function layerOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen: string[] = [];
    const add = (name: string) => {
      if (name && !seen.includes(name)) seen.push(name);
    };
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSLayerStatementRule) for (const name of rule.nameList) add(name);
        if (rule instanceof CSSLayerBlockRule) add(rule.name);
        if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    return seen;
  });
}

/** Every selector of the page's styles, in one string. */
function selectors(page: Page): Promise<string> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) found.push(rule.selectorText);
        if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    return found.join('\n');
  });
}

test('the layers file names every layer', () => {
  expect(LAYERS).toEqual(['tokens', 'reset', 'base', 'layout', 'forms', 'components', 'utilities', 'print']);
});

for (const path of [
  '/es/',
  '/en/guides/',
  '/es/guides/escalation/',
  '/en/checklists/',
  '/es/search/',
  '/en/statement-builder/',
  '/es/crisis/',
  '/en/triage/',
  '/en/training/',
  '/404.html',
]) {
  test(`the cascade layers keep their order on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await layerOrder(page)).toEqual(LAYERS);
  });
}

test('a page loads the styles of its own components only', async ({ page }) => {
  await page.goto('/en/guides/response/');
  const guide = await selectors(page);
  expect(guide).toContain('.checklist-items');
  expect(guide).toContain('.search-results');
  expect(guide).not.toContain('.builder-grid');
  expect(guide).not.toContain('.run-panel');
  expect(guide).not.toContain('.door-crisis');

  await page.goto('/en/statement-builder/');
  const builder = await selectors(page);
  expect(builder).toContain('.builder-grid');
  expect(builder).not.toContain('.checklist-items');
  expect(builder).not.toContain('.path-list');
});
