/**
 * The web app manifest, one per language (`/es/manifest.webmanifest`, `/en/…`), so the installed
 * app has its name in the reader's language and opens on that language's crisis door.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Locale, locales, useTranslations } from '../../i18n/index.ts';
import { paths } from '../../i18n/routes.ts';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** Light theme colours (the pages' `theme-color` meta tags switch to dark with the system). */
const LIGHT = { background: '#fbfaf7', theme: '#fbfaf7' };

export const GET: APIRoute = ({ params }) => {
  const lang = params['lang'] as Locale;
  const t = useTranslations(lang);
  const manifest = {
    id: paths.home(lang),
    lang,
    dir: 'ltr',
    name: t('site.name'),
    short_name: t('app.shortName'),
    description: t('app.description'),
    // The crisis door of the home page; the crisis page (`/{lang}/crisis/`) once it exists.
    start_url: `${paths.home(lang)}#crisis`,
    // The whole site, so the language switch stays inside the app.
    scope: '/',
    display: 'standalone',
    background_color: LIGHT.background,
    theme_color: LIGHT.theme,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'content-type': 'application/manifest+json' },
  });
};
