/**
 * The learning path's progress, as stored under `crisis-playbook:progress` and exported with
 * everything: which guides were read (to the end, or nearly) and which drills were completed,
 * each with the time it first happened. Ids only, so progress survives a language switch and
 * any rewording of a guide. "Practised" is derived, never stored: a guide cited by a completed
 * drill (src/lib/progress.ts).
 */
import * as v from 'valibot';
import { IsoTimeSchema, isId, keyedRecord } from './common.ts';

/** Far above the site's guides and drills; a file cannot grow the map without bound. */
export const PROGRESS_LIMIT = 500;

const timesById = v.pipe(
  keyedRecord(isId, IsoTimeSchema),
  v.check((map) => Object.keys(map).length <= PROGRESS_LIMIT, `At most ${PROGRESS_LIMIT} entries`),
);

export const ProgressStateSchema = v.strictObject({
  /** Guide id → when the reader first reached its end. */
  read: timesById,
  /** Drill id → when a play-through of it was first completed (to the debrief). */
  drills: timesById,
});

export type ProgressState = v.InferOutput<typeof ProgressStateSchema>;
