/**
 * The site's languages: the one `Locale` type. Kept apart from the dictionaries so that pure
 * code (src/lib) and islands can name a locale without loading any UI strings.
 */
export const locales = ['es', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'es';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(lang: Locale): Locale {
  return lang === 'es' ? 'en' : 'es';
}
