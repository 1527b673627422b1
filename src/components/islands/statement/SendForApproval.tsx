import { approvalMessage, mailtoHref } from '../../../lib/approval-message.ts';
import { PLATFORM_IDS, type Platform } from '../../../lib/statement/types.ts';
import type { Translate } from './labels.ts';

/**
 * Hands the exact text of every channel to the approver through the device: its share sheet
 * (Web Share) when there is one, and always a mail link (mailto). Nothing leaves the device
 * otherwise: no request is made, the user's own app sends it, to whom the user chooses.
 */
export function SendForApproval({
  name,
  texts,
  t,
}: {
  name: string;
  texts: Readonly<Record<Platform, string>>;
  t: Translate;
}) {
  const message = approvalMessage(texts, {
    subject: t('statement.send.subject', { name }),
    intro: t('statement.send.intro'),
    channels: Object.fromEntries(PLATFORM_IDS.map((p) => [p, t(`statement.channel.${p}`)])) as Record<Platform, string>,
  });
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <div class="send-approval">
      <h4>{t('statement.send.heading')}</h4>
      <p class="muted">{t('statement.send.help')}</p>
      <p class="button-row">
        {canShare ? (
          <button
            type="button"
            onClick={() =>
              // A cancelled share rejects: nothing to do, the user is back where they were.
              navigator.share({ title: message.subject, text: message.body }).catch(() => undefined)
            }
          >
            {t('statement.send.share')}
          </button>
        ) : null}
        <a class={canShare ? 'button button-quiet' : 'button'} href={mailtoHref(message)}>
          {t('statement.send.mail')}
        </a>
      </p>
      {message.body.length > 1800 ? <p class="muted">{t('statement.send.long')}</p> : null}
    </div>
  );
}
