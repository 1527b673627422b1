/**
 * The sessions store: checklist progress (a practice or an incident), persisted in localStorage
 * under `crisis-playbook:runs`. The key keeps its first name ("runs") on purpose: renaming it would
 * strand every stored session; in code the concept is a session.
 *
 * Stored shape (envelope version 2):
 *   { "version": 2, "data": { "currentRunId": "…", "runs": { "<id>": Session } } }
 * with Session as in src/lib/sessions.ts (ticks keyed `checklistId/itemId` → ISO time, and a log).
 * Version 1 (the foundation) had no log; SESSIONS_MIGRATIONS[1] adds an empty one.
 *
 * Lifecycle: read once when this module loads in the browser and again whenever another tab
 * writes the key (@nanostores/persistent listens to `storage` events), written on every change.
 * Migrations: bump SESSIONS_VERSION and add SESSIONS_MIGRATIONS[n] in src/lib/sessions.ts, with a unit
 * test that upgrades a stored value of version n. A value that cannot be decoded is quarantined (see
 * ./storage.ts) and the store starts with a fresh practice run.
 */
import { atom, computed } from 'nanostores';
import {
  currentSession,
  initialSessionsState,
  isSessionsState,
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
  type TickKey,
} from '../lib/sessions.ts';
import type { EnvelopeSpec } from '../lib/storage.ts';
import { committer, persistentEnvelope } from './storage.ts';

export const SESSIONS_KEY = 'crisis-playbook:runs';

export const SESSIONS_SPEC: EnvelopeSpec<SessionsState> = {
  version: SESSIONS_VERSION,
  migrations: SESSIONS_MIGRATIONS,
  validate: isSessionsState,
};

function freshState(): SessionsState {
  return initialSessionsState({ id: newId(), now: new Date().toISOString() });
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `run-${Date.now().toString(36)}`;
}

export const $sessions = persistentEnvelope(SESSIONS_KEY, SESSIONS_SPEC, freshState);

export const $currentSession = computed($sessions, currentSession);
export const $history = computed($sessions, sessionHistory);

/**
 * The last change that can be undone, for the "Undo" button: what it was and the ticks the run
 * had before it. Kept in memory only: undo is for the moment after a slip, not for next week.
 */
export interface LastChange {
  action: 'tick' | 'untick' | 'reset';
  runId: string;
  /** The item, for tick and untick; the checklist, for a reset of one list. */
  checklistId?: string;
  itemId?: string;
  before: Record<TickKey, string>;
}
export const $lastChange = atom<LastChange | null>(null);

/** Writes a new state; false (and the user told) when storage refused it. */
const commit = committer($sessions);

/** Ticks or unticks an item of the current run. Returns false when storage refused the write. */
export function toggleItem(checklistId: string, itemId: string, ticked: boolean, now: Date = new Date()): boolean {
  const run = $currentSession.get();
  const ok = commit(setTick($sessions.get(), checklistId, itemId, ticked, now.toISOString()));
  if (ok && run)
    $lastChange.set({ action: ticked ? 'tick' : 'untick', runId: run.id, checklistId, itemId, before: run.ticks });
  return ok;
}

/** Clears the current run's ticks, all or one checklist's. Undoable. */
export function resetSession(checklistId?: string, now: Date = new Date()): boolean {
  const run = $currentSession.get();
  const ok = commit(resetTicks($sessions.get(), now.toISOString(), checklistId));
  if (ok && run)
    $lastChange.set({ action: 'reset', runId: run.id, ...(checklistId ? { checklistId } : {}), before: run.ticks });
  return ok;
}

/** Undoes the last change, if its run still exists. */
export function undoLastChange(now: Date = new Date()): boolean {
  const last = $lastChange.get();
  if (!last) return false;
  const ok = commit(restoreTicks($sessions.get(), last.runId, last.before, now.toISOString()));
  if (ok) $lastChange.set(null);
  return ok;
}

/** Closes the current run (it stays in history) and starts a new one. */
export function newSession(title: string, kind: SessionKind = 'practice', now: Date = new Date()): boolean {
  $lastChange.set(null);
  return commit(startSession($sessions.get(), { id: newId(), title, kind, now: now.toISOString() }));
}

export function renameCurrentSession(title: string): boolean {
  const run = $currentSession.get();
  return run ? commit(renameSession($sessions.get(), run.id, title)) : true;
}

/** Makes an older run current again (its ticks and log as they were). */
export function switchToSession(runId: string): boolean {
  const state = $sessions.get();
  if (!(runId in state.runs)) return false;
  $lastChange.set(null);
  return commit({ ...state, currentRunId: runId });
}

/** Replaces everything with an imported or fresh state. */
export function replaceSessions(state: SessionsState): boolean {
  $lastChange.set(null);
  return commit(state);
}

/** Clears all progress: one fresh practice run. (The UI offers an export first.) */
export function clearSessions(now: Date = new Date()): boolean {
  return replaceSessions(initialSessionsState({ id: newId(), now: now.toISOString() }));
}

export { newId };
