/**
 * The publishing record of a statement, pure: which versions went out, the next-update time a
 * published statement promised (read from its "next update" field), the time the next update
 * should promise, and the message that hands the exact text to an approver.
 *
 * Times of day are read and written in the device's own time zone (the one the writer sees on
 * the clock), through the Date methods that use it; stored times are ISO instants.
 */
import type { Draft, PublishedVersion } from './schemas/draft.ts';
import { type Locale, PLATFORM_IDS, type Platform } from './statement/types.ts';

const MINUTE = 60_000;
/** The next update's interval when the statement belongs to no incident (or one with no cadence). */
export const DEFAULT_UPDATE_MINUTES = 60;
/** A promised time is rounded up to this many minutes: "14:05", not "14:03". */
const ROUND_MINUTES = 5;

/**
 * Every published version of a draft, oldest first. A draft published before versions were kept
 * (drafts version 1, or an older export) has `publishedAt` and `approval` but no version: it gets
 * one here, with its fields and no frozen words, so its record is never lost.
 */
export function recordedVersions(draft: Draft): PublishedVersion[] {
  const versions = draft.versions;
  const last = versions[versions.length - 1];
  if (!draft.publishedAt || !draft.approval || last?.publishedAt === draft.publishedAt) return versions;
  return [
    ...versions,
    {
      number: (last?.number ?? 0) + 1,
      locale: draft.locale,
      input: draft.input,
      edits: draft.edits,
      texts: {},
      approval: draft.approval,
      publishedAt: draft.publishedAt,
      nextUpdateAt: null,
    },
  ];
}

export const latestPublished = (draft: Draft): PublishedVersion | undefined => recordedVersions(draft).at(-1);

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

/**
 * The time the next update should promise: the interval after the time the last one promised
 * (when that is still ahead: the next update goes out then), else after now; rounded up to five
 * minutes.
 */
export function advancedTime(promised: string | null, minutes: number, now: string): Date {
  const nowMs = Date.parse(now);
  const from = promised ? Math.max(Date.parse(promised), nowMs) : nowMs;
  // Every time zone in use is offset from UTC by a multiple of five minutes.
  const step = ROUND_MINUTES * MINUTE;
  return new Date(Math.ceil((from + minutes * MINUTE) / step) * step);
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A promised time as the "next update" field says it, in words `promisedTime` reads back: "14:00"
 * today, "tomorrow at 09:00" / "mañana a las 09:00" the next day, "2026-12-05 09:00" later.
 */
export function promiseText(due: Date, now: string, locale: Locale): string {
  const clock = `${two(due.getHours())}:${two(due.getMinutes())}`;
  const today = new Date(now);
  const days = Math.round(
    (new Date(due.getFullYear(), due.getMonth(), due.getDate()).getTime() -
      new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime()) /
      (24 * 60 * MINUTE),
  );
  if (days <= 0) return clock;
  if (days === 1)
    return locale === 'es' ? `mañana ${due.getHours() === 1 ? 'a la' : 'a las'} ${clock}` : `tomorrow at ${clock}`;
  return `${due.getFullYear()}-${two(due.getMonth() + 1)}-${two(due.getDate())} ${clock}`;
}

/**
 * Hand edits carry the old promise in their own words: a whole-word occurrence of the old
 * "next update" value is replaced by the new one (only when the old value was a time we read).
 */
export function carryEdits(
  edits: Partial<Record<Platform, string>>,
  oldValue: string | undefined,
  newValue: string,
): Partial<Record<Platform, string>> {
  const old = (oldValue ?? '').trim();
  if (!old || ![TODAY, TOMORROW, DATED].some((re) => re.test(old))) return { ...edits };
  const escaped = old.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`(?<![\\p{L}\\p{N}:])${escaped}(?![\\p{L}\\p{N}:])`, 'gu');
  return Object.fromEntries(Object.entries(edits).map(([p, text]) => [p, text.replace(word, () => newValue)]));
}

export interface ApprovalMessageWords {
  /** The subject, the statement's name already in it. */
  subject: string;
  /** A line before the channels: who it is for, what to answer. */
  intro: string;
  channels: Record<Platform, string>;
}

/** The approval request: every channel's exact text under its name, nothing else added to it. */
export function approvalMessage(
  texts: Readonly<Record<Platform, string>>,
  words: ApprovalMessageWords,
): { subject: string; body: string } {
  const parts = [words.intro];
  for (const p of PLATFORM_IDS) {
    if (!texts[p].trim()) continue;
    parts.push('', `== ${words.channels[p]} ==`, texts[p]);
  }
  return { subject: words.subject, body: parts.join('\n') };
}

/** A `mailto:` link with that subject and body (RFC 6068: every reserved character escaped; line breaks as CRLF). */
export function mailtoHref(message: { subject: string; body: string }): string {
  const body = message.body.replace(/\r?\n/g, '\r\n');
  return `mailto:?subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(body)}`;
}
