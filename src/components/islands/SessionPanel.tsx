import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { overallProgress, type Session } from '../../lib/sessions.ts';
import type { MarkdownChecklist } from '../../lib/transfer.ts';
import { $currentSession, $history, newSession, resetSession, undoLastChange } from '../../stores/sessions.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { downloadSessionJson, downloadSessionMarkdown } from './session/downloads.ts';
import { dates, type SessionPanelLabels, titleOf as title, translator } from './session/labels.ts';
import { SessionHistory } from './session/SessionHistory.tsx';
import { SessionName } from './session/SessionName.tsx';
import { ConfirmDialog } from './ui/ConfirmDialog.tsx';
import { useMounted } from './useMounted.ts';
import { useStore } from './useStore.ts';

export type { SessionPanelLabels };

export interface SessionPanelProps {
  lang: Locale;
  labels: SessionPanelLabels;
  checklists: MarkdownChecklist[];
}

type Message = { text: string; undo?: boolean; error?: boolean } | null;

/**
 * The current session on the checklists page: its name, overall progress, print, new session,
 * reset, and the earlier sessions. Export, import and clearing live in DataPanel, a separate
 * island, so they stay reachable whatever happens here.
 */
export default function SessionPanel({ lang, labels, checklists }: SessionPanelProps) {
  const mounted = useMounted();
  const run = useStore($currentSession);
  const history = useStore($history);
  const [confirm, setConfirm] = useState<'new' | 'reset' | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const t = translator(labels);
  const { when, day } = dates(lang);
  const titleOf = (r: Session) => title(t, day, r);
  const overall = overallProgress(mounted ? run : undefined, checklists);
  const ticked = Object.keys(run?.ticks ?? {}).length;
  const cancel = () => setConfirm(null);

  return (
    <div class="session-panel">
      <div class="print-only print-header">
        <strong>{run ? titleOf(run) : ''}</strong>
        {run ? ` · ${t('run.started', { time: when(run.startedAt) })}` : ''}
        {` · ${t('run.printedOn', { time: when(new Date().toISOString()) })}`}
      </div>
      <div class="run-head no-print">
        <h2 id="run-panel-title">{t('run.title')}</h2>
        {run && mounted ? <span class="badge">{t(`run.kind.${run.kind}`)}</span> : null}
      </div>
      <div class="no-print">
        <SessionName
          label={t('run.titleLabel')}
          title={mounted && run ? run.title : ''}
          placeholder={mounted && run ? titleOf(run) : ''}
          disabled={!mounted}
          onRefused={(stored) =>
            setMessage({ text: t('run.nameNotSaved', { title: stored || (run ? titleOf(run) : '') }), error: true })
          }
        />
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
            disabled={!mounted || ticked === 0}
            onClick={() => setConfirm('reset')}
          >
            {t('run.reset')}
          </button>
        </p>
        {confirm === 'new' ? (
          <ConfirmDialog
            question={t('run.newConfirm')}
            confirmLabel={t('run.newYes')}
            cancelLabel={labels['checklist.cancel']}
            onConfirm={() => {
              setConfirm(null);
              void newSession('').then((ok) => ok && setMessage({ text: t('run.didNew') }));
            }}
            onCancel={cancel}
          />
        ) : null}
        {confirm === 'reset' ? (
          <ConfirmDialog
            question={t('run.resetConfirm')}
            confirmLabel={t('run.resetYes')}
            cancelLabel={labels['checklist.cancel']}
            onConfirm={() => {
              const count = ticked;
              setConfirm(null);
              void resetSession().then((ok) => ok && setMessage({ text: t('run.didReset', { count }), undo: true }));
            }}
            onCancel={cancel}
          />
        ) : null}
        <p
          class={message?.error ? 'run-message session-message is-error' : 'run-message session-message'}
          role={message?.error ? 'alert' : 'status'}
        >
          {message?.text ?? ''}
          {message?.undo ? (
            <>
              {' '}
              <button
                type="button"
                class="link-button"
                onClick={() => void undoLastChange().then((ok) => ok && setMessage(null))}
              >
                {labels['checklist.undo']}
              </button>
            </>
          ) : null}
        </p>
        <StorageNotice labels={labels} />
        {mounted ? (
          <SessionHistory
            older={history.filter((r) => r.id !== run?.id)}
            checklists={checklists}
            t={t}
            when={when}
            titleOf={titleOf}
            onExportJson={(r) => downloadSessionJson(r.id)}
            onExportMarkdown={(r) => downloadSessionMarkdown(r, titleOf(r), checklists, labels, t, when)}
          />
        ) : null}
      </div>
    </div>
  );
}
