import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { DraftsState } from '../../lib/drafts.ts';
import { format } from '../../lib/format.ts';
import { checklistProgress, type Session, type SessionsState } from '../../lib/sessions.ts';
import {
  addImportedSession,
  exportSessions,
  type ImportError,
  MAX_IMPORT_BYTES,
  type MarkdownChecklist,
  parseImport,
  sessionToMarkdown,
} from '../../lib/transfer.ts';
import { $drafts, clearDrafts, replaceDrafts } from '../../stores/drafts.ts';
import {
  $currentSession,
  $history,
  $sessions,
  clearSessions,
  newId,
  newSession,
  renameCurrentSession,
  replaceSessions,
  resetSession,
  switchToSession,
  undoLastChange,
} from '../../stores/sessions.ts';
import { downloadText } from './download.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { useMounted } from './useMounted.ts';

type Key =
  | `run.${string}`
  | `import.${ImportError['code'] | 'unreadable'}`
  | `md.${string}`
  | 'checklist.undo'
  | 'checklist.cancel'
  | 'storage.quarantined'
  | 'storage.unavailable'
  | 'storage.writeFailed';
export type SessionPanelLabels = Record<Key, string>;

export interface SessionPanelProps {
  lang: 'es' | 'en';
  labels: SessionPanelLabels;
  checklists: MarkdownChecklist[];
}

type Confirm = 'new' | 'reset' | 'clear' | { importAll: SessionsState; drafts: DraftsState | null } | null;
type Message = { text: string; undo?: boolean; error?: boolean } | null;

/**
 * The current run on the checklists page: its name, overall progress, print, new run, reset,
 * export, import, clear, and the earlier runs. Every destructive action asks first.
 */
