// Shared helpers for the end-to-end tests: the pages of the built site, read from dist/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

const dist = resolve(import.meta.dirname, '../../dist');

/** Every built page as a URL path (`/es/guides/monitoring/`), 404 page excluded. */
export function builtPages(): string[] {
  const pages: string[] = [];
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        pages.push(`/${relative(dist, dir)}/`.replace(/\/+/g, '/'));
      }
    }
  };
  walk(dist);
  return pages.sort();
}

export const RUNS_KEY = 'crisis-playbook:runs';

/**
 * Opens a page and waits until every island has hydrated (Astro removes `ssr` from an island
 * once it is live), so a test acts on the interactive page, however slow the machine.
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Every URL path the built sitemap lists (`dist/sitemap.xml`), absolute or root-relative. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc ?? '', 'http://x').pathname);
}
