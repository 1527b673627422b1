import { translator } from '../../../i18n/labels.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { formatDate } from '../../../lib/format.ts';
import type { SessionPanelLabels } from './session-labels.ts';

export type { SessionPanelLabels };

type Key = keyof SessionPanelLabels;
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
