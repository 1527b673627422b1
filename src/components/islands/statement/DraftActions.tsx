import { draftToMarkdown } from '../../../lib/draft-text.ts';
import { exportFileName } from '../../../lib/filename.ts';
import { PLATFORM_IDS, type Platform } from '../../../lib/statement/types.ts';
import { remove } from '../../../stores/drafts.ts';
import { downloadText } from '../download.ts';
import { ConfirmButton } from '../ui/ConfirmDialog.tsx';
import type { DraftPartProps } from './labels.ts';

/** Export the draft as Markdown, and delete it (after asking). */
export function DraftActions({ draft, wording, when, t }: DraftPartProps) {
  // The approval lines keep their placeholders: the Markdown export fills them.
  const template = { name: '{name}', role: '{role}', time: '{time}' };
  const exportMarkdown = () =>
    downloadText(
      exportFileName(draft.name, 'md', 'statement'),
      draftToMarkdown(
        draft,
        wording,
        {
          channels: Object.fromEntries(PLATFORM_IDS.map((p) => [p, t(`statement.channel.${p}`)])) as Record<
            Platform,
            string
          >,
          approvedBy: t('statement.approvedBy', template),
          notApproved: t('statement.notApproved'),
          publishedAt: t('statement.publishedAt', template),
          notPublished: t('statement.notPublished'),
          history: {
            heading: t('statement.history'),
            version: t('statement.version', { number: '{number}' }),
            published: t('statement.versionPublished', template),
          },
        },
        when,
      ),
      'text/markdown',
    );
  return (
    <div class="button-row">
      <button type="button" class="button-quiet" onClick={exportMarkdown}>
        {t('statement.exportMarkdown')}
      </button>
      <ConfirmButton
        label={t('statement.delete')}
        class="button-quiet button-danger-quiet"
        question={t('statement.deleteConfirm', { name: draft.name })}
        confirmLabel={t('statement.deleteYes')}
        cancelLabel={t('statement.cancel')}
        onConfirm={() => remove(draft.id)}
      />
    </div>
  );
}
