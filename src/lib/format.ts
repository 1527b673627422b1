import type { Locale } from '../i18n/locales.ts';

/** Fills `{name}` placeholders. Unknown placeholders are left as they are, so a typo shows. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/**
 * How a moment is shown: `dateTime` ("24 nov 2026, 9:05"), `date` ("24 nov 2026") or `time`
 * ("09:05", for a tick made today in a checklist).
 */
export type DateStyle = 'dateTime' | 'date' | 'time';

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  time: { hour: '2-digit', minute: '2-digit' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The one date formatter of the UI, in the page's language and the device's time zone. A value
 * that is not a date (a hand-edited file, say) is shown as it is rather than throwing.
 */
export function formatDate(value: string | number | Date, locale: Locale, style: DateStyle = 'dateTime'): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const key = `${locale}/${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, STYLES[style]);
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
