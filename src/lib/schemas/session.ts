/**
 * A checklist session (a practice or an incident), its log events, and the sessions state as it
 * is stored under `crisis-playbook:runs` and exported. The stored field names (`currentRunId`,
 * `runs`) are the first version's and stay, so nothing stored or exported has to move.
 */
import * as v from 'valibot';
import { IdSchema, IsoTimeSchema, isId, keyedRecord, text, withOwnIds } from './common.ts';

/** `checklistId/itemId` */
export type TickKey = `${string}/${string}`;
export const isTickKey = (key: string): key is TickKey => {
  const [list, item, extra] = key.split('/');
  return extra === undefined && isId(list) && isId(item);
};

/** The log keeps the latest events only, so a long incident cannot fill the storage. */
export const LOG_LIMIT = 2000;
export const TITLE_LIMIT = 200;

const TickKeySchema = v.custom<TickKey>((key) => typeof key === 'string' && isTickKey(key), 'Invalid tick key');

/**
 * One entry of a session's log: a tick, an untick (with the time the item had been ticked, so
 * the history reads whole even after changes), a reset or an undo.
 */
export const SessionEventSchema = v.variant('action', [
  v.strictObject({ at: IsoTimeSchema, action: v.literal('tick'), key: TickKeySchema }),
  v.strictObject({ at: IsoTimeSchema, action: v.literal('untick'), key: TickKeySchema, tickedAt: IsoTimeSchema }),
  v.strictObject({
    at: IsoTimeSchema,
    action: v.literal('reset'),
    count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({ at: IsoTimeSchema, action: v.literal('undo') }),
]);

/** `drill`: a practice incident's checklist session (src/lib/drills), kept out of the sessions history. */
export const SESSION_KINDS = ['practice', 'incident', 'drill'] as const;

export const SessionSchema = v.strictObject({
  id: IdSchema,
  kind: v.picklist(SESSION_KINDS),
  /** Empty until named: the UI shows a dated "Practice". */
  title: text(TITLE_LIMIT),
  startedAt: IsoTimeSchema,
  /** null while the session is open */
  closedAt: v.nullable(IsoTimeSchema),
  /** When each item was ticked. An unticked item has no entry. */
  ticks: keyedRecord(isTickKey, IsoTimeSchema),
  log: v.pipe(v.array(SessionEventSchema), v.maxLength(LOG_LIMIT)),
});

export const SessionsStateSchema = withOwnIds(
  v.strictObject({
    currentRunId: IdSchema,
    runs: keyedRecord(isId, SessionSchema),
  }),
  'currentRunId',
  'runs',
);

export type SessionEvent = v.InferOutput<typeof SessionEventSchema>;
export type SessionKind = (typeof SESSION_KINDS)[number];
export type Session = v.InferOutput<typeof SessionSchema>;
export type SessionsState = v.InferOutput<typeof SessionsStateSchema>;
