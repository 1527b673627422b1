/**
 * A play-through as it will be stored: the drill's id, the practice incident it runs in, and the
 * append-only list of events the engine derives everything from (engine.ts). One Valibot schema
 * per shape: the stored value, an imported file and the engine's `DrillEvent` type all come from
 * here. Nothing derived (clock, released injects, score) is stored.
 * Ids and times are the shared building blocks (src/lib/schemas/common.ts).
 */
import * as v from 'valibot';
import { SEVERITIES } from '../incident/levels.ts';
import { IdSchema as Id, IsoTimeSchema as IsoTime } from '../schemas/common.ts';
import { STATEMENT_KINDS } from '../statement/types.ts';
import { CONTACTS, DrillId } from './ids.ts';

const at = { at: IsoTime };

export const MODES = ['solo', 'facilitated'] as const;

export const DrillEventSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('start'),
    ...at,
    mode: v.picklist(MODES),
    /** Simulated minutes per real minute (1 = real time). */
    speed: v.pipe(v.number(), v.minValue(0.1), v.maxValue(60)),
  }),
  v.strictObject({ type: v.literal('pause'), ...at }),
  v.strictObject({ type: v.literal('resume'), ...at }),
  v.strictObject({ type: v.literal('skip'), ...at }),
  v.strictObject({ type: v.literal('end'), ...at }),
  v.strictObject({ type: v.literal('release'), ...at, inject: DrillId }),
  v.strictObject({ type: v.literal('choose'), ...at, decision: DrillId, choice: DrillId, sure: v.boolean() }),
  v.strictObject({
    type: v.literal('statement'),
    ...at,
    kind: v.picklist(STATEMENT_KINDS),
    text: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
    /** Simulated minutes until the next update it promises, if it names one. */
    promisedMinutes: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(480)))),
  }),
  v.strictObject({ type: v.literal('severity'), ...at, level: v.picklist(SEVERITIES) }),
  v.strictObject({ type: v.literal('escalate'), ...at, to: v.picklist(CONTACTS) }),
  /** `complete` when the card has handle, address, time seen, text and screenshot (`evidenceComplete`). */
  v.strictObject({ type: v.literal('evidence'), ...at, inject: DrillId, complete: v.boolean() }),
  v.strictObject({ type: v.literal('note'), ...at, text: v.pipe(v.string(), v.maxLength(4000)) }),
]);
export type DrillEvent = v.InferOutput<typeof DrillEventSchema>;

/** Events kept per play; a facilitated drill of a few hours stays far below it. */
export const EVENTS_LIMIT = 5000;

/**
 * Written once, when the drill finishes: the overall score and the guides its feedback cites, so
 * the learning path can show "practised in a drill" without loading the scenario. The full score
 * and the debrief are derived again from the events whenever they are shown.
 */
export const PlayResult = v.strictObject({
  at: IsoTime,
  overall: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  guides: v.pipe(v.array(DrillId), v.maxLength(100)),
});
export type PlayResult = v.InferOutput<typeof PlayResult>;

export const DrillPlay = v.strictObject({
  id: Id,
  drillId: DrillId,
  /** The practice incident (kind "drill") the play runs in. */
  incidentId: v.nullable(Id),
  /** The language it is played in (injects, debrief). Absent in plays written before it existed: Spanish. */
  lang: v.optional(v.picklist(['es', 'en']), 'es'),
  events: v.pipe(v.array(DrillEventSchema), v.maxLength(EVENTS_LIMIT)),
  result: v.optional(v.nullable(PlayResult), null),
});
export type DrillPlay = v.InferOutput<typeof DrillPlay>;

/** What an evidence card needs to count as complete in a drill (crisis mode's card fields). */
export function evidenceComplete(card: {
  handle: string;
  url: string;
  seenAt: string;
  text: string;
  screenshot: unknown;
}): boolean {
  return Boolean(card.handle.trim() && card.url.trim() && card.seenAt && card.text.trim() && card.screenshot);
}
