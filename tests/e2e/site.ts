// Shared helpers for the end-to-end tests: the pages of the built site, read from dist/.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';

const dist = resolve(import.meta.dirname, '../../dist');

/** Every built page as a URL path (`/es/guides/monitoring/`), 404 page excluded. */
export function builtPages(): string[] {
  const pages: string[] = [];
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
