/**
 * Actions across concerns: import everything, clear everything, export everything. Each one
 * works on every stored concern (sessions, statement drafts, incidents, the learning path's
 * progress and drill plays) at once: a file is validated
 * whole by its schema before anything is written, and the writes go through `transact`, all or
 * nothing (when the second write is refused, the first is put back). Islands call these; they do
 * not put store values and src/lib functions together themselves.
 */

import type { DraftsState } from '../lib/drafts.ts';
import { emptyProgress, type ProgressState } from '../lib/progress.ts';
import { newId } from '../lib/records.ts';
import { type DrillPlaysState, emptyDrillPlays } from '../lib/schemas/drill-plays.ts';
import { emptyIncidents, type IncidentsState } from '../lib/schemas/incident.ts';
import type { Session, SessionsState } from '../lib/sessions.ts';
import {
  addImportedSession,
  exportSessions,
  type ImportResult,
  MAX_IMPORT_BYTES,
  parseImport,
} from '../lib/transfer.ts';
import { $drafts, drafts, freshDrafts } from './drafts.ts';
import { $drillPlays, drillPlays } from './drill-plays.ts';
import { clearBlobs } from './evidence-blobs.ts';
import { $incidents, incidents } from './incidents.ts';
import { $progress, progress } from './progress.ts';
import { $lastChange, $sessions, freshSessions, sessions } from './sessions.ts';
import { transact } from './storage.ts';

export type ReadResult = ImportResult | { ok: false; code: 'unreadable' };

/** Reads and checks an import file. Changes nothing. */
export async function readImportFile(file: Blob): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, code: 'too-large', limit: MAX_IMPORT_BYTES };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, code: 'unreadable' };
  }
  return parseImport(text);
}

/**
 * Replaces every session, draft, incident, the progress and the drill plays with a file's
 * (checked by `parseImport`), all or nothing. A file without incidents, progress or drill plays
 * (written before they were exported) leaves none.
 */
export function importEverything(
  state: SessionsState,
  imported: DraftsState | null,
  importedIncidents?: IncidentsState,
  importedProgress?: ProgressState,
  importedDrills?: DrillPlaysState,
): Promise<boolean> {
  $lastChange.set(null);
  return transact([
    { concern: sessions, action: () => state },
    { concern: drafts, action: () => imported ?? freshDrafts() },
    { concern: incidents, action: () => importedIncidents ?? emptyIncidents() },
    { concern: progress, action: () => importedProgress ?? emptyProgress() },
    { concern: drillPlays, action: () => importedDrills ?? emptyDrillPlays() },
  ]);
}

/** Adds one imported session, as the current one (a new id when its id is taken). */
export function importSession(run: Session): Promise<boolean> {
  $lastChange.set(null);
  const id = newId();
  return sessions.update((s) => addImportedSession(s, run, id));
}

/**
 * Deletes every session, draft, incident, the progress, the drill plays and every value set aside, then the screenshots kept in
 * IndexedDB (only once the rest is cleared); one fresh practice remains.
 */
export async function clearEverything(): Promise<boolean> {
  $lastChange.set(null);
  const ok = await transact(
    [
      { concern: sessions, action: () => freshSessions() },
      { concern: drafts, action: () => freshDrafts() },
      { concern: incidents, action: () => emptyIncidents() },
      { concern: progress, action: () => emptyProgress() },
      { concern: drillPlays, action: () => emptyDrillPlays() },
    ],
    { removeSetAside: true },
  );
  if (ok) await clearBlobs();
  return ok;
}

/** Everything (screenshots aside), as the text of an export file. */
export function exportEverything(now: Date = new Date()): string {
  return exportSessions(
    $sessions.get(),
    'all',
    now.toISOString(),
    $drafts.get(),
    $incidents.get(),
    $progress.get(),
    $drillPlays.get(),
  );
}

/** One session, as the text of an export file. */
export function exportSession(runId: string, now: Date = new Date()): string {
  return exportSessions($sessions.get(), { runId }, now.toISOString());
}
