import { overallProgress, type Session } from '../../../lib/sessions.ts';
import type { MarkdownChecklist } from '../../../lib/transfer.ts';
import { switchToSession } from '../../../stores/sessions.ts';
import type { Translate } from './labels.ts';

/** Earlier sessions: each with its dates and progress, to resume or export. */
export function SessionHistory(props: {
  older: readonly Session[];
  checklists: readonly MarkdownChecklist[];
  t: Translate;
  when: (iso: string) => string;
  titleOf: (run: Session) => string;
  onExportJson: (run: Session) => void;
  onExportMarkdown: (run: Session) => void;
}) {
  const { older, t, when, titleOf } = props;
  if (older.length === 0) return null;
  return (
    <details class="run-history">
      <summary>
        {t('run.history')} ({older.length})
      </summary>
      <ul>
        {older.map((r) => (
          <li key={r.id}>
            <strong>{titleOf(r)}</strong> <span class="badge">{t(`run.kind.${r.kind}`)}</span>
            <br />
            <span class="run-meta">
              {t('run.started', { time: when(r.startedAt) })}
              {r.closedAt ? ` · ${t('run.closed', { time: when(r.closedAt) })}` : ''} ·{' '}
              {t('run.overall', overallProgress(r, props.checklists))}
            </span>
            <br />
            <button type="button" class="link-button" onClick={() => void switchToSession(r.id)}>
              {t('run.resume')}
            </button>{' '}
            <button type="button" class="link-button" onClick={() => props.onExportJson(r)}>
              {t('run.export')} (JSON)
            </button>{' '}
            <button type="button" class="link-button" onClick={() => props.onExportMarkdown(r)}>
              {t('run.export')} (Markdown)
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
