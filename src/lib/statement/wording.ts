import type { Locale } from '../../i18n/locales.ts';
import type { StatementWordingData } from '../schemas/statement.ts';

/**
 * The statement builder's wording in one language: src/content/statements/LANG.yaml, checked
 * against src/lib/schemas/statement.ts when the site is built (the `statements` collection), so
 * here it is only typed. Each language is its own chunk, loaded when a statement in that
 * language is first shown: the builder page never downloads the other language's wording
 * unless the user switches the statement's language.
 */
export interface StatementWording extends StatementWordingData {
  locale: Locale;
}

const files: Record<Locale, () => Promise<{ default: unknown }>> = {
  es: () => import('../../content/statements/es.yaml'),
  en: () => import('../../content/statements/en.yaml'),
};

const loaded = new Map<Locale, Promise<StatementWording>>();

/** The wording of a language, loaded once; a failed load (offline) is tried again next time. */
export function loadWording(locale: Locale): Promise<StatementWording> {
  const lang: Locale = locale === 'en' ? 'en' : 'es';
  let wording = loaded.get(lang);
  if (!wording) {
    wording = files[lang]().then((file) => ({ ...(file.default as StatementWordingData), locale: lang }));
    wording.catch(() => loaded.delete(lang));
    loaded.set(lang, wording);
  }
  return wording;
}
