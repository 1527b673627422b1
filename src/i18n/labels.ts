/**
 * How an island receives its UI strings: the page picks them from the dictionary with
 * `labelsFor(lang, SELECTORS)` (src/i18n/index.ts) and passes them as a prop typed
 * `Labels<typeof SELECTORS[number]>`. A selector is a whole key (`'checklist.undo'`) or every
 * key under a prefix ending in a dot (`'statement.'`). Both sides are checked against the
 * Spanish dictionary's keys, so a misspelt key is a type error, never a blank on the page.
 *
 * This module holds types and one tiny function only: islands import it without the dictionaries.
 */
import { format } from '../lib/format.ts';
import type { UIKey } from './es.ts';

/** Every dotted prefix of a key: `'statement.field.brand'` → `'statement.' | 'statement.field.'`. */
type PrefixesOf<K extends string> = K extends `${infer Head}.${infer Tail}`
  ? `${Head}.` | `${Head}.${PrefixesOf<Tail>}`
  : never;
export type LabelPrefix = PrefixesOf<UIKey>;
export type LabelSelector = UIKey | LabelPrefix;

/** The keys a selector stands for. */
export type SelectedKey<S extends LabelSelector> = S extends LabelPrefix ? Extract<UIKey, `${S}${string}`> : S;

/** The strings an island receives: exactly the keys its selectors stand for. */
export type Labels<S extends LabelSelector> = { readonly [K in SelectedKey<S>]: string };

/** `t('statement.count', { length, limit })` over an island's labels, with `{…}` placeholders filled. */
export function translator<K extends string>(labels: { readonly [key in K]: string }) {
  return (key: K, vars?: Record<string, string | number>): string => format(labels[key], vars);
}
