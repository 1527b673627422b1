/**
 * Every change to the incidents state, as a pure function `(state, …) => state`. Ids and times
 * come in as arguments, so the store can "read the latest, apply, write" and two tabs (or, later,
 * two people through a CRDT) never lose each other's changes. Nothing is ever removed from the
 * timeline, the severity history or the evidence: entries are appended, and only the fields a
 * person may correct (happened-at, star, visibility, follow-up, an evidence card's fields, each
 * correction recorded on the card) change.
 * A change that does not apply returns the same state object (the store then writes nothing).
 */
import { getOwn } from '../records.ts';
import {
  type EntryKind,
  EVIDENCE_FIELDS,
  type EvidenceCard,
  type EvidenceEdit,
  type EvidenceField,
  type FollowUp,
  type Incident,
  type IncidentsState,
  type Review,
  type Role,
  type Severity,
  type Targets,
  type TimelineEntry,
} from '../schemas/incident.ts';

export const TITLE_LIMIT = 120;
export const TEXT_LIMIT = 4000;
const SHORT_LIMIT = 200;
const clean = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);

export type TimesError = 'detected-before-started' | 'declared-before-detected' | 'in-the-future';

/** Checks the three start times: started ≤ detected ≤ declared, none later than now. */
export function checkTimes(
  t: { startedAt: string; detectedAt: string; declaredAt: string },
  now: string,
): TimesError | null {
  const [s, d, c, n] = [t.startedAt, t.detectedAt, t.declaredAt, now].map(Date.parse) as [
    number,
    number,
    number,
    number,
  ];
  if (Math.max(s, d, c) > n + 60_000) return 'in-the-future';
  if (d < s) return 'detected-before-started';
  if (c < d) return 'declared-before-detected';
  return null;
}

export interface NewIncident {
  id: string;
  /** 'incident' unless a drill starts it. */
  kind?: Incident['kind'];
  runId: string;
  title: string;
  severity: Severity;
  severityId: string;
  /** "triage" when the level came from the wizard. */
  reason: string;
  triage: Record<string, string> | null;
  startedAt: string;
  detectedAt: string;
  declaredAt: string;
}

export function createIncident(init: NewIncident): Incident {
  return {
    id: init.id,
    runId: init.runId,
    kind: init.kind ?? 'incident',
    title: clean(init.title, TITLE_LIMIT) || 'Incident',
    severity: [
      { id: init.severityId, at: init.declaredAt, level: init.severity, reason: clean(init.reason, SHORT_LIMIT) },
    ],
    triage: init.triage,
    targets: null,
    startedAt: init.startedAt,
    detectedAt: init.detectedAt,
    declaredAt: init.declaredAt,
    resolvedAt: null,
    roles: { lead: '', scribe: '', approver: '', spokesperson: '' },
    timeline: [],
    evidence: [],
    statementIds: [],
    review: { content: '', messages: '', channels: '', staff: '', image: '' },
  };
}

/** Adds an incident and makes it the current one. Refused (same state) if its times are wrong. */
export function openIncident(state: IncidentsState, incident: Incident): IncidentsState {
  if (Object.hasOwn(state.incidents, incident.id)) return state;
  const wrong = checkTimes(incident, incident.declaredAt);
  if (wrong === 'detected-before-started' || wrong === 'declared-before-detected') return state;
  return { currentIncidentId: incident.id, incidents: { ...state.incidents, [incident.id]: incident } };
}

export const currentIncident = (state: IncidentsState): Incident | undefined =>
  state.currentIncidentId ? getOwn(state.incidents, state.currentIncidentId) : undefined;

export const currentSeverity = (incident: Incident): Severity =>
  (incident.severity[incident.severity.length - 1] as Incident['severity'][number]).level;

/** Real incidents newest first (by declaration); drills are never part of it (see `drillHistory`). */
export const incidentHistory = (state: IncidentsState): Incident[] =>
  Object.values(state.incidents)
    .filter((i) => i.kind !== 'drill')
    .sort((a, b) => b.declaredAt.localeCompare(a.declaredAt));

/** Practice incidents (drills) newest first: their own list, apart from the real ones. */
export const drillHistory = (state: IncidentsState): Incident[] =>
  Object.values(state.incidents)
    .filter((i) => i.kind === 'drill')
    .sort((a, b) => b.declaredAt.localeCompare(a.declaredAt));

