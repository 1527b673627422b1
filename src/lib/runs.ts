/**
 * Runs: one use of the checklists. A practice run (training) or an incident (a live crisis)
 * share this model, so crisis mode reuses everything the checklists do today.
 *
 * Ticks are keyed by ids (`checklistId/itemId`), never by text or locale, so progress survives a
 * language switch and a rewording of an item. Everything here is pure: time and ids come in as
 * arguments, and every change returns a new state.
 */

export type RunKind = 'practice' | 'incident';

/** `checklistId/itemId` */
export type TickKey = `${string}/${string}`;

export interface Run {
  id: string;
  kind: RunKind;
  title: string;
  /** ISO 8601 */
  startedAt: string;
  /** ISO 8601, or null while the run is open */
  closedAt: string | null;
  /** When each item was ticked (ISO 8601). An unticked item has no entry. */
  ticks: Record<TickKey, string>;
}

export interface RunsState {
  currentRunId: string;
  runs: Record<string, Run>;
}

export interface Progress {
  done: number;
  total: number;
}

export function tickKey(checklistId: string, itemId: string): TickKey {
  return `${checklistId}/${itemId}`;
}

export function createRun(init: { id: string; kind?: RunKind; title: string; now: string }): Run {
  return {
    id: init.id,
    kind: init.kind ?? 'practice',
    title: init.title,
    startedAt: init.now,
    closedAt: null,
    ticks: {},
  };
}

/** A state holding one open practice run: what a first visit starts with. */
export function initialRunsState(init: { id: string; now: string; title?: string }): RunsState {
  const run = createRun({ id: init.id, title: init.title ?? 'Practice', now: init.now });
  return { currentRunId: run.id, runs: { [run.id]: run } };
}

export function currentRun(state: RunsState): Run | undefined {
  return state.runs[state.currentRunId];
}

/** Ticks or unticks one item of the current run. Ticking an already-ticked item keeps its first time. */
export function setTick(
  state: RunsState,
  checklistId: string,
  itemId: string,
  ticked: boolean,
  now: string,
): RunsState {
  const run = currentRun(state);
  if (!run) return state;
  const key = tickKey(checklistId, itemId);
  if (ticked === key in run.ticks) return state;
  const ticks = { ...run.ticks };
  if (ticked) ticks[key] = now;
  else delete ticks[key];
  return { ...state, runs: { ...state.runs, [run.id]: { ...run, ticks } } };
}

/** Progress of one checklist in a run, counting only items that exist now (a removed item's old tick is ignored, not lost). */
export function checklistProgress(run: Run | undefined, checklistId: string, itemIds: readonly string[]): Progress {
  const done = run ? itemIds.filter((id) => tickKey(checklistId, id) in run.ticks).length : 0;
  return { done, total: itemIds.length };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIsoTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

export function isRun(value: unknown): value is Run {
  if (!isObject(value)) return false;
  const { id, kind, title, startedAt, closedAt, ticks } = value;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    (kind === 'practice' || kind === 'incident') &&
    typeof title === 'string' &&
    isIsoTime(startedAt) &&
    (closedAt === null || isIsoTime(closedAt)) &&
    isObject(ticks) &&
    Object.entries(ticks).every(([key, time]) => /^[^/]+\/[^/]+$/.test(key) && isIsoTime(time))
  );
}

/** Validates a decoded value: every run well formed, keyed by its own id, and the current run present. */
export function isRunsState(value: unknown): value is RunsState {
  if (!isObject(value) || typeof value['currentRunId'] !== 'string' || !isObject(value['runs'])) return false;
  const runs = value['runs'];
  return value['currentRunId'] in runs && Object.entries(runs).every(([id, run]) => isRun(run) && run.id === id);
}
