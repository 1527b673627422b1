import { type Locale, locales } from './locales.ts';

/**
 * Every URL of the site is built here. Paths are the same in both languages after the locale
 * prefix (`/es/guides/monitoring/` ↔ `/en/guides/monitoring/`), so switching language keeps the
 * page and progress keyed by ids never depends on the URL.
 */
export const paths = {
  home: (lang: Locale) => `/${lang}/`,
  guides: (lang: Locale) => `/${lang}/guides/`,
  guide: (lang: Locale, id: string) => `/${lang}/guides/${id}/`,
  checklists: (lang: Locale) => `/${lang}/checklists/`,
  checklist: (lang: Locale, id: string) => `/${lang}/checklists/#${id}`,
  search: (lang: Locale) => `/${lang}/search/`,
  statementBuilder: (lang: Locale) => `/${lang}/statement-builder/`,
  /** The escalation matrix in each language's escalation guide (the link crawl checks the heading exists). */
  escalationMatrix: (lang: Locale) =>
    `/${lang}/guides/escalation/#${lang === 'es' ? 'matriz-de-escalado' : 'escalation-matrix'}`,
  triage: (lang: Locale) => `/${lang}/triage/`,
  crisis: (lang: Locale) => `/${lang}/crisis/`,
  training: (lang: Locale) => `/${lang}/training/`,
  drill: (lang: Locale, id: string) => `/${lang}/training/${id}/`,
  drillCards: (lang: Locale, id: string) => `/${lang}/training/${id}/cards/`,
};

/**
 * Tools a guide can point to (frontmatter `tools`). A tool appears here, and so in the guides'
 * "Related" box, once its page exists.
 */
export const toolPaths: Partial<Record<'statement-builder' | 'triage' | 'crisis-mode', (lang: Locale) => string>> = {
  'statement-builder': paths.statementBuilder,
  triage: paths.triage,
  'crisis-mode': paths.crisis,
};

/**
 * The sections the header shows, in order. A section is listed only once its page exists.
 * Search is not a section: the header's search link (SearchDialog.astro) sits beside the language switch.
 */
export const sections = [
  { key: 'nav.home', path: paths.home },
  { key: 'nav.crisis', path: paths.crisis },
  { key: 'nav.guides', path: paths.guides },
  { key: 'nav.checklists', path: paths.checklists },
  { key: 'nav.statement', path: paths.statementBuilder },
  { key: 'nav.training', path: paths.training },
] as const;

/** The same page in another language: swaps the locale prefix, keeps the rest. */
export function localizePath(pathname: string, to: Locale): string {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (match && (locales as readonly string[]).includes(match[1] ?? '')) {
    return `/${to}${match[2] ?? '/'}`;
  }
  return paths.home(to);
}
