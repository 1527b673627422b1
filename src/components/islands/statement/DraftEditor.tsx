import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from '../../../lib/drafts.ts';
import { defaultApology, TEXT_FIELDS } from '../../../lib/statement/fields.ts';
import type { Locale, Platform } from '../../../lib/statement/types.ts';
import type { Translate } from './labels.ts';
import { StatementForm } from './StatementForm.tsx';
import { useLazy } from './useLazy.ts';
import { useSettled } from './useSettled.ts';
import { useStickyTop } from './useStickyTop.ts';
import { useWording } from './useWording.ts';

/** The output column (composer, preview, counters, approval, export): its own chunk. */
const loadOutput = () => import('./StatementOutput.tsx');

/** The draft already holds words (restored work): its review need not wait for a keystroke. */
function hasWords(draft: Draft): boolean {
  return (
    Object.keys(draft.edits).length > 0 ||
    TEXT_FIELDS.some(({ key }) => (draft.input[key] ?? '').trim() !== '' && key !== 'brand')
  );
}

/** True after the first keystroke or tap in `area`, or once idle when the draft has words. */
function useEngaged(draft: Draft, area: RefObject<HTMLElement>): boolean {
  const [engaged, setEngaged] = useState(false);
  const restored = hasWords(draft);
  useEffect(() => {
    const node = area.current;
    if (engaged || !node) return;
    const engage = () => setEngaged(true);
    const events = ['input', 'keydown', 'pointerdown'] as const;
    // Bubbling, not capture: the field's own handler must run first. A render in between (Preact
    // renders in a microtask, which runs between listeners) would put the stored value back into
    // a field whose new value is not stored yet, and the browser would then skip its change event.
    for (const type of events) node.addEventListener(type, engage, { once: true });
    return () => {
      for (const type of events) node.removeEventListener(type, engage);
    };
  }, [engaged, area]);
  useEffect(() => {
    if (engaged || !restored) return;
    const run = () => setEngaged(true);
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(run, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(run, 200);
    return () => clearTimeout(id);
  }, [engaged, restored]);
  return engaged;
}

/**
 * The open draft: the form on one side; on the other, once the wording of the statement's
 * language and the output's code have loaded, the statement per channel, its review and its
 * approval. The linter and the thread splitter load on the first keystroke (StatementOutput).
 * On a phone the output sits below the form, one tap away through the sticky "See the statement".
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
  const grid = useRef<HTMLDivElement>(null);
  const engaged = useEngaged(draft, grid);
  const apology = defaultApology(draft.input);
  // Heavy work follows the form once typing pauses, so a long paste never blocks the keyboard.
  const settled = useSettled(draft);
  const wording = useWording(settled.locale);
  const output = useLazy(loadOutput);
  const sticky = useStickyTop<HTMLElement>();
  const failed = wording.status === 'failed' ? wording : output.status === 'failed' ? output : null;

  return (
    <div class="builder-grid" ref={grid}>
      <StatementForm draft={draft} lang={lang} t={t} />
      <a class="builder-jump button" href="#output-title">
        {t('statement.jumpToPreview')}
      </a>
      <section class="builder-output" aria-labelledby="output-title" ref={sticky}>
        <h2 id="output-title" tabIndex={-1}>
          {t('statement.preview')}
        </h2>
        {wording.status === 'ready' && output.status === 'ready' ? (
          <output.value.StatementOutput
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
            engaged={engaged}
            when={when}
            t={t}
          />
        ) : failed ? (
          <p class="storage-notice" role="alert">
            {t('statement.wordingFailed')}{' '}
            <button type="button" class="link-button" onClick={failed.retry}>
              {t('statement.retry')}
            </button>
          </p>
        ) : (
          <p class="builder-loading" role="status">
            {t('statement.wordingLoading')}
          </p>
        )}
        <a class="builder-back" href="#form-title">
          {t('statement.backToForm')}
        </a>
      </section>
    </div>
  );
}
