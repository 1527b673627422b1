import { format } from '../../../lib/format.ts';
import type { ImportError } from '../../../lib/transfer.ts';

type Key =
  | `run.${string}`
  | `import.${ImportError['code'] | 'unreadable'}`
  | `md.${string}`
  | 'checklist.undo'
  | 'checklist.cancel'
  | 'storage.quarantined'
  | 'storage.unavailable'
  | 'storage.writeFailed'
  | 'storage.unkept'
  | 'storage.download';
/** The strings of the session and data panels (the page hands them over, picked by prefix). */
export type SessionPanelLabels = Record<Key, string>;
export type Translate = (key: Key, vars?: Record<string, string | number>) => string;

/** A missing key shows as itself, so a gap is visible rather than silent. */
export function translator(labels: SessionPanelLabels): Translate {
  return (key, vars) => format(labels[key] ?? key, vars);
}

/** Dates as the panels show them, in the page's language. */
export function dates(lang: 'es' | 'en') {
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  return {
    when: (iso: string) => dateTime.format(new Date(iso)),
    day: (iso: string) => date.format(new Date(iso)),
  };
}

/** A session's name: its title, or a dated "Practice" until it has one. */
export function titleOf(t: Translate, day: (iso: string) => string, run: { title: string; startedAt: string }): string {
  return run.title || t('run.untitled', { date: day(run.startedAt) });
}
