/**
 * The stored drill plays, persisted under `crisis-playbook:drills`: the concern alone, light
 * enough for the pages that only read plays (the learning path, the data panel's export and
 * import). Playing a drill is ./drill-play.ts.
 *
 * Stored shape (envelope version 1): `{ "plays": { "<id>": DrillPlay } }` (src/lib/schemas/drill-plays.ts).
 * Lifecycle, tab sync, quarantine and refused writes as for the sessions store (./storage.ts).
 */
import { computed } from 'nanostores';
import { playHistory, practisedGuides } from '../lib/drills/plays.ts';
import {
  DRILL_PLAYS_MIGRATIONS,
  DRILL_PLAYS_VERSION,
  DrillPlaysState,
  emptyDrillPlays,
} from '../lib/schemas/drill-plays.ts';
import type { EnvelopeSpec } from '../lib/storage.ts';
import { persistentEnvelope } from './storage.ts';

export const DRILLS_KEY = 'crisis-playbook:drills';
export const DRILLS_SPEC: EnvelopeSpec<DrillPlaysState> = {
  version: DRILL_PLAYS_VERSION,
  migrations: DRILL_PLAYS_MIGRATIONS,
  schema: DrillPlaysState,
};

export const drillPlays = persistentEnvelope(DRILLS_KEY, DRILLS_SPEC, emptyDrillPlays);
export const $drillPlays = drillPlays.$store;
/** Past and current plays, newest first: the drills' own history, never mixed with real incidents. */
export const $playHistory = computed($drillPlays, playHistory);

/**
 * Guide ids practised in a drill (cited by the feedback of drills played to the end), sorted:
 * the learning path's "practised in a drill" state. Pure version: `practisedGuides(state)`.
 */
export const $practisedGuides = computed($drillPlays, practisedGuides);
export { practisedGuides };
