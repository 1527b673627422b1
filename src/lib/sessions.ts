/**
 * Runs: one use of the checklists. A practice run (training) or an incident (a live crisis)
 * share this model, so crisis mode reuses everything the checklists do today.
 *
 * Ticks are keyed by ids (`checklistId/itemId`), never by text or locale, so progress survives a
 * language switch and a rewording of an item. Everything here is pure: time and ids come in as
 * arguments, and every change returns a new state.
 */

export type SessionKind = 'practice' | 'incident';

/** `checklistId/itemId` */
export type TickKey = `${string}/${string}`;

/**
 * The run's timestamped log: every tick, untick, reset and undo, oldest first. An untick keeps
 * the time the item had been ticked, so the history reads whole even after changes.
 */
export type SessionEvent =
  | { at: string; action: 'tick'; key: TickKey }
  | { at: string; action: 'untick'; key: TickKey; tickedAt: string }
  | { at: string; action: 'reset'; count: number }
  | { at: string; action: 'undo' };

/** The log keeps the latest events only, so a long incident cannot fill the storage. */
export const LOG_LIMIT = 2000;

export interface Session {
  id: string;
  kind: SessionKind;
  title: string;
  /** ISO 8601 */
  startedAt: string;
  /** ISO 8601, or null while the run is open */
  closedAt: string | null;
  /** When each item was ticked (ISO 8601). An unticked item has no entry. */
  ticks: Record<TickKey, string>;
  log: SessionEvent[];
}

export interface SessionsState {
  currentRunId: string;
  runs: Record<string, Session>;
}

export interface Progress {
  done: number;
  total: number;
}

export function tickKey(checklistId: string, itemId: string): TickKey {
  return `${checklistId}/${itemId}`;
}

export function createSession(init: { id: string; kind?: SessionKind; title: string; now: string }): Session {
  return {
    id: init.id,
    kind: init.kind ?? 'practice',
    title: init.title,
    startedAt: init.now,
    closedAt: null,
    ticks: {},
    log: [],
  };
}

/** A state holding one open practice run: what a first visit starts with. An empty title shows as a dated "Practice" in the user's language. */
export function initialSessionsState(init: { id: string; now: string; title?: string }): SessionsState {
  const run = createSession({ id: init.id, title: init.title ?? '', now: init.now });
  return { currentRunId: run.id, runs: { [run.id]: run } };
}

export function currentSession(state: SessionsState): Session | undefined {
  return state.runs[state.currentRunId];
}

function withEvent(run: Session, ticks: Record<TickKey, string>, event: SessionEvent): Session {
  return { ...run, ticks, log: [...run.log, event].slice(-LOG_LIMIT) };
}

function replaceRun(state: SessionsState, run: Session): SessionsState {
  return { ...state, runs: { ...state.runs, [run.id]: run } };
}

/** Ticks or unticks one item of the current run. Ticking an already-ticked item keeps its first time. */
export function setTick(
  state: SessionsState,
  checklistId: string,
  itemId: string,
  ticked: boolean,
  now: string,
): SessionsState {
  const run = currentSession(state);
  if (!run) return state;
  const key = tickKey(checklistId, itemId);
  const tickedAt = run.ticks[key];
  if (ticked === (tickedAt !== undefined)) return state;
  const ticks = { ...run.ticks };
  if (ticked) {
    ticks[key] = now;
    return replaceRun(state, withEvent(run, ticks, { at: now, action: 'tick', key }));
  }
  delete ticks[key];
  return replaceRun(state, withEvent(run, ticks, { at: now, action: 'untick', key, tickedAt: tickedAt ?? now }));
}

/** Clears the current run's ticks (all of them, or one checklist's). The log keeps what was there. */
export function resetTicks(state: SessionsState, now: string, checklistId?: string): SessionsState {
  const run = currentSession(state);
  if (!run) return state;
  const keep = Object.entries(run.ticks).filter(
    ([key]) => checklistId !== undefined && !key.startsWith(`${checklistId}/`),
  );
  const count = Object.keys(run.ticks).length - keep.length;
  if (count === 0) return state;
  return replaceRun(state, withEvent(run, Object.fromEntries(keep), { at: now, action: 'reset', count }));
}

