/**
 * Every guide section of one language, by address, with its heading and guide title
 * (`/es/sections.json`, `/en/…`): the drill debrief names the sections it sends the learner to.
 * Fetched when a debrief shows, so the crisis page does not carry it; precached for offline use.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionTitles } from '../../components/collections.ts';
import { type Locale, locales } from '../../i18n/index.ts';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await sectionTitles(params['lang'] as Locale)), {
    headers: { 'content-type': 'application/json' },
  });