export default function SessionPanel({ lang, labels, checklists }: SessionPanelProps) {
  const mounted = useMounted();
  const run = useStore($currentSession);
  const history = useStore($history);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [message, setMessage] = useState<Message>(null);
  // A missing key shows as itself, so a gap is visible rather than silent.
  const t = (key: Key, vars?: Record<string, string | number>) => format(labels[key] ?? key, vars);
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const when = (iso: string) => dateTime.format(new Date(iso));
  const titleOf = (r: Session) => r.title || t('run.untitled', { date: date.format(new Date(r.startedAt)) });
  const progressOf = (r: Session | undefined) =>
    checklists.reduce(
      (sum, list) => {
        const p = checklistProgress(
          r,
          list.id,
          list.items.map((i) => i.id),
        );
        return { done: sum.done + p.done, total: sum.total + p.total };
      },
      { done: 0, total: 0 },
    );
  const overall = progressOf(mounted ? run : undefined);
  const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');

  const exportJson = (scope: 'all' | { runId: string }) =>
    downloadText(
      `crisis-playbook-${scope === 'all' ? 'all' : 'session'}-${stamp()}.json`,
      exportSessions($sessions.get(), scope, new Date().toISOString(), scope === 'all' ? $drafts.get() : undefined),
      'application/json',
    );
  const exportMarkdown = (r: Session) =>
    downloadText(
      `crisis-playbook-${stamp()}.md`,
      sessionToMarkdown(
        { ...r, title: titleOf(r) },
        checklists,
        {
          kind: { practice: t('run.kind.practice'), incident: t('run.kind.incident') },
          started: t('md.started'),
          closed: t('md.closed'),
          open: t('run.open'),
          progress: labels['md.progress'] ?? '{done}/{total}',
          ticked: t('md.ticked'),
          log: t('md.log'),
          actions: {
            tick: t('md.action.tick'),
            untick: t('md.action.untick'),
            reset: t('md.action.reset'),
            undo: t('md.action.undo'),
          },
          removedItem: t('md.removed'),
        },
        when,
      ),
      'text/markdown',
    );

  async function importFile(file: File) {
    setConfirm(null);
    if (file.size > MAX_IMPORT_BYTES) {
      return setMessage({
        text: t('import.too-large', { limit: `${MAX_IMPORT_BYTES / 1024 / 1024} MB` }),
        error: true,
      });
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setMessage({ text: t('import.unreadable'), error: true });
    }
    const result = parseImport(text);
    if (!result.ok) {
      const { code } = result;
      const vars =
        code === 'too-large'
          ? { limit: `${result.limit / 1024 / 1024} MB` }
          : code === 'newer-version'
            ? { version: result.version }
            : 'path' in result
              ? { path: result.path }
              : {};
      return setMessage({ text: t(`import.${code}`, vars), error: true });
    }
    if (result.scope === 'all') return setConfirm({ importAll: result.state, drafts: result.drafts });
    if (replaceSessions(addImportedSession($sessions.get(), result.run, newId()))) {
      setMessage({ text: t('run.didImportRun', { title: titleOf(result.run) }) });
    }
  }

  const confirmBox = (text: string, yes: string, onYes: () => void, extra?: preact.ComponentChildren) => (
    <fieldset class="confirm">
      <legend>{text}</legend>
      <p class="button-row">
        {extra}
        <button type="button" class="button-danger" onClick={onYes}>
          {yes}
        </button>
        <button type="button" class="button-quiet" onClick={() => setConfirm(null)}>
          {labels['checklist.cancel']}
        </button>
      </p>
    </fieldset>
  );

  const older = history.filter((r) => r.id !== run?.id);

  return (
    <section class="run-panel" aria-labelledby="run-panel-title">
      <div class="print-only print-header">
        <strong>{run ? titleOf(run) : ''}</strong>
        {run ? ` · ${t('run.started', { time: when(run.startedAt) })}` : ''}
        {` · ${t('run.printedOn', { time: dateTime.format(new Date()) })}`}
      </div>
      <div class="run-head no-print">
        <h2 id="run-panel-title">{t('run.title')}</h2>
        {run && mounted ? <span class="badge">{t(`run.kind.${run.kind}`)}</span> : null}
      </div>
      <div class="no-print">
        <label class="run-name">
          <span>{t('run.titleLabel')}</span>
          <input
            type="text"
            maxLength={120}
            disabled={!mounted}
            value={mounted && run ? run.title : ''}
            placeholder={mounted && run ? titleOf(run) : ''}
            onChange={(e) => renameCurrentSession(e.currentTarget.value)}
          />
        </label>
        <p class="run-meta">{mounted && run ? t('run.started', { time: when(run.startedAt) }) : '\u00a0'}</p>
        <div class="checklist-progress">
          <progress max={overall.total} value={overall.done} aria-label={t('run.title')} />
          <p class="checklist-count" aria-live="polite">
            {t('run.overall', overall)}
          </p>
        </div>
        <p class="button-row">
          <button type="button" onClick={() => window.print()}>
            {t('run.print')}
          </button>
          <button type="button" class="button-quiet" disabled={!mounted} onClick={() => setConfirm('new')}>
            {t('run.new')}
          </button>
          <button
            type="button"
            class="button-quiet"
            disabled={!mounted || Object.keys(run?.ticks ?? {}).length === 0}
            onClick={() => setConfirm('reset')}
          >
            {t('run.reset')}
          </button>
        </p>
        {confirm === 'new'
          ? confirmBox(t('run.newConfirm'), t('run.newYes'), () => {
              setConfirm(null);
              if (newSession('')) setMessage({ text: t('run.didNew') });
            })
          : null}
        {confirm === 'reset'
          ? confirmBox(t('run.resetConfirm'), t('run.resetYes'), () => {
              const count = Object.keys(run?.ticks ?? {}).length;
              setConfirm(null);
              if (resetSession()) setMessage({ text: t('run.didReset', { count }), undo: true });
            })
          : null}
        <details class="run-data">
          <summary>
            {t('run.export')} · {t('run.import')}
          </summary>
          <p class="button-row">
            <button
              type="button"
              class="button-quiet"
              disabled={!run}
              onClick={() => run && exportJson({ runId: run.id })}
            >
              {t('run.exportJson')}
            </button>
            <button type="button" class="button-quiet" disabled={!run} onClick={() => run && exportMarkdown(run)}>
              {t('run.exportMarkdown')}
            </button>
            <button type="button" class="button-quiet" onClick={() => exportJson('all')}>
              {t('run.exportAll')}
            </button>
          </p>
          <p>
            <label class="file-button">
              <span>{t('run.import')}</span>
              <input
                type="file"
                accept="application/json,.json"
                disabled={!mounted}
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (file) void importFile(file);
                }}
              />
            </label>
          </p>
          {confirm !== null && typeof confirm === 'object'
            ? confirmBox(
                t('run.importAllConfirm', {
                  count: Object.keys(confirm.importAll.runs).length,
                  drafts: Object.keys(confirm.drafts?.drafts ?? {}).length,
                }),
                t('run.importAllYes'),
                () => {
                  const count = Object.keys(confirm.importAll.runs).length;
                  const drafts = Object.keys(confirm.drafts?.drafts ?? {}).length;
                  setConfirm(null);
                  if (
                    replaceSessions(confirm.importAll) &&
                    replaceDrafts(confirm.drafts ?? { currentDraftId: null, drafts: {} })
                  ) {
                    setMessage({ text: t('run.didImportAll', { count, drafts }) });
                  }
                },
              )
            : null}
          <p>
            <button type="button" class="button-quiet button-danger-quiet" onClick={() => setConfirm('clear')}>
              {t('run.clear')}
            </button>
          </p>
          {confirm === 'clear'
            ? confirmBox(
                t('run.clearConfirm'),
                t('run.clearYes'),
                () => {
                  setConfirm(null);
                  if (clearSessions() && clearDrafts()) setMessage({ text: t('run.didClear') });
                },
                <button type="button" onClick={() => exportJson('all')}>
                  {t('run.clearExportFirst')}
                </button>,
              )
            : null}
        </details>
        <p class={message?.error ? 'run-message is-error' : 'run-message'} role={message?.error ? 'alert' : 'status'}>
          {message?.text ?? ''}
          {message?.undo ? (
            <>
              {' '}
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  if (undoLastChange()) setMessage(null);
                }}
              >
                {labels['checklist.undo']}
              </button>
            </>
          ) : null}
        </p>
        <StorageNotice labels={labels} />
        {mounted && older.length > 0 ? (
          <details class="run-history">
            <summary>
              {t('run.history')} ({older.length})
            </summary>
            <ul>
              {older.map((r) => {
                const p = progressOf(r);
                return (
                  <li key={r.id}>
                    <strong>{titleOf(r)}</strong> <span class="badge">{t(`run.kind.${r.kind}`)}</span>
                    <br />
                    <span class="run-meta">
                      {t('run.started', { time: when(r.startedAt) })}
                      {r.closedAt ? ` · ${t('run.closed', { time: when(r.closedAt) })}` : ''} · {t('run.overall', p)}
                    </span>
                    <br />
                    <button type="button" class="link-button" onClick={() => switchToSession(r.id)}>
                      {t('run.resume')}
                    </button>{' '}
                    <button type="button" class="link-button" onClick={() => exportJson({ runId: r.id })}>
                      {t('run.export')} (JSON)
                    </button>{' '}
                    <button type="button" class="link-button" onClick={() => exportMarkdown(r)}>
                      {t('run.export')} (Markdown)
                    </button>
                  </li>
                );
              })}
            </ul>
          </details>
        ) : null}
      </div>
    </section>
  );
}
