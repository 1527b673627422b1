/**
 * "Start the next update from this one", pure: the time the next update should promise, written
 * the way the "next update" field says it, and the copy of the published version that carries it.
 * Loaded only when the builder starts a next update.
 */
import { addDraft, createDraft, type Draft, type DraftsState } from './drafts.ts';
import { readsAsTime } from './promised-time.ts';
import { getOwn } from './records.ts';
import type { Locale, Platform } from './statement/types.ts';
import { latestPublished } from './statement-record.ts';

const MINUTE = 60_000;
/** The next update's interval when the statement belongs to no incident (or one with no cadence). */
export const DEFAULT_UPDATE_MINUTES = 60;
/** A promised time is rounded up to this many minutes: "14:05", not "14:03". */
const ROUND_MINUTES = 5;

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
  if (!old || !readsAsTime(old)) return { ...edits };
  const escaped = old.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`(?<![\\p{L}\\p{N}:])${escaped}(?![\\p{L}\\p{N}:])`, 'gu');
  return Object.fromEntries(Object.entries(edits).map(([p, text]) => [p, text.replace(word, () => newValue)]));
}

/**
 * "Start the next update from this one": a new draft (made current) that copies the latest
 * published version of `sourceId`, with its "next update" moved on by `minutes` from the time that
 * version promised (or from now, when that has passed or it named none). It belongs where the
 * source belongs (`runId`) and remembers which version it came from. Refused when nothing of the
 * source was published.
 */
export function startNextUpdate(
  state: DraftsState,
  sourceId: string,
  init: { id: string; name: string; minutes: number; now: string },
): DraftsState {
  const source = getOwn(state.drafts, sourceId);
  const from = source && latestPublished(source);
  if (!source || !from || Object.hasOwn(state.drafts, init.id)) return state;
  const due = advancedTime(from.nextUpdateAt, init.minutes, init.now);
  const nextUpdate = promiseText(due, init.now, from.locale);
  const draft: Draft = {
    ...createDraft({ id: init.id, name: init.name, locale: from.locale, runId: source.runId, now: init.now }),
    input: { ...from.input, nextUpdate },
    edits: carryEdits(from.edits, from.input.nextUpdate, nextUpdate),
    basedOn: { draftId: source.id, version: from.number },
  };
  return addDraft(state, draft);
}