export const isDrill = (incident: Pick<Incident, 'kind'> | undefined): boolean => incident?.kind === 'drill';

function update(state: IncidentsState, id: string, change: (incident: Incident) => Incident): IncidentsState {
  const incident = getOwn(state.incidents, id);
  if (!incident) return state;
  const next = change(incident);
  return next === incident ? state : { ...state, incidents: { ...state.incidents, [id]: next } };
}

export function changeSeverity(
  state: IncidentsState,
  id: string,
  change: { id: string; at: string; level: Severity; reason: string },
): IncidentsState {
  return update(state, id, (inc) =>
    currentSeverity(inc) === change.level
      ? inc
      : { ...inc, severity: [...inc.severity, { ...change, reason: clean(change.reason, SHORT_LIMIT) }] },
  );
}

export function setTitle(state: IncidentsState, id: string, title: string): IncidentsState {
  const t = clean(title, TITLE_LIMIT);
  return update(state, id, (inc) => (!t || t === inc.title ? inc : { ...inc, title: t }));
}

export function setTimes(
  state: IncidentsState,
  id: string,
  times: Partial<Pick<Incident, 'startedAt' | 'detectedAt' | 'declaredAt'>>,
  now: string,
): IncidentsState {
  return update(state, id, (inc) => {
    const next = { ...inc, ...times };
    return checkTimes(next, now) ? inc : next;
  });
}

export function setTargets(state: IncidentsState, id: string, targets: Targets | null): IncidentsState {
  return update(state, id, (inc) => ({ ...inc, targets }));
}

export function setRole(state: IncidentsState, id: string, role: Role, name: string): IncidentsState {
  const n = clean(name, SHORT_LIMIT);
  return update(state, id, (inc) => (inc.roles[role] === n ? inc : { ...inc, roles: { ...inc.roles, [role]: n } }));
}

export interface NewEntry {
  id: string;
  kind: EntryKind;
  text: string;
  happenedAt: string;
  writtenAt: string;
  visibility?: 'internal' | 'public';
  starred?: boolean;
  followUp?: FollowUp | null;
  nextUpdateAt?: string | null;
}

/** Appends a timeline entry. An empty text or a duplicate id changes nothing. */
export function addEntry(state: IncidentsState, incidentId: string, entry: NewEntry): IncidentsState {
  const text = entry.text.trim().slice(0, TEXT_LIMIT);
  if (!text) return state;
  return update(state, incidentId, (inc) => {
    if (inc.timeline.some((e) => e.id === entry.id)) return inc;
    const full: TimelineEntry = {
      id: entry.id,
      kind: entry.kind,
      text,
      happenedAt: entry.happenedAt,
      writtenAt: entry.writtenAt,
      visibility: entry.visibility ?? 'internal',
      starred: entry.starred ?? false,
      followUp: entry.followUp
        ? { owner: clean(entry.followUp.owner, SHORT_LIMIT), dueAt: entry.followUp.dueAt }
        : null,
      nextUpdateAt: entry.nextUpdateAt ?? null,
    };
    return { ...inc, timeline: [...inc.timeline, full] };
  });
}

/** Corrects the fields of an entry that may change; its text and written-at never do. */
export function editEntry(
  state: IncidentsState,
  incidentId: string,
  entryId: string,
  patch: Partial<Pick<TimelineEntry, 'happenedAt' | 'starred' | 'visibility' | 'followUp' | 'nextUpdateAt'>>,
): IncidentsState {
  return update(state, incidentId, (inc) => {
    const index = inc.timeline.findIndex((e) => e.id === entryId);
    const entry = inc.timeline[index];
    if (!entry) return inc;
    const timeline = [...inc.timeline];
    timeline[index] = { ...entry, ...patch };
    return { ...inc, timeline };
  });
}

/**
 * Marks an entry's follow-up done at `doneAt`, or open again (null). The entry itself (what,
 * who, by when) does not change; an entry without a follow-up is left as it is.
 */
