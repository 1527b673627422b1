import { translator } from '../../i18n/labels.ts';
import type { Locale } from '../../i18n/locales.ts';
import { formatDate } from '../../lib/format.ts';
import { $currentDraft } from '../../stores/drafts.ts';
import { DraftEditor } from './statement/DraftEditor.tsx';
import { DraftPicker } from './statement/DraftPicker.tsx';
import type { StatementLabels } from './statement/labels.ts';
import { useMounted } from './useMounted.ts';
import { useStore } from './useStore.ts';

export interface StatementBuilderProps {
  lang: Locale;
  labels: StatementLabels;
}

/**
 * The response-statement builder: a form, a live preview per channel with counters, the
 * "visible before more" mark and threads, lint findings, the apology meter, the approval
 * record, copy and Markdown export, and several named drafts saved on this device.
 * Its parts are in ./statement/, one job each.
 */
export default function StatementBuilder({ lang, labels }: StatementBuilderProps) {
  const mounted = useMounted();
  const draft = useStore($currentDraft);
  const t = translator(labels);
  const when = (iso: string) => formatDate(iso, lang);
  if (!mounted) return <p class="builder-loading">{t('statement.loading')}</p>;
  return (
    <div class="builder">
      <DraftPicker lang={lang} labels={labels} t={t} />
      {draft ? <DraftEditor key={draft.id} draft={draft} lang={lang} when={when} t={t} /> : null}
    </div>
  );
}
