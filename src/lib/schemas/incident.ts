/**
 * The incident record: one live crisis (a later issue adds drills on the same shape).
 *
 * One Valibot schema per shape; types, stored-value validation and import errors all derive
 * from it. The record is ready to be shared as a CRDT document (see docs/architecture.md):
 * every record has a stable id, the timeline, severity history and evidence only ever grow,
 * and nothing derivable is stored (current severity = last of its history; clocks, the merged
 * timeline and the report are computed from timestamps).
 */
import * as v from 'valibot';
import { SEVERITIES } from '../incident/levels.ts';
import { IdSchema as Id, IsoTimeSchema as IsoTime, isId, keyedRecord, text, withOwnIds } from './common.ts';

const Short = text(200);
const Long = text(4000);
const Sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

export { SEVERITIES };
export const Severity = v.picklist(SEVERITIES);
export type Severity = v.InferOutput<typeof Severity>;

export const SeverityChange = v.strictObject({
  id: Id,
  at: IsoTime,
  level: Severity,
  /** Why: "triage" when it came from the wizard, or the user's words. */
  reason: Short,
});
export type SeverityChange = v.InferOutput<typeof SeverityChange>;

export const ENTRY_KINDS = ['note', 'decision', 'call', 'told', 'approval', 'statement'] as const;
export const EntryKind = v.picklist(ENTRY_KINDS);
export type EntryKind = v.InferOutput<typeof EntryKind>;

/** Who does it and by when; `doneAt` once someone marks it done (absent while it is open). */
export const FollowUp = v.strictObject({ owner: Short, dueAt: v.nullable(IsoTime), doneAt: v.optional(IsoTime) });
export type FollowUp = v.InferOutput<typeof FollowUp>;

export const TimelineEntry = v.strictObject({
  id: Id,
  /** When it happened (editable, may be earlier than it was written). */
  happenedAt: IsoTime,
  /** When it was written down (never changes). */
  writtenAt: IsoTime,
  kind: EntryKind,
  text: Long,
  starred: v.boolean(),
  visibility: v.picklist(['internal', 'public']),
  followUp: v.nullable(FollowUp),
  /** A statement posted: when the next update was promised, if it said so. */
  nextUpdateAt: v.nullable(IsoTime),
});
export type TimelineEntry = v.InferOutput<typeof TimelineEntry>;

export const FAKE_SIGNS = [
  'new-account',
  'no-history',
  'default-picture',
  'odd-ratio',
  'copy-paste',
  'bursts',
  'mimics-brand',
  'asks-private-data',
] as const;
export const EVIDENCE_STATUSES = ['none', 'reported', 'takedown-requested', 'removed'] as const;

export const Screenshot = v.strictObject({
  /** Key of the blob in IndexedDB. */
  blobId: Id,
  sha256: Sha256,
  type: v.picklist(['image/png', 'image/jpeg', 'image/webp', 'image/gif']),
  size: v.pipe(v.number(), v.integer(), v.minValue(1)),
  name: Short,
});
export type Screenshot = v.InferOutput<typeof Screenshot>;

/** The fields of an evidence card a person may correct after adding it. */
export const EVIDENCE_FIELDS = [
  'network',
  'url',
  'handle',
  'displayName',
  'followers',
  'seenAt',
  'text',
  'screenshot',
  'fakeSigns',
  'status',
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/** One correction of a card: when, which fields, and the status it set (the timeline shows it). */
export const EvidenceEdit = v.strictObject({
  id: Id,
  at: IsoTime,
  fields: v.pipe(v.array(v.picklist(EVIDENCE_FIELDS)), v.minLength(1)),
  status: v.optional(v.picklist(EVIDENCE_STATUSES)),
});
export type EvidenceEdit = v.InferOutput<typeof EvidenceEdit>;

export const EvidenceCard = v.strictObject({
  id: Id,
  addedAt: IsoTime,
  network: Short,
  url: v.pipe(v.string(), v.maxLength(2000)),
  handle: Short,
  displayName: Short,
  followers: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  seenAt: IsoTime,
  text: Long,
  screenshot: v.nullable(Screenshot),
  fakeSigns: v.array(v.picklist(FAKE_SIGNS)),
  status: v.picklist(EVIDENCE_STATUSES),
  /** Corrections since it was added, oldest first (append only; absent on cards never edited). */
  edits: v.optional(v.array(EvidenceEdit)),
});
export type EvidenceCard = v.InferOutput<typeof EvidenceCard>;

export const ROLES = ['lead', 'scribe', 'approver', 'spokesperson'] as const;
export type Role = (typeof ROLES)[number];
export const Roles = v.strictObject({ lead: Short, scribe: Short, approver: Short, spokesperson: Short });
export type Roles = v.InferOutput<typeof Roles>;

/** The seed's five levers of the after-action review. */
export const LEVERS = ['content', 'messages', 'channels', 'staff', 'image'] as const;
export type Lever = (typeof LEVERS)[number];
export const Review = v.strictObject({
  content: Long,
  messages: Long,
  channels: Long,
  staff: Long,
  image: Long,
});
export type Review = v.InferOutput<typeof Review>;

export const Targets = v.strictObject({
  firstResponseMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10080)),
  updateMinutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10080))),
});
export type Targets = v.InferOutput<typeof Targets>;

export const INCIDENT_KINDS = ['incident', 'drill'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const Incident = v.pipe(
  v.strictObject({
    id: Id,
    /** The checklist session (kind 'incident') that holds this incident's ticks. */
    runId: Id,
    /** `drill`: a practice incident started from a training drill (src/lib/drills), never a real one. */
    kind: v.picklist(INCIDENT_KINDS),
    title: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
    /** Every severity it has had, oldest first; the last one is the current one. */
    severity: v.pipe(v.array(SeverityChange), v.minLength(1)),
    /** Triage answers (question id → option id), when triage was used. */
    triage: v.nullable(keyedRecord(isId, Id)),
    /** Targets the user set instead of the severity's defaults. */
    targets: v.nullable(Targets),
    startedAt: IsoTime,
    detectedAt: IsoTime,
    declaredAt: IsoTime,
    resolvedAt: v.nullable(IsoTime),
    roles: Roles,
    timeline: v.array(TimelineEntry),
    evidence: v.array(EvidenceCard),
    /** Statement drafts linked by hand (drafts made during the incident's session link by runId). */
    statementIds: v.array(Id),
    review: Review,
  }),
  v.check(
    (i) => Date.parse(i.startedAt) <= Date.parse(i.detectedAt) && Date.parse(i.detectedAt) <= Date.parse(i.declaredAt),
    'started ≤ detected ≤ declared',
  ),
);
export type Incident = v.InferOutput<typeof Incident>;

export const IncidentsState = withOwnIds(
  v.strictObject({
    currentIncidentId: v.nullable(Id),
    incidents: keyedRecord(isId, Incident),
  }),
  'currentIncidentId',
  'incidents',
);
export type IncidentsState = v.InferOutput<typeof IncidentsState>;

export const INCIDENTS_VERSION = 1;
export const INCIDENTS_MIGRATIONS: Record<number, (data: unknown) => unknown> = {};

export const isIncidentsState = (value: unknown): value is IncidentsState => v.is(IncidentsState, value);
export const emptyIncidents = (): IncidentsState => ({ currentIncidentId: null, incidents: {} });

/** The first issue of a value against a schema, as a path like `timeline.2.happenedAt`. */
export function firstIssuePath(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  return path ?? '';
}
