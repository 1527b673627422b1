/**
 * dist/sitemap.xml and dist/robots.txt, from the pages Astro built (the 404 page excluded).
 * A sitemap needs absolute URLs: with SITE_URL (Astro's `site`) they are; without it the build
 * still writes the file with root-relative paths, for the end-to-end tests and local checks,
 * and says so: set SITE_URL for a deployment.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'crisis-playbook:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const paths = pages
          .map(({ pathname }) => `/${pathname}`.replace(/\/+$/, '/'))
          .filter((path) => path.endsWith('/') && !path.startsWith('/404'))
          .sort();
        const loc = (path: string) => (site ? new URL(path, site).href : path);
        const xml = [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          ...paths.map((path) => `  <url><loc>${loc(path)}</loc></url>`),
          '</urlset>',
          '',
        ].join('\n');
        await writeFile(new URL('sitemap.xml', dir), xml);
        const robots = ['User-agent: *', 'Allow: /', ...(site ? [`Sitemap: ${loc('/sitemap.xml')}`] : []), ''];
        await writeFile(new URL('robots.txt', dir), robots.join('\n'));
        if (!site) logger.warn('SITE_URL is not set: sitemap.xml lists root-relative paths (set it for a deployment)');
        logger.info(`sitemap.xml lists ${paths.length} pages`);
      },
    },
  };
}
