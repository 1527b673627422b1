/**
 * The sessions store: checklist progress (a practice or an incident), persisted in localStorage
 * under `crisis-playbook:runs`. The key keeps its first name ("runs") on purpose: renaming it would
 * strand every stored session; in code the concept is a session.
 *
 * Stored shape (envelope version 2):
 *   { "version": 2, "data": { "currentRunId": "…", "runs": { "<id>": Session } } }
 * with Session as in src/lib/schemas/session.ts (ticks keyed `checklistId/itemId` → ISO time, and
 * a log). Version 1 (the foundation) had no log; SESSIONS_MIGRATIONS[1] adds an empty one.
 *
 * Lifecycle: read once when this module loads in the browser and again whenever another tab
 * writes the key; every action is applied to the freshest stored value (./storage.ts), so tabs
 * never lose each other's ticks. Migrations: bump SESSIONS_VERSION and add SESSIONS_MIGRATIONS[n]
 * in src/lib/sessions.ts, with a unit test that upgrades a stored value of version n. A value that
 * cannot be decoded is set aside (./storage.ts) and the store starts with a fresh practice.
 */

import { atom, computed } from 'nanostores';
import { newId } from '../lib/records.ts';
import { SessionsStateSchema } from '../lib/schemas/session.ts';
import {
  currentSession,
  initialSessionsState,
  renameSession,
  resetTicks,
  restoreTicks,
  SESSIONS_MIGRATIONS,
  SESSIONS_VERSION,
  type SessionKind,
  type SessionsState,
  sessionHistory,
  setTick,
  startSession,
  type Ticks,
} from '../lib/sessions.ts';
import type { EnvelopeSpec } from '../lib/storage.ts';
import { clockNow, reportCrisisAction } from './drill-bridge.ts';
import { persistentEnvelope } from './storage.ts';

export const SESSIONS_KEY = 'crisis-playbook:runs';

export const SESSIONS_SPEC: EnvelopeSpec<SessionsState> = {
  version: SESSIONS_VERSION,
  migrations: SESSIONS_MIGRATIONS,
  schema: SessionsStateSchema,
};

export function freshSessions(now: Date = clockNow()): SessionsState {
  return initialSessionsState({ id: newId(), now: now.toISOString() });
}

export const sessions = persistentEnvelope(SESSIONS_KEY, SESSIONS_SPEC, freshSessions);
export const $sessions = sessions.$store;

export const $currentSession = computed($sessions, currentSession);
export const $history = computed($sessions, sessionHistory);

/**
 * The last change that can be undone, for the "Undo" button: what it was and the ticks the
 * session had before it. Kept in memory only: undo is for the moment after a slip, not for next week.
 */
export interface LastChange {
  action: 'tick' | 'untick' | 'reset';
  runId: string;
  /** The item, for tick and untick; the checklist, for a reset of one list. */
  checklistId?: string;
  itemId?: string;
  before: Ticks;
}
export const $lastChange = atom<LastChange | null>(null);

/** Ticks or unticks an item of the current session. False when storage refused the write (the store then shows what is stored). */
export async function toggleItem(
  checklistId: string,
  itemId: string,
  ticked: boolean,
  now: Date = clockNow(),
): Promise<boolean> {
  const run = $currentSession.get();
  const ok = await sessions.update((s) => setTick(s, checklistId, itemId, ticked, now.toISOString()));
  if (ok && run)
    $lastChange.set({ action: ticked ? 'tick' : 'untick', runId: run.id, checklistId, itemId, before: run.ticks });
  if (ok && run && ticked) reportCrisisAction({ type: 'tick', runId: run.id, checklistId, itemId });
  return ok;
}

/** Clears the current session's ticks, all or one checklist's. Undoable. */
export async function resetSession(checklistId?: string, now: Date = clockNow()): Promise<boolean> {
  const run = $currentSession.get();
  const ok = await sessions.update((s) => resetTicks(s, now.toISOString(), checklistId));
  if (ok && run)
    $lastChange.set({ action: 'reset', runId: run.id, ...(checklistId ? { checklistId } : {}), before: run.ticks });
  return ok;
}

/** Undoes the last change, if its session still exists. */
export async function undoLastChange(now: Date = clockNow()): Promise<boolean> {
  const last = $lastChange.get();
  if (!last) return false;
  const ok = await sessions.update((s) => restoreTicks(s, last.runId, last.before, now.toISOString()));
  if (ok) $lastChange.set(null);
  return ok;
}

/** Closes the current session (it stays in history) and starts a new one. */
export function newSession(title: string, kind: SessionKind = 'practice', now: Date = clockNow()): Promise<boolean> {
  $lastChange.set(null);
  const id = newId();
  return sessions.update((s) => startSession(s, { id, title, kind, now: now.toISOString() }));
}

/**
 * Renames the current session. `immediate` skips the lock, for the last save when the page is
 * being hidden (a lock granted later might never run).
 */
export function renameCurrentSession(title: string, options: { immediate?: boolean } = {}): Promise<boolean> {
  const id = $currentSession.get()?.id;
  return id ? sessions.update((s) => renameSession(s, id, title), options) : Promise.resolve(true);
}

/** Makes an older session current again (its ticks and log as they were). */
export function switchToSession(runId: string): Promise<boolean> {
  if (!Object.hasOwn($sessions.get().runs, runId)) return Promise.resolve(false);
  $lastChange.set(null);
  return sessions.update((s) => (Object.hasOwn(s.runs, runId) ? { ...s, currentRunId: runId } : s));
}
