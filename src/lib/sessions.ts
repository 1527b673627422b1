/**
 * Runs: one use of the checklists. A practice run (training) or an incident (a live crisis)
 * share this model, so crisis mode reuses everything the checklists do today.
 *
 * Ticks are keyed by ids (`checklistId/itemId`), never by text or locale, so progress survives a
 * language switch and a rewording of an item. Everything here is pure: time and ids come in as
 * arguments, and every change returns a new state.
 */

import { getOwn } from './records.ts';
import {
  LOG_LIMIT,
  type Session,
  type SessionEvent,
  type SessionKind,
  type SessionsState,
  type TickKey,
} from './schemas/session.ts';

// The shapes are declared once, as schemas (src/lib/schemas/session.ts); the types derive from them.
export type { Session, SessionEvent, SessionKind, SessionsState, TickKey };
/** When each item of a session was ticked. */
export type Ticks = Session['ticks'];
export { LOG_LIMIT };

export type Progress = { done: number; total: number };

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
  return getOwn(state.runs, state.currentRunId);
}

function withEvent(run: Session, ticks: Ticks, event: SessionEvent): Session {
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
  const tickedAt = getOwn(run.ticks, key);
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
export function restoreTicks(state: SessionsState, runId: string, ticks: Ticks, now: string): SessionsState {
  const run = getOwn(state.runs, runId);
  if (!run) return state;
  return replaceRun(state, withEvent(run, { ...ticks }, { at: now, action: 'undo' }));
}

/** Closes the current run and starts a new one as current; the old one stays in history. */
export function startSession(
  state: SessionsState,
  init: { id: string; title: string; now: string; kind?: SessionKind },
): SessionsState {
  // Made again (another tab missed it): the session exists already, nothing to do.
  if (Object.hasOwn(state.runs, init.id)) return state;
  const previous = currentSession(state);
  const runs = { ...state.runs };
  if (previous && previous.closedAt === null) runs[previous.id] = { ...previous, closedAt: init.now };
  const run = createSession(init);
  runs[run.id] = run;
  return { currentRunId: run.id, runs };
}

/** Closes a session at `now` (it stays in history, and current if it was); unknown or closed already: unchanged. */
export function closeSession(state: SessionsState, runId: string, now: string): SessionsState {
  const run = getOwn(state.runs, runId);
  return !run || run.closedAt !== null ? state : replaceRun(state, { ...run, closedAt: now });
}

/** Adds a session as it is (a hand-over's), unless its id is taken; the current session stays current. */
export function addSession(state: SessionsState, run: Session): SessionsState {
  return Object.hasOwn(state.runs, run.id) ? state : replaceRun(state, run);
}

/** A session's name is short: it heads the panel and the exports. */
export const SESSION_NAME_LIMIT = 120;

/** Renames a run (trimmed, at most SESSION_NAME_LIMIT characters; an empty title keeps the old one). */
export function renameSession(state: SessionsState, runId: string, title: string): SessionsState {
  const run = getOwn(state.runs, runId);
  const clean = title.replace(/\s+/g, ' ').trim().slice(0, SESSION_NAME_LIMIT);
  if (!run || !clean || clean === run.title) return state;
  return replaceRun(state, { ...run, title: clean });
}

/** Runs newest first, the current one included; a drill's session only while it is the current one. */
export function sessionHistory(state: SessionsState): Session[] {
  return Object.values(state.runs)
    .filter((run) => run.kind !== 'drill' || run.id === state.currentRunId)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** Progress of one checklist in a run, counting only items that exist now (a removed item's old tick is ignored, not lost). */
export function checklistProgress(run: Session | undefined, checklistId: string, itemIds: readonly string[]): Progress {
  const done = run ? itemIds.filter((id) => Object.hasOwn(run.ticks, tickKey(checklistId, id))).length : 0;
  return { done, total: itemIds.length };
}

/** Progress of a session over several checklists together (the page's overall bar). */
export function overallProgress(
  run: Session | undefined,
  checklists: readonly { id: string; items: readonly { id: string }[] }[],
): Progress {
  return checklists.reduce(
    (sum, list) => {
      const p = checklistProgress(
        run,
        list.id,
        list.items.map((i) => i.id),
      );
      return { done: sum.done + p.done, total: sum.total + p.total };
    },
    { done: 0, total: 0 },
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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
