/** The panels' downloads: one session as JSON or Markdown, and everything. */
import { exportFileName, markdownFileName } from '../../../lib/file-names.ts';
import type { Session } from '../../../lib/sessions.ts';
import { type MarkdownChecklist, sessionToMarkdown } from '../../../lib/transfer.ts';
import { exportEverything, exportSession } from '../../../stores/transfer.ts';
import { downloadText } from '../download.ts';
import type { SessionPanelLabels, Translate } from './labels.ts';

export function downloadEverything(): void {
  downloadText(exportFileName('all', new Date()), exportEverything(), 'application/json');
}

export function downloadSessionJson(runId: string): void {
  downloadText(exportFileName('session', new Date()), exportSession(runId), 'application/json');
}

export function downloadSessionMarkdown(
  run: Session,
  title: string,
  checklists: readonly MarkdownChecklist[],
  labels: SessionPanelLabels,
  t: Translate,
  when: (iso: string) => string,
): void {
  const markdown = sessionToMarkdown(
    { ...run, title },
    checklists,
    {
      kind: { practice: t('run.kind.practice'), incident: t('run.kind.incident'), drill: t('run.kind.drill') },
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
  );
  downloadText(markdownFileName(new Date()), markdown, 'text/markdown');
}