/** Puts back ticks saved before a change (the store's undo), and logs the undo. */
export function restoreTicks(
  state: SessionsState,
  runId: string,
  ticks: Record<TickKey, string>,
  now: string,
): SessionsState {
  const run = state.runs[runId];
  if (!run) return state;
  return replaceRun(state, withEvent(run, { ...ticks }, { at: now, action: 'undo' }));
}

/** Closes the current run and starts a new one as current; the old one stays in history. */
export function startSession(
  state: SessionsState,
  init: { id: string; title: string; now: string; kind?: SessionKind },
): SessionsState {
  const previous = currentSession(state);
  const runs = { ...state.runs };
  if (previous && previous.closedAt === null) runs[previous.id] = { ...previous, closedAt: init.now };
  const run = createSession(init);
  runs[run.id] = run;
  return { currentRunId: run.id, runs };
}

/** Renames a run (trimmed, at most 120 characters; an empty title keeps the old one). */
export function renameSession(state: SessionsState, runId: string, title: string): SessionsState {
  const run = state.runs[runId];
  const clean = title.replace(/\s+/g, ' ').trim().slice(0, 120);
  if (!run || !clean || clean === run.title) return state;
  return replaceRun(state, { ...run, title: clean });
}

/** Runs newest first, the current one included. */
export function sessionHistory(state: SessionsState): Session[] {
  return Object.values(state.runs).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** Progress of one checklist in a run, counting only items that exist now (a removed item's old tick is ignored, not lost). */
export function checklistProgress(run: Session | undefined, checklistId: string, itemIds: readonly string[]): Progress {
  const done = run ? itemIds.filter((id) => tickKey(checklistId, id) in run.ticks).length : 0;
  return { done, total: itemIds.length };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const isIsoTime = (v: unknown): v is string =>
  typeof v === 'string' && ISO_TIME.test(v) && !Number.isNaN(Date.parse(v));

const isTickKey = (v: unknown): v is TickKey => typeof v === 'string' && /^[^/]+\/[^/]+$/.test(v);

export function isSessionEvent(value: unknown): value is SessionEvent {
  if (!isObject(value) || !isIsoTime(value['at'])) return false;
  switch (value['action']) {
    case 'tick':
      return isTickKey(value['key']);
    case 'untick':
      return isTickKey(value['key']) && isIsoTime(value['tickedAt']);
    case 'reset':
      return typeof value['count'] === 'number' && Number.isInteger(value['count']) && value['count'] >= 0;
    case 'undo':
      return true;
    default:
      return false;
  }
}

export function isSession(value: unknown): value is Session {
  if (!isObject(value)) return false;
  const { id, kind, title, startedAt, closedAt, ticks, log } = value;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    (kind === 'practice' || kind === 'incident') &&
    typeof title === 'string' &&
    isIsoTime(startedAt) &&
    (closedAt === null || isIsoTime(closedAt)) &&
    isObject(ticks) &&
    Object.entries(ticks).every(([key, time]) => isTickKey(key) && isIsoTime(time)) &&
    Array.isArray(log) &&
    log.every(isSessionEvent)
  );
}

/**
 * Stored versions of the runs state. v1 (the foundation) had no log; v2 adds `log`.
 * `SESSIONS_MIGRATIONS[n]` upgrades version n to n + 1.
 */
export const SESSIONS_VERSION = 2;
export const SESSIONS_MIGRATIONS: Record<number, (data: unknown) => unknown> = {
  1: (data) => {
    if (!isObject(data) || !isObject(data['runs'])) return data;
    const runs = Object.fromEntries(
      Object.entries(data['runs']).map(([id, run]) => [id, isObject(run) ? { ...run, log: [] } : run]),
    );
    return { ...data, runs };
  },
};

/** Validates a decoded value: every run well formed, keyed by its own id, and the current run present. */
export function isSessionsState(value: unknown): value is SessionsState {
  if (!isObject(value) || typeof value['currentRunId'] !== 'string' || !isObject(value['runs'])) return false;
  const runs = value['runs'];
  return value['currentRunId'] in runs && Object.entries(runs).every(([id, run]) => isSession(run) && run.id === id);
}
