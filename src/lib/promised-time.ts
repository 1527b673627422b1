/**
 * The next-update time a statement promises, read from its "next update" field. Pure; times of
 * day are read in the device's own time zone (the one the writer sees on the clock), through the
 * Date methods that use it; the result is an ISO instant. Loaded by the builder only.
 */

const TIME = String.raw`([01]?\d|2[0-3])(?:[:.h]([0-5]\d))?\s*(h|am|pm|a\.m\.|p\.m\.)?`;
const TODAY = new RegExp(String.raw`^(?:(?:at|a las?)\s+)?${TIME}$`, 'iu');
const TOMORROW = new RegExp(String.raw`^(?:tomorrow|mañana)(?:\s+(?:at|a las?))?\s+${TIME}$`, 'iu');
const DATED = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:\s+|T)${TIME}$`, 'iu');

function hourOf(hour: string, suffix: string | undefined): number | null {
  let h = Number(hour);
  const s = suffix?.toLowerCase().replace(/\./g, '');
  if (s === 'am' || s === 'pm') {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (s === 'pm' ? 12 : 0);
  }
  return h;
}

/**
 * When a statement's "next update" field promises the next update, as an ISO instant, or null
 * when it names no time we can read ("as soon as we know more"). Read relative to when the
 * statement went out: "13:00" is the next 13:00 after it (tomorrow when 13:00 has passed),
 * "tomorrow at 10" / "mañana a las 10" the day after, "2026-12-05 09:30" that day.
 */
export function promisedTime(field: string | undefined, publishedAt: string): string | null {
  const text = (field ?? '').replace(/\s+/g, ' ').trim();
  const from = new Date(publishedAt);
  if (!text || Number.isNaN(from.getTime())) return null;
  const at = (base: Date, match: RegExpExecArray, first: number): Date | null => {
    const hour = hourOf(match[first] as string, match[first + 2]);
    if (hour === null) return null;
    const due = new Date(base);
    due.setHours(hour, Number(match[first + 1] ?? 0), 0, 0);
    return due;
  };
  let due: Date | null = null;
  const today = TODAY.exec(text);
  const tomorrow = today ? null : TOMORROW.exec(text);
  const dated = today || tomorrow ? null : DATED.exec(text);
  if (today) {
    due = at(from, today, 1);
    if (due && due.getTime() <= from.getTime()) due.setDate(due.getDate() + 1);
  } else if (tomorrow) {
    const next = new Date(from);
    next.setDate(next.getDate() + 1);
    due = at(next, tomorrow, 1);
  } else if (dated) {
    const day = new Date(Number(dated[1]), Number(dated[2]) - 1, Number(dated[3]));
    if (day.getMonth() !== Number(dated[2]) - 1) return null;
    due = at(day, dated, 4);
    if (due && due.getTime() <= from.getTime()) return null;
  }
  return due ? due.toISOString() : null;
}

/** Whether a "next update" value names a time `promisedTime` reads. */
export const readsAsTime = (field: string): boolean =>
  [TODAY, TOMORROW, DATED].some((re) => re.test(field.replace(/\s+/g, ' ').trim()));
