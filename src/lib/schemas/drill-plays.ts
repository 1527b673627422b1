/**
 * The stored drill plays (`crisis-playbook:drills`, envelope version 1) and their place in the
 * export file: `{ "plays": { "<id>": DrillPlay } }`. A play (src/lib/drills/play.ts) holds its
 * drill's id, the practice incident it runs in (an incident of kind "drill"), the language, the
 * append-only events the engine derives everything from, and the result written when it finished.
 */
import * as v from 'valibot';
import { DrillPlay } from '../drills/play.ts';
import { isId, keyedRecord, pathTo } from './common.ts';

export const DrillPlaysState = v.pipe(
  v.strictObject({ plays: keyedRecord(isId, DrillPlay) }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const state = dataset.value;
    const moved = Object.entries(state.plays).find(([id, play]) => play.id !== id);
    if (moved)
      addIssue({ message: 'An item is stored under another id', path: pathTo(state, 'plays', moved[0], 'id') });
  }),
);
export type DrillPlaysState = v.InferOutput<typeof DrillPlaysState>;

export const DRILL_PLAYS_VERSION = 1;
export const DRILL_PLAYS_MIGRATIONS: Record<number, (data: unknown) => unknown> = {};
export const emptyDrillPlays = (): DrillPlaysState => ({ plays: {} });
