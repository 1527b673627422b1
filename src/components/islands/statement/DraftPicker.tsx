import type { Locale } from '../../../i18n/locales.ts';
import { formatDate } from '../../../lib/format.ts';
import { $currentDraft, $draftList, newDraft, select } from '../../../stores/drafts.ts';
import { StorageNotice } from '../StorageNotice.tsx';
import { useStore } from '../useStore.ts';
import type { StatementLabels, Translate } from './labels.ts';

/** The drafts saved on this device: which one is open, and a new one. */
export function DraftPicker({ lang, labels, t }: { lang: Locale; labels: StatementLabels; t: Translate }) {
  const draft = useStore($currentDraft);
  const list = useStore($draftList);
  return (
    <section class="builder-drafts" aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('statement.drafts')}</h2>
      {list.length > 0 ? (
        <label class="field">
          <span>{t('statement.openDraft')}</span>
          <select value={draft?.id ?? ''} onChange={(e) => select(e.currentTarget.value)}>
            {list.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
                {d.publishedAt ? ` · ${t('statement.published')}` : d.approval ? ` · ${t('statement.approved')}` : ''}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p>{t('statement.noDrafts')}</p>
      )}
      <p class="button-row">
        <button
          type="button"
          onClick={() => newDraft(t('statement.defaultName', { date: formatDate(new Date(), lang) }), lang)}
        >
          {t('statement.newDraft')}
        </button>
      </p>
      <StorageNotice labels={labels} />
    </section>
  );
}
