// Shared by the measure scripts: the built pages of a dist/ folder and gzipped sizes.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every .html file under `dist`, outside the asset and search-index folders. */
export function htmlFiles(dist) {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!['_astro', 'pagefind'].includes(name)) walk(full);
      } else if (name.endsWith('.html')) pages.push(full);
    }
  };
  walk(dist);
  return pages;
}

/** Bytes after gzip at its highest level, as a static host would serve the file. */
export const gzipSize = (data) => gzipSync(data, { level: 9 }).length;
