import { useState } from 'preact/hooks';
import type { Draft } from '../../../lib/drafts.ts';
import { publish, recordApproval } from '../../../stores/drafts.ts';
import type { Translate } from './labels.ts';

/** Who approved these exact words (any change clears it), and marking the draft as published. */
export function Approval({
  draft,
  canApprove,
  onApproved,
  when,
  t,
}: {
  draft: Draft;
  /** There is a statement to approve. */
  canApprove: boolean;
  onApproved: () => void;
  when: (iso: string) => string;
  t: Translate;
}) {
  const [approver, setApprover] = useState({ name: '', role: '' });
  return (
    <section class="approval" aria-labelledby="approval-title">
      <h3 id="approval-title">{t('statement.approval')}</h3>
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
          <button type="button" disabled={!draft.approval} onClick={() => publish()}>
            {t('statement.publish')}
          </button>
          {draft.approval ? null : <span class="muted">{t('statement.publishNeedsApproval')}</span>}
        </p>
      )}
    </section>
  );
}
