/**
 * The learning path's progress, persisted under `crisis-playbook:progress`.
 *
 * Stored shape (envelope version 1):
 *   { "version": 1, "data": { "read": { "<guideId>": ISO }, "drills": { "<drillId>": ISO } } }
 * as in src/lib/schemas/progress.ts. Lifecycle, tab sync, merging, quarantine and failures as for
 * the sessions store (./storage.ts). Exported, imported and cleared with everything (./transfer.ts).
 *
 * Drill play records a completed drill with `completeDrill(id)` when a play-through reaches its
 * debrief: that is all the learning path needs to show the guides it cites as practised.
 */
import {
  emptyProgress,
  markDrillDone,
  markRead,
  PROGRESS_MIGRATIONS,
  PROGRESS_VERSION,
  type ProgressState,
} from '../lib/progress.ts';
import { ProgressStateSchema } from '../lib/schemas/progress.ts';
import type { EnvelopeSpec } from '../lib/storage.ts';
import { persistentEnvelope } from './storage.ts';

export const PROGRESS_KEY = 'crisis-playbook:progress';
export const PROGRESS_SPEC: EnvelopeSpec<ProgressState> = {
  version: PROGRESS_VERSION,
  migrations: PROGRESS_MIGRATIONS,
  schema: ProgressStateSchema,
};

export const progress = persistentEnvelope<ProgressState>(PROGRESS_KEY, PROGRESS_SPEC, emptyProgress);
export const $progress = progress.$store;

const now = () => new Date().toISOString();

/** The reader reached the end of guide `id`. Nothing is written when it was read before. */
export const markGuideRead = (id: string, at: string = now()) => progress.update((s) => markRead(s, id, at));

/** A play-through of drill `id` reached its debrief. */
export const completeDrill = (id: string, at: string = now()) => progress.update((s) => markDrillDone(s, id, at));
