/**
 * Offline after one visit: generates dist/sw.js with Workbox (`generateSW`) once the pages and
 * the search index exist, so it must come after `pagefind()` in astro.config.mjs. Everything a
 * reader can reach is precached: every page of both languages, every asset, and the parts of
 * Pagefind the site's own search uses (not Pagefind's bundled UIs).
 *
 * Precached files are served from the cache (pages open at once, online or not) and refreshed
 * when a new deployment changes their revision: the new worker then waits until the page, via
 * the update banner, asks it to take over (src/components/update/).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What Pagefind writes and the site's search actually loads, with our catalog of its records. */
export const PAGEFIND_FILES = [
  'pagefind/catalog.{es,en}.*.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.{es,en}.pagefind',
  'pagefind/*.pf_meta',
  'pagefind/index/*.pf_index',
  'pagefind/fragment/*.pf_fragment',
  'pagefind/filter/*.pf_filter',
];

/**
 * What `astro dev` serves as /sw.js: a worker that removes itself. A worker installed by a
 * preview on the same address (both use port 4321) would otherwise keep answering with the
 * built pages, and the dev server's changes would never show.
 */
const UNREGISTER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  await self.registration.unregister();
  for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));
`;

export function serviceWorker(): AstroIntegration {
  return {
    name: 'crisis-playbook:service-worker',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/sw.js', (_req, res) => {
          res.setHeader('content-type', 'text/javascript; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.end(UNREGISTER);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // Loaded here, not at the top: the config (and with it this file) loads for dev and tests too.
        const { generateSW } = await import('workbox-build');
        const { count, size, warnings } = await generateSW({
          globDirectory: dist,
          globPatterns: ['**/*.{html,css,js,svg,png,webmanifest,xml,txt}', '*/sections.json', ...PAGEFIND_FILES],
          // Pagefind's own UI bundles are not used; the worker does not precache itself.
          globIgnores: ['pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', 'sw.js'],
          swDest: `${dist}/sw.js`,
          // One file, no workbox-*.js beside it, no source map: the worker is part of the site.
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          // The largest Pagefind files (the wasm) are about 60 KB; pages far less.
          maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
          // `/es/guides/x/` is `es/guides/x/index.html` in the cache.
          directoryIndex: 'index.html',
          // Pagefind asks for `pagefind-entry.json?ts=…` to dodge HTTP caches; the search page
          // keeps its query in `?q=`. Neither changes the file, so both match the cached copy.
          ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/, /^fbclid$/],
          // Take open pages on first install (offline from the first visit); later versions
          // wait until the page asks (a SKIP_WAITING message from the update banner).
          clientsClaim: true,
          skipWaiting: false,
          cleanupOutdatedCaches: true,
          runtimeCaching: [
            {
              // An address that is not a page of this build: ask the network (a page of a newer
              // deployment, or the host's 404); offline, show the cached 404 page.
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: '/404.html' } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
