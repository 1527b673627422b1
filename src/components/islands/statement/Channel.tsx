import type { Draft } from '../../../lib/drafts.ts';
import { EDIT_LIMIT } from '../../../lib/drafts.ts';
import type { Finding } from '../../../lib/statement/lint.ts';
import { measure } from '../../../lib/statement/platforms.ts';
import type { Locale, Platform } from '../../../lib/statement/types.ts';
import { editChannel } from '../../../stores/drafts.ts';
import { copyText } from './copy.ts';
import type { Translate } from './labels.ts';
import { Preview } from './Preview.tsx';
import { Thread } from './Thread.tsx';
import { useLiveDraft } from './useLiveDraft.ts';

/**
 * One channel's statement: its counter, the preview or the hand-edit box, copy, and the thread
 * when the post is too long for one.
 */
export function Channel({
  draft: given,
  channel,
  locale,
  text,
  findings,
  thread,
  exact,
  editing,
  setEditing,
  notice,
  setNotice,
  t,
}: {
  draft: Draft;
  channel: Platform;
  /** The language the text is written in (the wording it was composed from). */
  locale: Locale;
  text: string;
  findings: Finding[];
  /** The posts of the thread when the text is over the limit on X or Bluesky (empty until the review loads). */
  thread: string[];
  /** The count is exact (X's counter has loaded); until then the counter says it is counting. */
  exact: boolean;
  editing: boolean;
  setEditing: (editing: boolean) => void;
  notice: string;
  setNotice: (notice: string) => void;
  t: Translate;
}) {
  const draft = useLiveDraft(given);
  const counted = measure(text, channel);
  const over = exact && counted.limit !== null && counted.length > counted.limit;
  const edited = draft.edits[channel] !== undefined;
  const copy = async (value: string) =>
    setNotice((await copyText(value)) ? t('statement.copied') : t('statement.copyFailed'));
  return (
    <div class="channel">
      <p class={`counter${over ? ' is-over' : ''}`} aria-live="polite">
        {!exact
          ? t('statement.counting')
          : counted.limit === null
            ? t('statement.countNoLimit', { length: counted.length })
            : t('statement.count', { length: counted.length, limit: counted.limit })}
      </p>
      {editing ? (
        <p class="field">
          <label for="channel-text">{t('statement.editLabel', { channel: t(`statement.channel.${channel}`) })}</label>
          <textarea
            id="channel-text"
            class="grows"
            rows={10}
            maxLength={EDIT_LIMIT}
            value={draft.edits[channel] ?? text}
            onInput={(e) => editChannel(channel, e.currentTarget.value)}
          />
        </p>
      ) : (
        <Preview text={text} findings={findings} channel={channel} locale={locale} t={t} />
      )}
      <p class="button-row">
        <button type="button" disabled={!text} onClick={() => copy(text)}>
          {t('statement.copy')}
        </button>
        <button type="button" class="button-quiet" onClick={() => setEditing(!editing)}>
          {editing ? t('statement.doneEditing') : t('statement.edit')}
        </button>
        {edited ? (
          <button
            type="button"
            class="button-quiet"
            onClick={() => {
              editChannel(channel, null);
              setEditing(false);
            }}
          >
            {t('statement.restore')}
          </button>
        ) : null}
      </p>
      {edited ? <p class="muted">{t('statement.edited')}</p> : null}
      <p class="copy-notice" role="status">
        {notice}
      </p>
      {thread.length > 1 ? (
        <Thread posts={thread} channel={channel} limit={counted.limit ?? 0} onCopy={copy} t={t} />
      ) : null}
    </div>
  );
}
