/**
 * The runs store: checklist progress, persisted in localStorage under `crisis-playbook:runs`.
 *
 * Stored shape (envelope version 2):
 *   { "version": 2, "data": { "currentRunId": "…", "runs": { "<id>": Run } } }
 * with Run as in src/lib/runs.ts (ticks keyed `checklistId/itemId` → ISO time, and a log).
 * Version 1 (the foundation) had no log; RUNS_MIGRATIONS[1] adds an empty one.
 *
 * Lifecycle: read once when this module loads in the browser and again whenever another tab
 * writes the key (@nanostores/persistent listens to `storage` events), written on every change.
 * Migrations: bump RUNS_VERSION and add RUNS_MIGRATIONS[n] in src/lib/runs.ts, with a unit
 * test that upgrades a stored value of version n. A value that cannot be decoded is quarantined (see
 * ./storage.ts) and the store starts with a fresh practice run.
 */
import { atom, computed } from 'nanostores';
import {
  currentRun,
  initialRunsState,
  isRunsState,
  RUNS_MIGRATIONS,
  RUNS_VERSION,
  type RunKind,
  type RunsState,
  renameRun,
  resetTicks,
  restoreTicks,
  runHistory,
  setTick,
  startRun,
  type TickKey,
} from '../lib/runs.ts';
import type { EnvelopeSpec } from '../lib/storage.ts';
import { committer, persistentEnvelope } from './storage.ts';

export const RUNS_KEY = 'crisis-playbook:runs';

export const RUNS_SPEC: EnvelopeSpec<RunsState> = {
  version: RUNS_VERSION,
  migrations: RUNS_MIGRATIONS,
  validate: isRunsState,
};

function freshState(): RunsState {
  return initialRunsState({ id: newId(), now: new Date().toISOString() });
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `run-${Date.now().toString(36)}`;
}

export const $runs = persistentEnvelope(RUNS_KEY, RUNS_SPEC, freshState);

export const $currentRun = computed($runs, currentRun);
export const $history = computed($runs, runHistory);

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
const commit = committer($runs);

/** Ticks or unticks an item of the current run. Returns false when storage refused the write. */
export function toggleItem(checklistId: string, itemId: string, ticked: boolean, now: Date = new Date()): boolean {
  const run = $currentRun.get();
  const ok = commit(setTick($runs.get(), checklistId, itemId, ticked, now.toISOString()));
  if (ok && run)
    $lastChange.set({ action: ticked ? 'tick' : 'untick', runId: run.id, checklistId, itemId, before: run.ticks });
  return ok;
}

/** Clears the current run's ticks, all or one checklist's. Undoable. */
export function resetRun(checklistId?: string, now: Date = new Date()): boolean {
  const run = $currentRun.get();
  const ok = commit(resetTicks($runs.get(), now.toISOString(), checklistId));
  if (ok && run)
    $lastChange.set({ action: 'reset', runId: run.id, ...(checklistId ? { checklistId } : {}), before: run.ticks });
  return ok;
}

/** Undoes the last change, if its run still exists. */
export function undoLastChange(now: Date = new Date()): boolean {
  const last = $lastChange.get();
  if (!last) return false;
  const ok = commit(restoreTicks($runs.get(), last.runId, last.before, now.toISOString()));
  if (ok) $lastChange.set(null);
  return ok;
}

/** Closes the current run (it stays in history) and starts a new one. */
export function newRun(title: string, kind: RunKind = 'practice', now: Date = new Date()): boolean {
  $lastChange.set(null);
  return commit(startRun($runs.get(), { id: newId(), title, kind, now: now.toISOString() }));
}

export function renameCurrentRun(title: string): boolean {
  const run = $currentRun.get();
  return run ? commit(renameRun($runs.get(), run.id, title)) : true;
}

/** Makes an older run current again (its ticks and log as they were). */
export function switchToRun(runId: string): boolean {
  const state = $runs.get();
  if (!(runId in state.runs)) return false;
  $lastChange.set(null);
  return commit({ ...state, currentRunId: runId });
}

/** Replaces everything with an imported or fresh state. */
export function replaceAll(state: RunsState): boolean {
  $lastChange.set(null);
  return commit(state);
}

/** Clears all progress: one fresh practice run. (The UI offers an export first.) */
export function clearAll(now: Date = new Date()): boolean {
  return replaceAll(initialRunsState({ id: newId(), now: now.toISOString() }));
}

export { newId };
