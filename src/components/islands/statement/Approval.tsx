import { useState } from 'preact/hooks';
import { promisedTime } from '../../../lib/promised-time.ts';
import type { Platform } from '../../../lib/statement/types.ts';
import { latestPublished } from '../../../lib/statement-record.ts';
import { publish, recordApproval } from '../../../stores/drafts.ts';
import { clockNow } from '../../../stores/drill-bridge.ts';
import type { DraftPartProps } from './labels.ts';
import { SendForApproval } from './SendForApproval.tsx';
import { Versions } from './Versions.tsx';

/**
 * Sending the text for approval, who approved these exact words (any change clears it),
 * publishing them as a frozen version, and the record of the versions that went out.
 */
export function Approval({
  draft,
  texts,
  current = true,
  wording,
  canApprove,
  onApproved,
  when,
  t,
}: DraftPartProps & {
  /** The exact words of every channel, as shown: what is sent, approved and frozen. */
  texts: Readonly<Record<Platform, string>>;
  /** `texts` follow the draft as it is now (false for the moment typing has not settled). */
  current?: boolean;
  /** There is a statement to approve. */
  canApprove: boolean;
  onApproved: () => void;
}) {
  const [approver, setApprover] = useState({ name: '', role: '' });
  const last = latestPublished(draft);
  // What the next-update clock will follow once this text is published now.
  const promise = draft.publishedAt
    ? (last?.nextUpdateAt ?? null)
    : promisedTime(draft.input.nextUpdate, clockNow().toISOString());
  return (
    <section class="approval" aria-labelledby="approval-title">
      <h3 id="approval-title">{t('statement.approval')}</h3>
      {last && !draft.publishedAt ? (
        <p class="editing-published" role="note">
          {t('statement.editingPublished', {
            number: last.number,
            time: when(last.publishedAt),
            next: last.number + 1,
          })}
        </p>
      ) : null}
      {draft.publishedAt || !canApprove ? null : <SendForApproval name={draft.name} texts={texts} t={t} />}
      {draft.approval ? (
        <p class="approved">
          {t('statement.approvedBy', {
            name: draft.approval.name,
            role: draft.approval.role,
            time: when(draft.approval.at),
          })}
        </p>
      ) : (
        <form
          class="approval-form"
          onSubmit={(e) => {
            e.preventDefault();
            void recordApproval(approver).then((ok) => ok && onApproved());
          }}
        >
          <p class="muted">{t('statement.approvalHelp')}</p>
          {(['name', 'role'] as const).map((field) => (
            <p class="field" key={field}>
              <label for={`approver-${field}`}>
                {t(field === 'name' ? 'statement.approverName' : 'statement.approverRole')}
              </label>
              <input
                id={`approver-${field}`}
                type="text"
                required
                maxLength={80}
                value={approver[field]}
                onInput={(e) => setApprover({ ...approver, [field]: e.currentTarget.value })}
              />
            </p>
          ))}
          <p class="button-row">
            <button type="submit" disabled={!approver.name.trim() || !approver.role.trim() || !canApprove}>
              {t('statement.approve')}
            </button>
          </p>
        </form>
      )}
      {draft.publishedAt ? (
        <p class="published">{t('statement.publishedAt', { time: when(draft.publishedAt) })}</p>
      ) : (
        <p class="button-row">
          <button
            type="button"
            disabled={!draft.approval || !canApprove || !current}
            onClick={() =>
              current &&
              publish({ texts, nextUpdateAt: promisedTime(draft.input.nextUpdate, clockNow().toISOString()) })
            }
          >
            {t('statement.publish')}
          </button>
          {draft.approval ? null : <span class="muted">{t('statement.publishNeedsApproval')}</span>}
        </p>
      )}
      {canApprove ? (
        <p class="muted promise">
          {promise ? t('statement.promisedUpdate', { time: when(promise) }) : t('statement.noPromisedUpdate')}
        </p>
      ) : null}
      <Versions draft={draft} wording={wording} when={when} t={t} />
    </section>
  );
}
