// Shared helpers for the end-to-end tests: the pages of the built site, read from dist/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

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

/**
 * Opens a page and waits until every island has hydrated (Astro removes `ssr` from an island
 * once it is live), so a test acts on the interactive page, however slow the machine.
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await reachIslands(page);
}

/**
 * Scrolls to each island that hydrates when it comes into view (a guide's checklist, `client:visible`),
 * as a reader does, then waits until every island on the page is hydrated.
 */
export async function reachIslands(page: Page): Promise<void> {
  // An island element is `display: contents`: scroll to what it renders.
  for (const island of await page.locator('astro-island[client="visible"] > :first-child').all())
    await island.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/**
 * Chooses a file in a file input once the island that reads it is live. Playwright's
 * `setInputFiles` skips the actionability checks: it sets files on a disabled input too, and
 * before hydration (the server-rendered input is disabled) its change event reaches no handler,
 * so the file is silently dropped and the message the test waits for never comes.
 */
export async function chooseFile(input: Locator, files: Parameters<Locator['setInputFiles']>[0]): Promise<void> {
  await expect(input).toBeEnabled();
  await input.setInputFiles(files);
}

/** Every URL path the built sitemap lists (`dist/sitemap.xml`), absolute or root-relative. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc ?? '', 'http://x').pathname);
}

export const SESSIONS_KEY = 'crisis-playbook:runs';

/** Fills the page's localStorage to the brim, so the next write of any size is refused. */
export function fillStorage(page: Page): Promise<void> {
  return page.evaluate(() => {
    let chunk = 'x'.repeat(1_000_000);
    for (let i = 0; chunk.length > 0 && i < 10_000; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
  });
}
