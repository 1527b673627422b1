/**
 * Export and import of runs. An export file is JSON:
 *
 *   { "format": "crisis-playbook/runs", "version": 2, "exportedAt": ISO, "scope": "run" | "all",
 *     "data": { "currentRunId": "…", "runs": { "<id>": Session } },
 *     "drafts": { "currentDraftId": …, "drafts": { "<id>": Draft } } }   (scope "all" only)
 *
 * (for one run, `data` holds just that run). Statement drafts are free text that the app always
 * renders as text, so their text fields may hold any character; their structure is as strict as
 * the runs'. Reading a file is strict, because it comes from
 * outside: a file that is too large, cut short, not ours, from a newer version, with a field we
 * do not know, or with markup in its text is refused whole, with a code the UI words in the
 * user's language and the path of the field at fault. Nothing is changed by a refused file.
 */
import { type DraftsState, isDraftsState } from './drafts.ts';
import {
  isIsoTime,
  isSession,
  isSessionsState,
  SESSIONS_MIGRATIONS,
  SESSIONS_VERSION,
  type Session,
  type SessionsState,
  tickKey,
} from './sessions.ts';

export const EXPORT_FORMAT = 'crisis-playbook/runs';
/** Far above any real export (a run with a full log is about 200 KB). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type ImportError =
  | { code: 'too-large'; limit: number }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'not-ours' }
  | { code: 'newer-version'; version: number }
  | { code: 'unknown-field'; path: string }
  | { code: 'invalid-field'; path: string }
  | { code: 'markup'; path: string };

export type ImportResult =
  | { ok: true; scope: 'all'; state: SessionsState; drafts: DraftsState | null; fromVersion: number }
  | { ok: true; scope: 'run'; run: Session; fromVersion: number }
  | ({ ok: false } & ImportError);

export function exportSessions(
  state: SessionsState,
  scope: 'all' | { runId: string },
  now: string,
  drafts?: DraftsState,
): string {
  const base = { format: EXPORT_FORMAT, version: SESSIONS_VERSION, exportedAt: now };
  const file =
    scope === 'all'
      ? { ...base, scope: 'all', data: state, ...(drafts ? { drafts } : {}) }
      : {
          ...base,
          scope: 'run',
          data: { currentRunId: scope.runId, runs: { [scope.runId]: state.runs[scope.runId] } },
        };
  return JSON.stringify(file, null, 2);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const FILE_FIELDS = ['format', 'version', 'exportedAt', 'scope', 'data', 'drafts'];
const DRAFTS_FIELDS = ['currentDraftId', 'drafts'];
const DRAFT_FIELDS = [
  'id',
  'name',
  'locale',
  'runId',
  'createdAt',
  'updatedAt',
  'input',
  'edits',
  'approval',
  'publishedAt',
];
const INPUT_FIELDS = [
  'kind',
  'crisisType',
  'tone',
  'brand',
  'whatHappened',
  'cause',
  'whoIsAffected',
  'fix',
  'prevention',
  'nextUpdate',
  'contact',
  'apology',
];
const APPROVAL_FIELDS = ['name', 'role', 'at'];
/** Free text a person wrote in a draft: shown as text only, so any character may stand there. */
const FREE_TEXT = /^drafts\.drafts\.[^.]+\.(name|input\.[^.]+|edits\.[^.]+|approval\.(name|role))$/;
const STATE_FIELDS = ['currentRunId', 'runs'];
const RUN_FIELDS = ['id', 'kind', 'title', 'startedAt', 'closedAt', 'ticks', 'log'];
const EVENT_FIELDS = ['at', 'action', 'key', 'tickedAt', 'count'];
/** Markup has no business in a title or an id: `<tag`, `javascript:`, inline handlers. */
const MARKUP = /<\s*\/?\s*[a-z!]|javascript\s*:|\bon[a-z]+\s*=/i;

