// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import yaml from '@rollup/plugin-yaml';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { accentFreeHeadingIds } from './src/lib/markdown/heading-ids.ts';

export default defineConfig({
  // The deployed origin, if known (e.g. SITE_URL=https://playbook.example.org npm run build): it
  // turns on absolute hreflang alternates. Without it the site works from any host.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['es', 'en'],
    defaultLocale: 'es',
    // `/` is our own page (src/pages/index.astro): it picks a language from the browser.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Build steps after the pages, in this order: the search index and the sitemap, then the
  // service worker that precaches them with everything else.
  integrations: [mdx(), preact(), pagefind(), sitemap(), serviceWorker()],
  markdown: {
    // Shiki injects inline styles that a strict CSP would block; the guides have no code anyway.
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [accentFreeHeadingIds] }),
  },
  security: {
    // Strict: nothing loads unless listed. Astro adds the hashes of its own inline scripts and
    // styles to script-src and style-src on each page. A <meta> policy cannot carry
    // frame-ancestors: the host adds `Content-Security-Policy: frame-ancestors 'none'` (README, Deploying).
    csp: {
      directives: [
        "default-src 'none'",
        // blob: for pictures the user picks themselves (evidence screenshots), never fetched.
        "img-src 'self' blob:",
        "connect-src 'self'", // Pagefind's index and wasm
        "worker-src 'self'", // the service worker and Pagefind's worker
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-src 'none'",
      ],
      // 'self' for the Pagefind bundle loaded on first search; 'wasm-unsafe-eval' for its index.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // The statement builder's wording (src/content/statements/*.yaml) is data imported by the island.
    plugins: [yaml()],
    // Page scripts stay external files (cached by the service worker, no inline code); small
    // stylesheets may still be inlined, with their hashes in the CSP.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    // A few files per page instead of one per module: the loader helper; Preact with its Astro
    // renderer and the one formatter; the state every stored island needs (storage, schemas,
    // nanostores, Valibot, the drill clock's seam). The checklist runs (sessions) are left out of
    // it, so Rolldown gives them a chunk of their own: the statement builder loads them only when
    // a new draft is made. A guide loads none of these before its checklist scrolls into view
    // (client:visible); the checklists page and crisis mode load them at once.
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'preload-helper', test: /preload-helper/ },
                  {
                    name: 'preact',
                    test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]lib[\\/]format\.ts$/,
                  },
                  {
                    name: 'state',
                    test: /src[\\/]stores[\\/](storage|drill-bridge)\.ts$|src[\\/]lib[\\/](storage|records|schemas[\\/]common)\.ts$|islands[\\/](useMounted|useStore|StorageNotice)\.tsx?$|node_modules[\\/](nanostores|valibot)[\\/]/,
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
});
