import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import type { DraftsState } from '../../lib/drafts.ts';
import type { ProgressState } from '../../lib/progress.ts';
import type { DrillPlaysState } from '../../lib/schemas/drill-plays.ts';
import type { IncidentsState } from '../../lib/schemas/incident.ts';
import { formatPath } from '../../lib/schemas/issues.ts';
import type { SessionsState } from '../../lib/sessions.ts';
import type { MarkdownChecklist } from '../../lib/transfer.ts';
import { $currentSession } from '../../stores/sessions.ts';
import { $unkept, setAsideValues } from '../../stores/storage.ts';
import {
  clearEverything,
  importEverything,
  importSession,
  type ReadResult,
  readImportFile,
} from '../../stores/transfer.ts';
import { downloadSetAside } from './download.ts';
import { downloadEverything, downloadSessionJson, downloadSessionMarkdown } from './session/downloads.ts';
import { dates, type SessionPanelLabels, type Translate, titleOf, translator } from './session/labels.ts';
import { ConfirmDialog } from './ui/ConfirmDialog.tsx';
import { useMounted } from './useMounted.ts';
import { useStore } from './useStore.ts';

export interface DataPanelProps {
  lang: Locale;
  labels: SessionPanelLabels;
  checklists: MarkdownChecklist[];
}

type Confirm =
  | 'clear'
  | {
      importAll: SessionsState;
      drafts: DraftsState | null;
      incidents: IncidentsState | undefined;
      progress: ProgressState | undefined;
      drills: DrillPlaysState | undefined;
    }
  | null;
type Message = { text: string; error?: boolean } | null;

/** A refused file, in the user's words. */
function refusal(t: Translate, result: Exclude<ReadResult, { ok: true }>): string {
  switch (result.code) {
    case 'too-large':
      return t('import.too-large', { limit: `${result.limit / 1024 / 1024} MB` });
    case 'newer-version':
      return t('import.newer-version', { version: result.version });
    case 'unknown-field':
    case 'invalid-field':
      return t(`import.${result.code}`, { path: formatPath(result.path) });
    default:
      return t(`import.${result.code}`);
  }
}

/**
 * Everything about the data on this device: export (one session or everything), import, clear
 * all, and the download of values that could not be read. An island of its own, apart from the
 * session panel, so the way out stays reachable even when a store cannot be read or shown.
 */
export default function DataPanel({ lang, labels, checklists }: DataPanelProps) {
  const mounted = useMounted();
  const run = useStore($currentSession);
  const unkept = useStore($unkept);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [message, setMessage] = useState<Message>(null);
  const t = translator(labels);
  const { when, day } = dates(lang);
  const setAside = mounted ? Object.keys(setAsideValues()).length : 0;
  const waiting = Object.values(unkept).some((u) => !u.downloaded);
  const saveSetAside = () => {
    downloadSetAside();
    setMessage(null);
  };
  const setAsideButton = (
    <button type="button" onClick={saveSetAside}>
      {t('run.downloadSetAside', { count: setAside })}
    </button>
  );

  async function importFile(file: File) {
    setConfirm(null);
    const result = await readImportFile(file);
    if (!result.ok) return setMessage({ text: refusal(t, result), error: true });
    if (result.scope === 'all')
      return setConfirm({
        importAll: result.state,
        drafts: result.drafts,
        incidents: result.incidents,
        progress: result.progress,
        drills: result.drills,
      });
    if (await importSession(result.run))
      setMessage({ text: t('run.didImportRun', { title: titleOf(t, day, result.run) }) });
  }

  return (
    <div class="data-panel no-print">
      {waiting ? (
        <div class="storage-notice" role="alert">
          <p>{t('storage.unkept')}</p>
          <p>{setAsideButton}</p>
        </div>
      ) : null}
      <details class="run-data">
        <summary>
          {t('run.export')} · {t('run.import')}
        </summary>
        <p class="button-row">
          <button type="button" class="button-quiet" disabled={!run} onClick={() => run && downloadSessionJson(run.id)}>
            {t('run.exportJson')}
          </button>
          <button
            type="button"
            class="button-quiet"
            disabled={!run}
            onClick={() => run && downloadSessionMarkdown(run, titleOf(t, day, run), checklists, labels, t, when)}
          >
            {t('run.exportMarkdown')}
          </button>
          {/* Disabled until the island is live: a click on the server's button would be lost. */}
          <button type="button" class="button-quiet" disabled={!mounted} onClick={downloadEverything}>
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
        {confirm !== null && typeof confirm === 'object' ? (
          <ConfirmDialog
            question={t('run.importAllConfirm', {
              count: Object.keys(confirm.importAll.runs).length,
              drafts: Object.keys(confirm.drafts?.drafts ?? {}).length,
            })}
            confirmLabel={t('run.importAllYes')}
            cancelLabel={labels['checklist.cancel']}
            onConfirm={() => {
              const count = Object.keys(confirm.importAll.runs).length;
              const drafts = Object.keys(confirm.drafts?.drafts ?? {}).length;
              setConfirm(null);
              void importEverything(
                confirm.importAll,
                confirm.drafts,
                confirm.incidents,
                confirm.progress,
                confirm.drills,
              ).then((ok) => ok && setMessage({ text: t('run.didImportAll', { count, drafts }) }));
            }}
            onCancel={() => setConfirm(null)}
          />
        ) : null}
        <p>
          <button
            type="button"
            class="button-quiet button-danger-quiet"
            disabled={!mounted}
            onClick={() => setConfirm('clear')}
          >
            {t('run.clear')}
          </button>
        </p>
        {confirm === 'clear' ? (
          <ConfirmDialog
            question={t('run.clearConfirm')}
            confirmLabel={t('run.clearYes')}
            cancelLabel={labels['checklist.cancel']}
            onConfirm={() => {
              setConfirm(null);
              void clearEverything().then((ok) => ok && setMessage({ text: t('run.didClear') }));
            }}
            onCancel={() => setConfirm(null)}
          >
            <button type="button" onClick={downloadEverything}>
              {t('run.clearExportFirst')}
            </button>
            {setAside > 0 ? setAsideButton : null}
          </ConfirmDialog>
        ) : null}
      </details>
      <p
        class={message?.error ? 'run-message data-message is-error' : 'run-message data-message'}
        role={message?.error ? 'alert' : 'status'}
      >
        {message?.text ?? ''}
      </p>
    </div>
  );
}
