import type { Labels } from '../../../i18n/labels.ts';

/** The UI strings the search panel needs, handed to it by the search page and the dialog. */
export const SEARCH_LABELS = [
  'search.label',
  'search.placeholder',
  'search.submit',
  'search.loading',
  'search.empty',
  'search.count',
  'search.countOne',
  'search.error',
  'search.filter',
  'search.kind.',
  'search.group.',
  'search.suggestionsTitle',
  'search.suggestions',
  'search.browse',
  'search.hint',
] as const;
export type SearchLabels = Labels<(typeof SEARCH_LABELS)[number]>;
