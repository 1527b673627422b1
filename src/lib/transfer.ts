/**
 * Export and import of sessions (and, with everything, statement drafts). The file's shape is
 * the schema in src/lib/schemas/export.ts. Reading a file is strict, because it comes from
 * outside: a file that is too large, nested too deeply, cut short, not ours, from a newer
 * version, with a field we do not know or a malformed one is refused whole, with a code the UI
 * words in the user's language and the path of the field at fault. Text is text: a title may
 * hold "<", "javascript:" or "=" and imports as written (the app only ever shows it as text), so
 * everything the app exports imports again. Nothing is changed by a refused file.
 */
import * as v from 'valibot';
import type { DraftsState } from './drafts.ts';
import { format } from './format.ts';
import { parseJson } from './json.ts';
import { mdCode, mdDocument, mdText } from './markdown/write.ts';
import type { ProgressState } from './progress.ts';
import { getOwn } from './records.ts';
import type { DrillPlaysState } from './schemas/drill-plays.ts';
import { EXPORT_FORMAT, EXPORT_MIGRATIONS, EXPORT_VERSION, ExportFileSchema } from './schemas/export.ts';
import type { IncidentsState } from './schemas/incident.ts';
import { type PathKey, problemOf } from './schemas/issues.ts';
import { type Session, type SessionsState, tickKey } from './sessions.ts';

export { EXPORT_FORMAT, EXPORT_VERSION };
/** Far above any real export (a session with a full log is about 200 KB). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type ImportError =
  | { code: 'too-large'; limit: number }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'too-deep' }
  | { code: 'not-ours' }
  | { code: 'newer-version'; version: number }
  | { code: 'unknown-field'; path: PathKey[] }
  | { code: 'invalid-field'; path: PathKey[] };

export type ImportResult =
  | {
      ok: true;
      scope: 'all';
      state: SessionsState;
      drafts: DraftsState | null;
      /** Absent from files written without them (a version 2 file gets an empty list). */
      incidents?: IncidentsState;
      /** Absent from files written without it (a version 3 file gets an empty one). */
      progress?: ProgressState;
      /** Drill plays; absent from files written without them (a version 4 file gets an empty list). */
      drills?: DrillPlaysState;
      fromVersion: number;
    }
  | { ok: true; scope: 'run'; run: Session; fromVersion: number }
  | ({ ok: false } & ImportError);

/** Everything (sessions, drafts, incidents, progress, drill plays) or one session, as the text of an export file. */
export function exportSessions(
  state: SessionsState,
  scope: 'all' | { runId: string },
  now: string,
  drafts?: DraftsState,
  incidents?: IncidentsState,
  progress?: ProgressState,
  drills?: DrillPlaysState,
): string {
  const base = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now };
  const file =
    scope === 'all'
      ? {
          ...base,
          scope: 'all',
          data: state,
          ...(drafts ? { drafts } : {}),
          ...(incidents ? { incidents } : {}),
          ...(progress ? { progress } : {}),
          ...(drills ? { drills } : {}),
        }
      : {
          ...base,
          scope: 'run',
          data: { currentRunId: scope.runId, runs: { [scope.runId]: getOwn(state.runs, scope.runId) } },
        };
  return JSON.stringify(file, null, 2);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseImport(text: string): ImportResult {
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return { ok: false, code: 'too-large', limit: MAX_IMPORT_BYTES };
  if (!text.trim()) return { ok: false, code: 'empty' };
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, code: parsed.reason };
  const file = parsed.value;
  if (!isObject(file) || file['format'] !== EXPORT_FORMAT) return { ok: false, code: 'not-ours' };
  const found: Record<string, unknown> = file;
  const version = found['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'invalid-field', path: ['version'] };
  }
  if (version > EXPORT_VERSION) return { ok: false, code: 'newer-version', version };
  let upgraded = found;
  for (let n = version; n < EXPORT_VERSION; n++)
    upgraded = { ...(EXPORT_MIGRATIONS[n]?.(upgraded) ?? upgraded), version: n + 1 };
  const result = v.safeParse(ExportFileSchema, upgraded, { abortEarly: true });
  if (!result.success) return { ok: false, ...problemOf(result.issues) };
  const { scope, data, drafts, incidents, progress, drills } = result.output;
  if (scope === 'all')
    return {
      ok: true,
      scope,
      state: data,
      drafts: drafts ?? null,
      ...(incidents ? { incidents } : {}),
      ...(progress ? { progress } : {}),
      ...(drills ? { drills } : {}),
      fromVersion: version,
    };
  const [run] = Object.values(data.runs);
  if (!run) return { ok: false, code: 'invalid-field', path: ['data', 'runs'] };
  return { ok: true, scope, run, fromVersion: version };
}

/** Adds an imported session as the current one; a session whose id is taken gets `newId`. */
export function addImportedSession(state: SessionsState, run: Session, newId: string): SessionsState {
  const id = Object.hasOwn(state.runs, run.id) ? newId : run.id;
  return { currentRunId: id, runs: { ...state.runs, [id]: { ...run, id } } };
}

export interface MarkdownChecklist {
  id: string;
  title: string;
  items: { id: string; text: string }[];
}

export interface MarkdownLabels {
  kind: Record<Session['kind'], string>;
  started: string;
  closed: string;
  open: string;
  progress: string;
  ticked: string;
  log: string;
  actions: Record<'tick' | 'untick' | 'reset' | 'undo', string>;
  removedItem: string;
}

/** A run as Markdown: its checklists with ticks and times, then its log. For hand-over and records. */
export function sessionToMarkdown(
  run: Session,
  checklists: readonly MarkdownChecklist[],
  labels: MarkdownLabels,
  formatTime: (iso: string) => string,
): string {
  const lines = [
    `# ${mdText(run.title)}`,
    '',
    `- ${labels.kind[run.kind]}`,
    `- ${labels.started}: ${formatTime(run.startedAt)}`,
    `- ${labels.closed}: ${run.closedAt ? formatTime(run.closedAt) : labels.open}`,
  ];
  const known = new Set<string>();
  for (const list of checklists) {
    const done = list.items.filter((i) => Object.hasOwn(run.ticks, tickKey(list.id, i.id))).length;
    lines.push('', `## ${mdText(list.title)}`, '', format(labels.progress, { done, total: list.items.length }), '');
    for (const item of list.items) {
      const key = tickKey(list.id, item.id);
      known.add(key);
      const at = getOwn(run.ticks, key);
      lines.push(`- [${at ? 'x' : ' '}] ${mdText(item.text)}${at ? ` (${labels.ticked} ${formatTime(at)})` : ''}`);
    }
  }
  const orphans = Object.keys(run.ticks).filter((k) => !known.has(k));
  if (orphans.length) {
    lines.push('', `## ${labels.removedItem}`, '');
    for (const key of orphans)
      lines.push(`- [x] ${mdCode(key)} (${labels.ticked} ${formatTime(getOwn(run.ticks, key) ?? '')})`);
  }
  if (run.log.length) {
    lines.push('', `## ${labels.log}`, '');
    for (const e of run.log) {
      const what =
        e.action === 'tick' || e.action === 'untick'
          ? ` ${mdCode(e.key)}`
          : e.action === 'reset'
            ? ` (${e.count})`
            : '';
      lines.push(`- ${formatTime(e.at)} ${labels.actions[e.action]}${what}`);
    }
  }
  return mdDocument(lines);
}