export function setFollowUpDone(
  state: IncidentsState,
  incidentId: string,
  entryId: string,
  doneAt: string | null,
): IncidentsState {
  return update(state, incidentId, (inc) => {
    const index = inc.timeline.findIndex((e) => e.id === entryId);
    const entry = inc.timeline[index];
    if (!entry?.followUp || (entry.followUp.doneAt ?? null) === doneAt) return inc;
    const { doneAt: _was, ...open } = entry.followUp;
    const timeline = [...inc.timeline];
    timeline[index] = { ...entry, followUp: doneAt ? { ...open, doneAt } : open };
    return { ...inc, timeline };
  });
}

export function addEvidence(state: IncidentsState, incidentId: string, card: EvidenceCard): IncidentsState {
  return update(state, incidentId, (inc) =>
    inc.evidence.some((e) => e.id === card.id) ? inc : { ...inc, evidence: [...inc.evidence, card] },
  );
}

/** The fields in which two versions of a card differ (its id, added-at and edits never change). */
export function evidenceChanges(before: EvidenceCard, after: EvidenceCard): EvidenceField[] {
  return EVIDENCE_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/**
 * Corrects an evidence card (fields, fake-profile signs, status, screenshot) and records the
 * correction on the card, so the timeline shows it. Id, added-at and earlier edits stay; a
 * correction that changes nothing, or a card that is not there, changes nothing.
 */
export function editEvidence(
  state: IncidentsState,
  incidentId: string,
  cardId: string,
  next: EvidenceCard,
  edit: { id: string; at: string },
): IncidentsState {
  return update(state, incidentId, (inc) => {
    const index = inc.evidence.findIndex((e) => e.id === cardId);
    const before = inc.evidence[index];
    if (!before) return inc;
    const after: EvidenceCard = { ...next, id: before.id, addedAt: before.addedAt };
    const fields = evidenceChanges(before, after);
    if (!fields.length) return inc;
    const record: EvidenceEdit = fields.includes('status')
      ? { id: edit.id, at: edit.at, fields, status: after.status }
      : { id: edit.id, at: edit.at, fields };
    const evidence = [...inc.evidence];
    evidence[index] = { ...after, edits: [...(before.edits ?? []), record] };
    return { ...inc, evidence };
  });
}

export function setEvidenceStatus(
  state: IncidentsState,
  incidentId: string,
  cardId: string,
  status: EvidenceCard['status'],
  edit: { id: string; at: string },
): IncidentsState {
  const card = getOwn(state.incidents, incidentId)?.evidence.find((e) => e.id === cardId);
  return card ? editEvidence(state, incidentId, cardId, { ...card, status }, edit) : state;
}

export function linkStatement(state: IncidentsState, incidentId: string, draftId: string): IncidentsState {
  return update(state, incidentId, (inc) =>
    inc.statementIds.includes(draftId) ? inc : { ...inc, statementIds: [...inc.statementIds, draftId] },
  );
}

export function setReview(
  state: IncidentsState,
  incidentId: string,
  lever: keyof Review,
  text: string,
): IncidentsState {
  const t = text.slice(0, TEXT_LIMIT);
  return update(state, incidentId, (inc) =>
    inc.review[lever] === t ? inc : { ...inc, review: { ...inc.review, [lever]: t } },
  );
}

/** Closes an incident at its resolution time (not before it was detected). It stays in history. */
export function closeIncident(state: IncidentsState, incidentId: string, resolvedAt: string): IncidentsState {
  return update(state, incidentId, (inc) =>
    inc.resolvedAt !== null || Date.parse(resolvedAt) < Date.parse(inc.detectedAt) ? inc : { ...inc, resolvedAt },
  );
}

/** Makes a past incident the one shown (to read its report). */
export function selectIncident(state: IncidentsState, incidentId: string | null): IncidentsState {
  if (incidentId !== null && !Object.hasOwn(state.incidents, incidentId)) return state;
  return state.currentIncidentId === incidentId ? state : { ...state, currentIncidentId: incidentId };
}

/** Adds an imported incident (hand-over from a colleague). An id already present is refused. */
export function addImported(state: IncidentsState, incident: Incident): IncidentsState {
  if (Object.hasOwn(state.incidents, incident.id)) return state;
  return { currentIncidentId: incident.id, incidents: { ...state.incidents, [incident.id]: incident } };
}

/** The incident that is open now, if any (the banner shows it). */
export const openIncidentOf = (state: IncidentsState): Incident | undefined => {
  const current = currentIncident(state);
  return current && current.resolvedAt === null ? current : undefined;
};
