/**
 * The incidents store: live crises and their history, persisted under `crisis-playbook:incidents`.
 *
 * Stored shape (envelope version 1):
 *   { "version": 1, "data": { "currentIncidentId": "…" | null, "incidents": { "<id>": Incident } } }
 * with Incident as in src/lib/incident/schema.ts (Valibot). The incident's ticks live in its
 * checklist session (a run of kind 'incident' in the runs store); its screenshots in IndexedDB
 * (./evidence-blobs.ts), referenced by id and SHA-256. Lifecycle, tab sync, quarantine and refused
 * writes as for the runs store (./storage.ts). Every action reads the latest state, applies a pure
 * function from src/lib/incident/actions.ts and writes the result; islands call actions only.
 * Migrations: INCIDENTS_MIGRATIONS in src/lib/incident/schema.ts.
 */
import { computed } from 'nanostores';
import * as A from '../lib/incident/actions.ts';
import {
  checkRoom,
  checkScreenshotFile,
  type EvidenceError,
  type EvidenceForm,
  evidenceFromForm,
  sha256Hex,
} from '../lib/incident/evidence.ts';
import {
  emptyIncidents,
  INCIDENTS_MIGRATIONS,
  INCIDENTS_VERSION,
  type Incident,
  type IncidentsState,
  isIncidentsState,
  type Review,
  type Role,
  type Screenshot,
  type Severity,
  type TimelineEntry,
} from '../lib/incident/schema.ts';
import { base64ToBytes, bytesToBase64, exportIncident, parseIncidentImport } from '../lib/incident/transfer.ts';
import type { EnvelopeSpec } from '../lib/storage.ts';
import type { ImportError } from '../lib/transfer.ts';
import { $drafts, editInput, newDraft, replaceDrafts } from './drafts.ts';
import { deleteBlob, estimate, getBlob, putBlob } from './evidence-blobs.ts';
import { $currentRun, $runs, newId, newRun, replaceAll, switchToRun } from './runs.ts';
import { committer, persistentEnvelope } from './storage.ts';

export const INCIDENTS_KEY = 'crisis-playbook:incidents';
export const INCIDENTS_SPEC: EnvelopeSpec<IncidentsState> = {
  version: INCIDENTS_VERSION,
  migrations: INCIDENTS_MIGRATIONS,
  validate: isIncidentsState,
};

export const $incidents = persistentEnvelope(INCIDENTS_KEY, INCIDENTS_SPEC, emptyIncidents);
export const $incident = computed($incidents, A.currentIncident);
export const $incidentHistory = computed($incidents, A.incidentHistory);

const commit = committer($incidents);
/** Read the latest state, apply a pure change, write it. */
const apply = (change: (state: IncidentsState) => IncidentsState) => commit(change($incidents.get()));
const iso = (now: Date) => now.toISOString();
const currentId = () => $incidents.get().currentIncidentId ?? '';

export interface StartInput {
  title: string;
  severity: Severity;
  reason: string;
  triage: Record<string, string> | null;
  startedAt: string;
  detectedAt: string;
  declaredAt: string;
}

/** Starts an incident and its checklist session (kind 'incident'), which becomes the current session. */
export function startIncident(input: StartInput, now: Date = new Date()): A.TimesError | 'not-saved' | null {
  const wrong = A.checkTimes(input, iso(now));
  if (wrong) return wrong;
  if (!newRun(input.title, 'incident', now)) return 'not-saved';
  const runId = $currentRun.get()?.id ?? newId();
  const incident = A.createIncident({ ...input, id: newId(), runId, severityId: newId() });
  return apply((s) => A.openIncident(s, incident)) ? null : 'not-saved';
}

/** On the crisis page: the open incident's session is the one the checklists tick. */
export function resumeIncidentSession(): void {
  const incident = A.openIncidentOf($incidents.get());
  if (incident && $runs.get().currentRunId !== incident.runId && incident.runId in $runs.get().runs)
    switchToRun(incident.runId);
}

export const changeSeverity = (level: Severity, reason: string, now: Date = new Date()) =>
  apply((s) => A.changeSeverity(s, currentId(), { id: newId(), at: iso(now), level, reason }));
export const setRole = (role: Role, name: string) => apply((s) => A.setRole(s, currentId(), role, name));
export const setTimes = (
  times: Partial<Pick<Incident, 'startedAt' | 'detectedAt' | 'declaredAt'>>,
  now: Date = new Date(),
) => apply((s) => A.setTimes(s, currentId(), times, iso(now)));
export const setTargets = (targets: Incident['targets']) => apply((s) => A.setTargets(s, currentId(), targets));
export const setReview = (lever: keyof Review, text: string) => apply((s) => A.setReview(s, currentId(), lever, text));
export const selectIncident = (id: string | null) => apply((s) => A.selectIncident(s, id));
export const setEvidenceStatus = (cardId: string, status: Incident['evidence'][number]['status']) =>
  apply((s) => A.setEvidenceStatus(s, currentId(), cardId, status));

