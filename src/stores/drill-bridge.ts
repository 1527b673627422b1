/**
 * The one seam between crisis mode and a drill in play, kept tiny because the sessions and
 * incidents stores load it on every page with a checklist.
 *
 * - **Clock.** During a drill the crisis screens run on the drill clock (simulated time, see
 *   src/lib/drills/engine.ts `drillClock`): `clockNow()` is that time while the drill-play store
 *   has set a source, the real time otherwise. Every default `now` of the crisis stores and the
 *   crisis islands reads it, so clocks, timeline entries, ticks and severity changes of a drill are
 *   all in drill time, and crisis mode's clock code runs unchanged.
 * - **Actions.** The crisis stores report what the learner did (`reportCrisisAction`); the
 *   drill-play store, when loaded and a drill is open, turns it into a drill event the engine reads.
 */

import type { CrisisAction } from '../lib/drills/plays.ts';

export type { CrisisAction };

let source: (() => Date) | null = null;
const listeners = new Set<(action: CrisisAction) => void>();
const clockListeners = new Set<() => void>();

/** Now, on the clock the crisis screens run on: the drill clock during a drill, else the real time. */
export const clockNow = (): Date => source?.() ?? new Date();

/** Sets (or, with null, removes) the drill clock. */
export function setClock(next: (() => Date) | null): void {
  if (source === next) return;
  source = next;
  for (const listener of clockListeners) listener();
}

/** Called when the clock changes source (a drill's clock set or removed): clocks on screen redraw. */
export function onClockChange(listener: () => void): () => void {
  clockListeners.add(listener);
  return () => clockListeners.delete(listener);
}

export function reportCrisisAction(action: CrisisAction): void {
  for (const listener of listeners) listener(action);
}

export function onCrisisAction(listener: (action: CrisisAction) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
