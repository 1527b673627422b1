/**
 * The learning path's progress: pure actions on the stored state (src/lib/schemas/progress.ts)
 * and what the pages show from it. No DOM, no storage (src/stores/progress.ts does that).
 *
 * A guide is in one of three states, the furthest it reached:
 * - `new`: not started (nothing stored about it);
 * - `read`: the reader reached its end (`readingDone` in ./reading.ts);
 * - `practised`: a completed drill cites one of its sections (whether or not it was read: the
 *   drill's feedback sent the learner through it).
 */
import type { ProgressState } from './schemas/progress.ts';

export type { ProgressState };
export const PROGRESS_VERSION = 1;
export const PROGRESS_MIGRATIONS: Record<number, (data: unknown) => unknown> = {};

export const GUIDE_STATES = ['new', 'read', 'practised'] as const;
export type GuideState = (typeof GUIDE_STATES)[number];

export const emptyProgress = (): ProgressState => ({ read: {}, drills: {} });

/** The guide was read, at `at`; the first time is kept (the same state back when already read). */
export function markRead(state: ProgressState, guideId: string, at: string): ProgressState {
  if (Object.hasOwn(state.read, guideId)) return state;
  return { ...state, read: { ...state.read, [guideId]: at } };
}

/** A play-through of the drill reached its debrief, at `at`; the first time is kept. */
export function markDrillDone(state: ProgressState, drillId: string, at: string): ProgressState {
  if (Object.hasOwn(state.drills, drillId)) return state;
  return { ...state, drills: { ...state.drills, [drillId]: at } };
}

/**
 * One guide's state. `drillsCiting` are the drills whose feedback cites a section of the guide
 * (known at build time from the drill files); `practisedGuides`, guides a record of drill plays
 * already knows as practised (the guides cited on the path a finished play took).
 */
export function guideState(
  state: ProgressState,
  guideId: string,
  drillsCiting: readonly string[],
  practisedGuides: readonly string[] = [],
): GuideState {
  // Own keys only: `toString` is just an id.
  if (practisedGuides.includes(guideId) || drillsCiting.some((drill) => Object.hasOwn(state.drills, drill)))
    return 'practised';
  return Object.hasOwn(state.read, guideId) ? 'read' : 'new';
}

/** Drill id → the guides it cites, turned around: guide id → the drills citing it, each once, in order. */
export function drillsByGuide(cited: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [drill, guides] of Object.entries(cited))
    for (const guide of guides) {
      const list = Object.hasOwn(out, guide) ? (out[guide] ?? []) : [];
      if (!list.includes(drill)) out[guide] = [...list, drill];
    }
  return out;
}
