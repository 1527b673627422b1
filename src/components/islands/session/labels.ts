import { type Labels, type SelectedKey, translator } from '../../../i18n/labels.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { formatDate } from '../../../lib/format.ts';

/** Every string of the session and data panels, picked by the page: `labelsFor(lang, SESSION_LABELS)`. */
export const SESSION_LABELS = ['run.', 'import.', 'md.', 'storage.', 'checklist.undo', 'checklist.cancel'] as const;
/** The strings of the session and data panels: exactly the keys SESSION_LABELS stands for. */
export type SessionPanelLabels = Labels<(typeof SESSION_LABELS)[number]>;
type Key = SelectedKey<(typeof SESSION_LABELS)[number]>;
export type Translate = (key: Key, vars?: Record<string, string | number>) => string;
export { translator };

/** Dates as the panels show them, in the page's language (the one formatter, src/lib/format.ts). */
export function dates(lang: Locale) {
  return {
    when: (iso: string) => formatDate(iso, lang, 'dateTime'),
    day: (iso: string) => formatDate(iso, lang, 'date'),
  };
}

/** A session's name: its title, or a dated "Practice" until it has one. */
export function titleOf(t: Translate, day: (iso: string) => string, run: { title: string; startedAt: string }): string {
  return run.title || t('run.untitled', { date: day(run.startedAt) });
}
