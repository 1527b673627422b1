import { format } from '../lib/format.ts';
import en from './en.ts';
import es, { type UIKey } from './es.ts';

import type { Locale } from './locales.ts';

export { defaultLocale, isLocale, type Locale, locales, otherLocale } from './locales.ts';
export type { UIKey };

const dictionaries: Record<Locale, Record<UIKey, string>> = { es, en };

/** `t('checklist.progress', { done: 2, total: 7 })` in the page's language. */
export function useTranslations(lang: Locale) {
  const dict = dictionaries[lang];
  return (key: UIKey, vars?: Record<string, string | number>) => format(dict[key], vars);
}

/** Every key with its raw template, for handing a subset to an island. */
export function pick<K extends UIKey>(lang: Locale, keys: readonly K[]): Record<K, string> {
  const dict = dictionaries[lang];
  return Object.fromEntries(keys.map((k) => [k, dict[k]])) as Record<K, string>;
}

/** Every key that passes `test`, with its raw template: for islands that need a whole family. */
export function pickWhere(lang: Locale, test: (key: UIKey) => boolean): Record<UIKey, string> {
  const dict = dictionaries[lang];
  return Object.fromEntries(Object.entries(dict).filter(([k]) => test(k as UIKey))) as Record<UIKey, string>;
}

export { dictionaries };