export function logEntry(entry: Omit<A.NewEntry, 'id' | 'writtenAt'>, now: Date = new Date()): boolean {
  return apply((s) => A.addEntry(s, currentId(), { ...entry, id: newId(), writtenAt: iso(now) }));
}
export const editEntry = (
  entryId: string,
  patch: Partial<Pick<TimelineEntry, 'happenedAt' | 'starred' | 'visibility' | 'followUp'>>,
) => apply((s) => A.editEntry(s, currentId(), entryId, patch));

/** Closes the current incident at its resolution time and closes its checklist session too. */
export function closeIncident(resolvedAt: string): boolean {
  const before = $incidents.get();
  const next = A.closeIncident(before, currentId(), resolvedAt);
  if (next === before) return false;
  return commit(next);
}

export type EvidenceResult = { ok: true } | { ok: false; error: EvidenceError | { code: 'not-saved' } };

/**
 * Adds an evidence card, with its screenshot when one was picked: type and size checked, room on
 * the device checked, hashed, stored in IndexedDB, then the card saved. Any refusal says why and
 * leaves everything as it was (a blob whose card could not be saved is removed again).
 */
export async function addEvidence(
  form: EvidenceForm,
  file: File | null,
  now: Date = new Date(),
): Promise<EvidenceResult> {
  const id = newId();
  let screenshot: Screenshot | null = null;
  if (file) {
    const bad = checkScreenshotFile(file) ?? checkRoom(file.size, await estimate());
    if (bad) return { ok: false, error: bad };
    const bytes = new Uint8Array(await file.arrayBuffer());
    screenshot = {
      blobId: `shot-${id}`,
      sha256: await sha256Hex(bytes),
      type: file.type as Screenshot['type'],
      size: file.size,
      name: file.name.slice(0, 200),
    };
    if (!(await putBlob(screenshot.blobId, file)))
      return { ok: false, error: { code: 'no-room', needed: file.size, free: 0 } };
  }
  const made = evidenceFromForm(form, { id, addedAt: iso(now), screenshot });
  if (!made.ok) {
    if (screenshot) await deleteBlob(screenshot.blobId);
    return made;
  }
  if (!apply((s) => A.addEvidence(s, currentId(), made.card))) {
    if (screenshot) await deleteBlob(screenshot.blobId);
    return { ok: false, error: { code: 'not-saved' } };
  }
  return { ok: true };
}

export { getBlob };

/**
 * A new statement draft for the open incident, filled with its facts, made the builder's current
 * draft (the builder opens it). It belongs to the incident through the session it was made in.
 */
export function draftStatementForIncident(locale: 'es' | 'en'): boolean {
  const incident = A.openIncidentOf($incidents.get());
  if (!incident) return false;
  resumeIncidentSession();
  return newDraft(incident.title, locale) && editInput({ whatHappened: incident.title });
}

/** The current incident as a hand-over file: incident, session, drafts and screenshots. */
export async function exportCurrentIncident(now: Date = new Date()): Promise<string | null> {
  const incident = $incidents.get().currentIncidentId ? A.currentIncident($incidents.get()) : undefined;
  if (!incident) return null;
  const run = $runs.get().runs[incident.runId] ?? null;
  const drafts = Object.values($drafts.get().drafts).filter(
    (d) => d.runId === incident.runId || incident.statementIds.includes(d.id),
  );
  const screenshots = [];
  for (const card of incident.evidence) {
    if (!card.screenshot) continue;
    const blob = await getBlob(card.screenshot.blobId);
    if (!blob) continue;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    screenshots.push({
      blobId: card.screenshot.blobId,
      sha256: card.screenshot.sha256,
      type: blob.type,
      base64: bytesToBase64(bytes),
    });
  }
  return exportIncident(incident, run, drafts, screenshots, iso(now));
}

export type IncidentImportResult =
  | { ok: true; title: string }
  | ({ ok: false } & (ImportError | { code: 'exists' } | { code: 'not-saved' }));

/** Imports a colleague's hand-over file. Validated whole first; nothing changes when it is refused. */
export async function importIncident(text: string): Promise<IncidentImportResult> {
  const parsed = await parseIncidentImport(text);
  if (!parsed.ok) return parsed;
  const { incident, run, drafts, screenshots } = parsed.file;
  if (incident.id in $incidents.get().incidents) return { ok: false, code: 'exists' };
  for (const shot of screenshots) {
    const bytes = base64ToBytes(shot.base64);
    if (!bytes || !(await putBlob(shot.blobId, new Blob([bytes as BlobPart], { type: shot.type })))) {
      return { ok: false, code: 'not-saved' };
    }
  }
  if (!apply((s) => A.addImported(s, incident))) return { ok: false, code: 'not-saved' };
  if (run && !(run.id in $runs.get().runs))
    replaceAll({ ...$runs.get(), runs: { ...$runs.get().runs, [run.id]: run } });
  const current = $drafts.get();
  const fresh = drafts.filter((d) => !(d.id in current.drafts));
  if (fresh.length)
    replaceDrafts({ ...current, drafts: { ...current.drafts, ...Object.fromEntries(fresh.map((d) => [d.id, d])) } });
  return { ok: true, title: incident.title };
}
