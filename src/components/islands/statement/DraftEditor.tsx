import { useState } from 'preact/hooks';
import type { Draft } from '../../../lib/drafts.ts';
import { defaultApology } from '../../../lib/statement/fields.ts';
import type { Locale, Platform } from '../../../lib/statement/types.ts';
import type { Translate } from './labels.ts';
import { StatementForm } from './StatementForm.tsx';
import { StatementOutput } from './StatementOutput.tsx';
import { useSettled } from './useSettled.ts';
import { useWording } from './useWording.ts';

/**
 * The open draft: the form on one side; on the other, once the wording of the statement's
 * language has loaded, the statement per channel, its review and its approval.
 */
export function DraftEditor({
  draft,
  lang,
  when,
  t,
}: {
  draft: Draft;
  /** The page's language (links to the guides), not necessarily the statement's. */
  lang: Locale;
  when: (iso: string) => string;
  t: Translate;
}) {
  const [channel, setChannel] = useState<Platform>('website');
  const [editing, setEditing] = useState(false);
  const apology = defaultApology(draft.input);
  // Heavy work follows the form once typing pauses, so a long paste never blocks the keyboard.
  const settled = useSettled(draft);
  const wording = useWording(settled.locale);

  return (
    <div class="builder-grid">
      <StatementForm draft={draft} apology={apology} lang={lang} t={t} />
      <section class="builder-output" aria-labelledby="output-title">
        <h2 id="output-title">{t('statement.preview')}</h2>
        {wording.status === 'ready' ? (
          <StatementOutput
            draft={draft}
            settled={settled}
            wording={wording.wording}
            apology={apology}
            channel={channel}
            onChannel={(p) => {
              setChannel(p);
              setEditing(false);
            }}
            editing={editing}
            setEditing={setEditing}
            when={when}
            t={t}
          />
        ) : wording.status === 'failed' ? (
          <p class="storage-notice" role="alert">
            {t('statement.wordingFailed')}{' '}
            <button type="button" class="link-button" onClick={wording.retry}>
              {t('statement.retry')}
            </button>
          </p>
        ) : (
          <p class="builder-loading" role="status">
            {t('statement.wordingLoading')}
          </p>
        )}
      </section>
    </div>
  );
}
