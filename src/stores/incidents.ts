/**
 * The incidents store: live crises and their history, persisted under `crisis-playbook:incidents`.
 *
 * Stored shape (envelope version 1):
 *   { "version": 1, "data": { "currentIncidentId": "…" | null, "incidents": { "<id>": Incident } } }
 * with Incident as in src/lib/schemas/incident.ts (Valibot). The incident's ticks live in its
 * checklist session (a session of kind 'incident' in the sessions store); its screenshots in IndexedDB
 * (./evidence-blobs.ts), referenced by id and SHA-256. Lifecycle, tab sync, quarantine and refused
 * writes as for the sessions store (./storage.ts). Every action is a pure function from
 * src/lib/incident/actions.ts applied to the freshest stored value; actions that touch sessions
 * or drafts too write them in one `transact`, all or nothing. Islands call actions only.
 * Migrations: INCIDENTS_MIGRATIONS in src/lib/schemas/incident.ts.
 */

import { computed } from 'nanostores';
import type { Locale } from '../i18n/locales.ts';
import { addDraft, createDraft } from '../lib/drafts.ts';
import * as A from '../lib/incident/actions.ts';
import {
  checkRoom,
  checkScreenshotFile,
  type EvidenceError,
  type EvidenceForm,
  evidenceFromForm,
  sha256Hex,
} from '../lib/incident/evidence.ts';
import { base64ToBytes, bytesToBase64, exportIncident, parseIncidentImport } from '../lib/incident/transfer.ts';
import { getOwn, newId } from '../lib/records.ts';
import {
  emptyIncidents,
  INCIDENTS_MIGRATIONS,
  INCIDENTS_VERSION,
  type Incident,
  IncidentsState,
  type Review,
  type Role,
  type Screenshot,
  type Severity,
  type TimelineEntry,
} from '../lib/schemas/incident.ts';
import { addSession, closeSession, startSession } from '../lib/sessions.ts';
import type { EnvelopeSpec } from '../lib/storage.ts';
import type { ImportError } from '../lib/transfer.ts';
import { $drafts, drafts as draftsStore } from './drafts.ts';
import { clockNow, reportCrisisAction } from './drill-bridge.ts';
import { deleteBlob, estimate, getBlob, putBlob } from './evidence-blobs.ts';
import { $lastChange, $sessions, sessions, switchToSession } from './sessions.ts';
import { type Action, persistentEnvelope, transact } from './storage.ts';

export const INCIDENTS_KEY = 'crisis-playbook:incidents';
export const INCIDENTS_SPEC: EnvelopeSpec<IncidentsState> = {
  version: INCIDENTS_VERSION,
  migrations: INCIDENTS_MIGRATIONS,
  schema: IncidentsState,
};

export const incidents = persistentEnvelope(INCIDENTS_KEY, INCIDENTS_SPEC, emptyIncidents);
export const $incidents = incidents.$store;
export const $incident = computed($incidents, A.currentIncident);
export const $incidentHistory = computed($incidents, A.incidentHistory);

const apply = (action: Action<IncidentsState>) => incidents.update(action);
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

/**
 * Starts an incident and its checklist session (kind 'incident'), which becomes the current
 * session: both written together, or neither.
 */
export async function startIncident(
  input: StartInput,
  now: Date = clockNow(),
): Promise<A.TimesError | 'not-saved' | null> {
  const wrong = A.checkTimes(input, iso(now));
  if (wrong) return wrong;
  const runId = newId();
  const incident = A.createIncident({ ...input, id: newId(), runId, severityId: newId() });
  $lastChange.set(null);
  const ok = await transact([
    {
      concern: sessions,
      action: (s) => startSession(s, { id: runId, title: input.title, kind: 'incident', now: iso(now) }),
    },
    { concern: incidents, action: (s: IncidentsState) => A.openIncident(s, incident) },
  ]);
  return ok ? null : 'not-saved';
}

/** On the crisis page: the open incident's session is the one the checklists tick. */
export async function resumeIncidentSession(): Promise<boolean> {
  const incident = A.openIncidentOf($incidents.get());
  const state = $sessions.get();
  if (!incident || state.currentRunId === incident.runId || !Object.hasOwn(state.runs, incident.runId)) return true;
  return switchToSession(incident.runId);
}

