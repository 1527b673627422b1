import { format } from '../lib/format.ts';
import en from './en.ts';
import es, { type UIKey } from './es.ts';

import type { LabelSelector, Labels } from './labels.ts';
import type { Locale } from './locales.ts';

export { defaultLocale, isLocale, type Locale, locales, otherLocale } from './locales.ts';
export type { LabelSelector, Labels, UIKey };

const dictionaries: Record<Locale, Record<UIKey, string>> = { es, en };

/** `t('checklist.progress', { done: 2, total: 7 })` in the page's language. */
export function useTranslations(lang: Locale) {
  const dict = dictionaries[lang];
  return (key: UIKey, vars?: Record<string, string | number>) => format(dict[key], vars);
}

/**
 * The strings an island needs, raw (placeholders unfilled): the keys named, and every key under
 * a prefix ending in a dot. See src/i18n/labels.ts.
 */
export function labelsFor<const S extends LabelSelector>(lang: Locale, selectors: readonly S[]): Labels<S> {
  const wanted = (key: string) => selectors.some((s) => s === key || (s.endsWith('.') && key.startsWith(s)));
  // Built from the selectors themselves, so the record has exactly the keys its type names.
  return Object.fromEntries(Object.entries(dictionaries[lang]).filter(([key]) => wanted(key))) as Labels<S>;
}

export { dictionaries };