/** The first field not in `allowed`, as a path, walking the whole value. */
function unknownField(value: unknown, path: string): string | undefined {
  if (!isObject(value)) return undefined;
  const fieldsAt = (p: string): string[] | 'any' | undefined => {
    if (p === '') return FILE_FIELDS;
    if (p === 'data') return STATE_FIELDS;
    if (/^data\.runs$/.test(p)) return 'any';
    if (/^data\.runs\.[^.]+$/.test(p)) return RUN_FIELDS;
    if (/^data\.runs\.[^.]+\.ticks$/.test(p)) return 'any';
    if (/^data\.runs\.[^.]+\.log\.\d+$/.test(p)) return EVENT_FIELDS;
    if (p === 'drafts') return DRAFTS_FIELDS;
    if (p === 'drafts.drafts') return 'any';
    if (/^drafts\.drafts\.[^.]+$/.test(p)) return DRAFT_FIELDS;
    if (/^drafts\.drafts\.[^.]+\.input$/.test(p)) return INPUT_FIELDS;
    if (/^drafts\.drafts\.[^.]+\.edits$/.test(p)) return 'any';
    if (/^drafts\.drafts\.[^.]+\.approval$/.test(p)) return APPROVAL_FIELDS;
    return undefined;
  };
  const allowed = fieldsAt(path);
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (allowed !== 'any' && allowed !== undefined && !allowed.includes(key)) return childPath;
    const deeper = Array.isArray(child)
      ? child.map((c, i) => unknownField(c, `${childPath}.${i}`)).find(Boolean)
      : unknownField(child, childPath);
    if (deeper) return deeper;
  }
  return undefined;
}

/** The first string (or key) that carries markup, as a path. */
function markupAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return MARKUP.test(value) && !FREE_TEXT.test(path) ? path : undefined;
  if (Array.isArray(value)) return value.map((v, i) => markupAt(v, `${path}.${i}`)).find(Boolean);
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (MARKUP.test(key)) return childPath;
      const found = markupAt(child, childPath);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first field of a run that is missing or malformed, as a path. */
function invalidRunField(run: unknown, path: string): string | undefined {
  if (!isObject(run)) return path;
  const checks: [string, boolean][] = [
    ['id', typeof run['id'] === 'string' && run['id'].length > 0 && run['id'].length <= 100],
    ['kind', run['kind'] === 'practice' || run['kind'] === 'incident'],
    ['title', typeof run['title'] === 'string' && run['title'].length <= 200],
    ['startedAt', isIsoTime(run['startedAt'])],
    ['closedAt', run['closedAt'] === null || isIsoTime(run['closedAt'])],
    ['ticks', isObject(run['ticks'])],
    ['log', Array.isArray(run['log'])],
  ];
  const bad = checks.find(([, ok]) => !ok);
  if (bad) return `${path}.${bad[0]}`;
  for (const [key, time] of Object.entries(run['ticks'] as Record<string, unknown>)) {
    const [list, item, extra] = key.split('/');
    if (!list || !item || extra !== undefined || tickKey(list, item) !== key || !isIsoTime(time))
      return `${path}.ticks.${key}`;
  }
  return isSession(run) ? undefined : `${path}.log`;
}