export async function changeSeverity(level: Severity, reason: string, now: Date = clockNow()): Promise<boolean> {
  const incidentId = currentId();
  const ok = await apply((s) => A.changeSeverity(s, incidentId, { id: newId(), at: iso(now), level, reason }));
  if (ok) reportCrisisAction({ type: 'severity', incidentId, level });
  return ok;
}
export const setRole = (role: Role, name: string) => apply((s) => A.setRole(s, currentId(), role, name));
export const setTimes = (
  times: Partial<Pick<Incident, 'startedAt' | 'detectedAt' | 'declaredAt'>>,
  now: Date = clockNow(),
) => apply((s) => A.setTimes(s, currentId(), times, iso(now)));
export const setTargets = (targets: Incident['targets']) => apply((s) => A.setTargets(s, currentId(), targets));
/** The settings form: times and targets saved in one write. */
export function saveSettings(
  times: Partial<Pick<Incident, 'startedAt' | 'detectedAt' | 'declaredAt'>>,
  targets: Incident['targets'],
  now: Date = clockNow(),
): Promise<boolean> {
  const id = currentId();
  return apply((s) => A.setTargets(A.setTimes(s, id, times, iso(now)), id, targets));
}
export const setReview = (lever: keyof Review, text: string) => apply((s) => A.setReview(s, currentId(), lever, text));
export const selectIncident = (id: string | null) => apply((s) => A.selectIncident(s, id));
/** A card's report or takedown status, the change recorded on the card (the timeline shows it). */
export const setEvidenceStatus = (
  cardId: string,
  status: Incident['evidence'][number]['status'],
  now: Date = clockNow(),
) => apply((s) => A.setEvidenceStatus(s, currentId(), cardId, status, { id: newId(), at: iso(now) }));

export async function logEntry(entry: Omit<A.NewEntry, 'id' | 'writtenAt'>, now: Date = clockNow()): Promise<boolean> {
  const id = newId();
  const incidentId = currentId();
  const ok = await apply((s) => A.addEntry(s, incidentId, { ...entry, id, writtenAt: iso(now) }));
  if (ok && entry.text.trim())
    reportCrisisAction({
      type: 'entry',
      incidentId,
      kind: entry.kind,
      text: entry.text,
      nextUpdateAt: entry.nextUpdateAt ?? null,
    });
  return ok;
}
export const editEntry = (
  entryId: string,
  patch: Partial<Pick<TimelineEntry, 'happenedAt' | 'starred' | 'visibility' | 'followUp'>>,
) => apply((s) => A.editEntry(s, currentId(), entryId, patch));

/** Marks a follow-up of the current incident done now (on the crisis clock), or open again. */
export function markFollowUpDone(entryId: string, done: boolean, now: Date = clockNow()): Promise<boolean> {
  const doneAt = done ? iso(now) : null;
  return apply((s) => A.setFollowUpDone(s, currentId(), entryId, doneAt));
}

/**
 * Closes the current incident at its resolution time and its checklist session with it, in one
 * write. False when the time is before detection (nothing changes) or storage refused.
 */
export async function closeIncident(resolvedAt: string): Promise<boolean> {
  const id = currentId();
  const incident = getOwn($incidents.get().incidents, id);
  if (!incident || A.closeIncident($incidents.get(), id, resolvedAt) === $incidents.get()) return false;
  return transact([
    { concern: incidents, action: (s: IncidentsState) => A.closeIncident(s, id, resolvedAt) },
    { concern: sessions, action: (s) => closeSession(s, incident.runId, resolvedAt) },
  ]);
}

export type EvidenceResult = { ok: true } | { ok: false; error: EvidenceError | { code: 'not-saved' } };

/**
 * Adds an evidence card, with its screenshot when one was picked: type and size checked, room on
 * the device checked, hashed, stored in IndexedDB, then the card saved. Any refusal says why and
 * leaves everything as it was (a blob whose card could not be saved is removed again).
 */
/**
 * A picked screenshot checked (type, size, room on the device), hashed and stored in IndexedDB
 * under `blobId`; nothing is stored when it is refused.
 */
async function storeScreenshot(
  file: File,
  blobId: string,
): Promise<{ ok: true; screenshot: Screenshot } | { ok: false; error: EvidenceError }> {
  const bad = checkScreenshotFile(file) ?? checkRoom(file.size, await estimate());
  if (bad) return { ok: false, error: bad };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const screenshot: Screenshot = {
    blobId,
    sha256: await sha256Hex(bytes),
    type: file.type as Screenshot['type'],
    size: file.size,
    name: file.name.slice(0, 200),
  };
  if (!(await putBlob(blobId, file))) return { ok: false, error: { code: 'no-room', needed: file.size, free: 0 } };
  return { ok: true, screenshot };
}

export async function addEvidence(
  form: EvidenceForm,
  file: File | null,
  now: Date = clockNow(),
): Promise<EvidenceResult> {
  const id = newId();
  let screenshot: Screenshot | null = null;
  if (file) {
    const shot = await storeScreenshot(file, `shot-${id}`);
    if (!shot.ok) return shot;
    screenshot = shot.screenshot;
  }
  const made = evidenceFromForm(form, { id, addedAt: iso(now), screenshot });
  if (!made.ok) {
    if (screenshot) await deleteBlob(screenshot.blobId);
    return made;
  }
  const incidentId = currentId();
  if (!(await apply((s) => A.addEvidence(s, incidentId, made.card)))) {
    if (screenshot) await deleteBlob(screenshot.blobId);
    return { ok: false, error: { code: 'not-saved' } };
  }
  reportCrisisAction({ type: 'evidence', incidentId, card: made.card });
  return { ok: true };
}

export { getBlob };

