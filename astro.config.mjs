// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
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
  integrations: [mdx(), preact()],
  markdown: {
    // Shiki injects inline styles that a strict CSP would block; the guides have no code anyway.
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [accentFreeHeadingIds] }),
  },
  security: {
    csp: {
      // 'self' for the Pagefind bundle loaded on first search; 'wasm-unsafe-eval' for its index.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // The stored-state core every progress island needs (storage, runs, nanostores) stays
                // one file, however many islands share parts of it: a guide page loads it in one go.
                groups: [
                  // Vite's dynamic-import helper, needed by pages without islands too, stays on its own.
                  { name: 'preload-helper', test: /preload-helper/, priority: 3 },
                  // Preact, Astro's Preact client and the string formatter: every island page needs them.
                  {
                    name: 'preact',
                    test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]lib[\\/]format\.ts$/,
                    priority: 2,
                  },
                  {
                    priority: 1,
                    name: 'state',
                    test: /src[\\/](stores[\\/](storage|runs)|lib[\\/](storage|runs)|components[\\/]islands[\\/](useMounted|StorageNotice))\.tsx?$|node_modules[\\/](nanostores|@nanostores)[\\/]/,
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