export function parseImport(text: string): ImportResult {
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return { ok: false, code: 'too-large', limit: MAX_IMPORT_BYTES };
  if (!text.trim()) return { ok: false, code: 'empty' };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, code: 'not-json' };
  }
  if (!isObject(file) || file['format'] !== EXPORT_FORMAT) return { ok: false, code: 'not-ours' };
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'invalid-field', path: 'version' };
  }
  if (version > SESSIONS_VERSION) return { ok: false, code: 'newer-version', version };
  const markup = markupAt(file, '');
  if (markup) return { ok: false, code: 'markup', path: markup };
  if (file['scope'] !== 'all' && file['scope'] !== 'run') return { ok: false, code: 'invalid-field', path: 'scope' };
  if (!isIsoTime(file['exportedAt'])) return { ok: false, code: 'invalid-field', path: 'exportedAt' };

  let data = file['data'];
  for (let v = version; v < SESSIONS_VERSION; v++) data = SESSIONS_MIGRATIONS[v]?.(data) ?? data;
  const unknown = unknownField({ ...file, data }, '');
  if (unknown) return { ok: false, code: 'unknown-field', path: unknown };
  if (!isObject(data) || typeof data['currentRunId'] !== 'string' || !isObject(data['runs'])) {
    return { ok: false, code: 'invalid-field', path: 'data' };
  }
  for (const [id, run] of Object.entries(data['runs'])) {
    const bad = invalidRunField(run, `data.runs.${id}`);
    if (bad) return { ok: false, code: 'invalid-field', path: bad };
    if (isObject(run) && run['id'] !== id) return { ok: false, code: 'invalid-field', path: `data.runs.${id}.id` };
  }
  if (!isSessionsState(data)) return { ok: false, code: 'invalid-field', path: 'data.currentRunId' };
  const drafts = file['drafts'];
  if (drafts !== undefined && (file['scope'] !== 'all' || !isDraftsState(drafts))) {
    return { ok: false, code: 'invalid-field', path: 'drafts' };
  }
  if (file['scope'] === 'all') {
    return {
      ok: true,
      scope: 'all',
      state: data,
      drafts: (drafts as DraftsState | undefined) ?? null,
      fromVersion: version,
    };
  }
  const runs = Object.values(data.runs);
  const run = runs[0];
  if (runs.length !== 1 || !run) return { ok: false, code: 'invalid-field', path: 'data.runs' };
  return { ok: true, scope: 'run', run, fromVersion: version };
}

/** Adds an imported run as the current run; a run whose id is taken gets `newId`. */
export function addImportedSession(state: SessionsState, run: Session, newId: string): SessionsState {
  const id = run.id in state.runs ? newId : run.id;
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

/** One line of Markdown text: no newlines, and Markdown's own marks escaped. */
function md(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]#<>|])/g, '\\$1');
}

/** A run as Markdown: its checklists with ticks and times, then its log. For hand-over and records. */
export function sessionToMarkdown(
  run: Session,
  checklists: readonly MarkdownChecklist[],
  labels: MarkdownLabels,
  formatTime: (iso: string) => string,
): string {
  const lines = [
    `# ${md(run.title)}`,
    '',
    `- ${labels.kind[run.kind]}`,
    `- ${labels.started}: ${formatTime(run.startedAt)}`,
    `- ${labels.closed}: ${run.closedAt ? formatTime(run.closedAt) : labels.open}`,
  ];
  const known = new Set<string>();
  for (const list of checklists) {
    const done = list.items.filter((i) => tickKey(list.id, i.id) in run.ticks).length;
    lines.push(
      '',
      `## ${md(list.title)}`,
      '',
      `${labels.progress.replace('{done}', String(done)).replace('{total}', String(list.items.length))}`,
      '',
    );
    for (const item of list.items) {
      const key = tickKey(list.id, item.id);
      known.add(key);
      const at = run.ticks[key];
      lines.push(`- [${at ? 'x' : ' '}] ${md(item.text)}${at ? ` (${labels.ticked} ${formatTime(at)})` : ''}`);
    }
  }
  const orphans = Object.keys(run.ticks).filter((k) => !known.has(k));
  if (orphans.length) {
    lines.push('', `## ${labels.removedItem}`, '');
    for (const key of orphans)
      lines.push(`- [x] \`${key}\` (${labels.ticked} ${formatTime(run.ticks[key as keyof Session['ticks']] ?? '')})`);
  }
  if (run.log.length) {
    lines.push('', `## ${labels.log}`, '');
    for (const e of run.log) {
      const what =
        e.action === 'tick' || e.action === 'untick' ? ` \`${e.key}\`` : e.action === 'reset' ? ` (${e.count})` : '';
      lines.push(`- ${formatTime(e.at)} ${labels.actions[e.action]}${what}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