/** What an edit does to a card's screenshot: keeps it, removes it, or replaces it with a file. */
export type ScreenshotChange = { kind: 'keep' } | { kind: 'remove' } | { kind: 'replace'; file: File };

/**
 * Corrects an evidence card: its fields, fake-profile signs and status, and its screenshot kept,
 * removed or replaced; the correction is recorded on the card and shows on the timeline. A new
 * screenshot is checked and stored before the card is written; the old picture is deleted only
 * once the card no longer points at it. A refusal says why and keeps the card and its picture
 * as they were (a new picture whose card could not be saved is deleted again).
 */
export async function editEvidence(
  cardId: string,
  form: EvidenceForm,
  status: Incident['evidence'][number]['status'],
  shot: ScreenshotChange,
  now: Date = clockNow(),
): Promise<EvidenceResult> {
  const incidentId = currentId();
  const shown = getOwn($incidents.get().incidents, incidentId)?.evidence.find((e) => e.id === cardId);
  if (!shown) return { ok: false, error: { code: 'not-saved' } };
  let picked: Screenshot | null = null;
  if (shot.kind === 'replace') {
    const stored = await storeScreenshot(shot.file, `shot-${newId()}`);
    if (!stored.ok) return stored;
    picked = stored.screenshot;
  }
  const made = evidenceFromForm(form, { id: shown.id, addedAt: shown.addedAt, screenshot: picked });
  const forgetPicked = async () => {
    if (picked) await deleteBlob(picked.blobId);
  };
  if (!made.ok) {
    await forgetPicked();
    return made;
  }
  // The picture the stored card held when the edit was written (another tab may have changed it).
  let before: Screenshot | null = null;
  let found = false;
  const edit = { id: newId(), at: iso(now) };
  const ok = await apply((s) => {
    const card = getOwn(s.incidents, incidentId)?.evidence.find((e) => e.id === cardId);
    found = Boolean(card);
    if (!card) return s;
    before = card.screenshot;
    const screenshot = shot.kind === 'keep' ? card.screenshot : picked;
    return A.editEvidence(s, incidentId, cardId, { ...made.card, screenshot, status }, edit);
  });
  if (!ok || !found) {
    await forgetPicked();
    return { ok: false, error: { code: 'not-saved' } };
  }
  const old = before as Screenshot | null;
  if (shot.kind !== 'keep' && old && old.blobId !== picked?.blobId) await deleteBlob(old.blobId);
  return { ok: true };
}

/**
 * A new statement draft for the open incident, filled with its facts, made the builder's current
 * draft (the builder opens it). It belongs to the incident through its session (`runId`).
 */
export async function draftStatementForIncident(locale: Locale, now: Date = clockNow()): Promise<boolean> {
  const incident = A.openIncidentOf($incidents.get());
  if (!incident) return false;
  await resumeIncidentSession();
  const draft = createDraft({ id: newId(), name: incident.title, locale, runId: incident.runId, now: iso(now) });
  const filled = { ...draft, input: { ...draft.input, whatHappened: incident.title } };
  return draftsStore.update((s) => addDraft(s, filled));
}

/** The current incident as a hand-over file: incident, session, drafts and screenshots. */
export async function exportCurrentIncident(now: Date = clockNow()): Promise<string | null> {
  const incident = A.currentIncident($incidents.get());
  if (!incident) return null;
  const run = getOwn($sessions.get().runs, incident.runId) ?? null;
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

/**
 * Imports a colleague's hand-over file. Validated whole first; the incident, its session and its
 * drafts are written in one `transact` (all or nothing); nothing changes when it is refused.
 */
export async function importIncident(text: string): Promise<IncidentImportResult> {
  const parsed = await parseIncidentImport(text);
  if (!parsed.ok) return parsed;
  const { incident, run, drafts, screenshots } = parsed.file;
  if (Object.hasOwn($incidents.get().incidents, incident.id)) return { ok: false, code: 'exists' };
  const saved: string[] = [];
  const forget = async () => {
    for (const id of saved) await deleteBlob(id);
  };
  for (const shot of screenshots) {
    const bytes = base64ToBytes(shot.base64);
    if (!bytes || !(await putBlob(shot.blobId, new Blob([bytes as BlobPart], { type: shot.type })))) {
      await forget();
      return { ok: false, code: 'not-saved' };
    }
    saved.push(shot.blobId);
  }
  const ok = await transact([
    { concern: incidents, action: (s: IncidentsState) => A.addImported(s, incident) },
    { concern: sessions, action: (s) => (run ? addSession(s, run) : s) },
    {
      concern: draftsStore,
      action: (s) => {
        const fresh = drafts.filter((d) => !Object.hasOwn(s.drafts, d.id));
        return fresh.length ? { ...s, drafts: { ...s.drafts, ...Object.fromEntries(fresh.map((d) => [d.id, d])) } } : s;
      },
    },
  ]);
  if (!ok) {
    await forget();
    return { ok: false, code: 'not-saved' };
  }
  return { ok: true, title: incident.title };
}
