// What the per-page checks share with the interactive ones: the site's strict policy, the
// origin watch, and axe with the site's rule set.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The rules whose result depends on the colour scheme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe for `page`, run in the page itself. AxeBuilder's default runs axe per frame and then opens
 * a blank page to merge the results: a new page per check, a third of the per-page test's time on
 * two cores. The site has no frames (`frame-src 'none'`), so the single-page ("legacy") run sees
 * the same things.
 */
export const axeFor = (page: Page) => new AxeBuilder({ page }).setLegacyMode();

/** axe's violations on the page as it is now (every rule of TAGS, or only `rules`), one line each. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = rules ? axeFor(page).withRules(rules) : axeFor(page).withTags(TAGS);
  return (await builder.analyze()).violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

/**
 * Aborts and records every request to another origin (the context's, so the service worker's
 * requests count too); records every CSP violation.
 */
export async function watchOrigin(page: Page, origin: string) {
  const outside: string[] = [];
  const violations: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content-Security-Policy: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { outside, violations };
}

/** The page's policy as directive → sources. */
export async function policyOf(page: Page): Promise<Record<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const policy: Record<string, string[]> = {};
  for (const part of (content ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy[name] = sources;
  }
  return policy;
}

const HASH = /^'sha256-[A-Za-z0-9+/]+=*'$/;

/** Exactly what the site uses (docs/architecture.md, "Security policy"). */
export function expectStrictPolicy(policy: Record<string, string[]>) {
  expect(policy['default-src']).toEqual(["'none'"]);
  expect(policy['img-src']).toEqual(["'self'", 'blob:']);
  expect(policy['connect-src']).toEqual(["'self'"]);
  expect(policy['worker-src']).toEqual(["'self'"]);
  expect(policy['manifest-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'none'"]);
  expect(policy['form-action']).toEqual(["'self'"]);
  expect(policy['frame-src']).toEqual(["'none'"]);
  const [scriptSelf, wasm, ...scriptHashes] = policy['script-src'] ?? [];
  expect([scriptSelf, wasm]).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  for (const source of scriptHashes) expect(source).toMatch(HASH);
  const [styleSelf, ...styleHashes] = policy['style-src'] ?? [];
  expect(styleSelf).toBe("'self'");
  for (const source of styleHashes) expect(source).toMatch(HASH);
  expect(Object.keys(policy).sort()).toEqual(
    [
      'default-src',
      'img-src',
      'connect-src',
      'worker-src',
      'manifest-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-src',
      'script-src',
      'style-src',
    ].sort(),
  );
}
