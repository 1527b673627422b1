// A crawl of the built site: every internal link and anchor resolves, and every page exists in
// both languages. Reads dist/ directly (no browser needed), after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const dist = resolve(import.meta.dirname, '../../dist');
const htmlOf = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));
}

test('every internal link and anchor in the built site resolves', () => {
  const pages = builtPages();
  const ids = new Map(pages.map((p) => [p, idsOf(htmlOf(p))]));
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = htmlOf(page);
    for (const [, raw] of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
      const href = decode(raw ?? '');
      if (/^(mailto:|tel:|https?:|data:)/.test(href)) {
        if (/^https?:/.test(href)) broken.push(`${page} → ${href} (external link)`);
        continue;
      }
      const url = new URL(href, `http://site${page}`);
      const target = decodeURIComponent(url.pathname);
      checked++;
      const file = target.endsWith('/') ? join(dist, target, 'index.html') : join(dist, target);
      if (!existsSync(file)) {
        broken.push(`${page} → ${href} (no page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('/')) {
        const known = ids.get(target) ?? idsOf(readFileSync(file, 'utf8'));
        if (!known.has(anchor)) broken.push(`${page} → ${href} (no #${anchor})`);
      }
    }
  }
  expect(checked).toBeGreaterThan(200);
  expect(broken).toEqual([]);
});

test('every page exists in both languages', () => {
  const pages = builtPages().filter((p) => /^\/(es|en)\//.test(p));
  const missing = pages.filter(
    (p) => !pages.includes(p.replace(/^\/(es|en)\//, (_, l) => `/${l === 'es' ? 'en' : 'es'}/`)),
  );
  expect(pages.length).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});

test('the guides index lists the learning path in order, then the glossary', () => {
  for (const lang of ['es', 'en']) {
    const html = htmlOf(`/${lang}/guides/`);
    const order = [...html.matchAll(/href="\/\w\w\/guides\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect(order).toEqual([
      'what-is-a-crisis',
      'crisis-plan',
      'team-and-roles',
      'monitoring',
      'monitoring-tools',
      'escalation',
      'crisis-types',
      'root-cause',
      'profiles',
      'response',
      'press-and-spokesperson',
      'internal-communication',
      'platforms',
      'owned-channels',
      'legal-duties',
      'account-security',
      'aftermath',
      'recovery-and-rehearsal',
      'glossary',
    ]);
  }
});
