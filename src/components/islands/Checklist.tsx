import type { Locale } from '../../i18n/locales.ts';
import { format, formatDate } from '../../lib/format.ts';
import { getOwn } from '../../lib/records.ts';
import { checklistProgress, tickKey } from '../../lib/sessions.ts';
import { $currentSession, $lastChange, resetSession, toggleItem, undoLastChange } from '../../stores/sessions.ts';
import type { ChecklistLabels } from './checklist-labels.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { ConfirmButton } from './ui/ConfirmDialog.tsx';
import { useMounted } from './useMounted.ts';
import { useStore } from './useStore.ts';

export type { ChecklistLabels };

export interface ChecklistProps {
  checklistId: string;
  /** Accessible name of the list (its title). */
  title: string;
  items: { id: string; text: string }[];
  lang: Locale;
  labels: ChecklistLabels;
}

/**
 * One checklist of the current run: native checkboxes, the time of each tick, a progress bar
 * with a live announcement, undo of the last change and a reset that asks first.
 */
export default function Checklist({ checklistId, title, items, lang, labels }: ChecklistProps) {
  const run = useStore($currentSession);
  const last = useStore($lastChange);
  const mounted = useMounted();
  const ticks = mounted ? (run?.ticks ?? {}) : {};
  const { done, total } = checklistProgress(
    mounted ? run : undefined,
    checklistId,
    items.map((item) => item.id),
  );
  const progressId = `${checklistId}-progress`;

  const mine = mounted && last && last.checklistId === checklistId && last.runId === run?.id ? last : null;
  const lastItem = mine?.itemId ? items.find((i) => i.id === mine.itemId)?.text : undefined;
  const lastText = !mine
    ? ''
    : mine.action === 'reset'
      ? labels['checklist.didReset']
      : format(labels[mine.action === 'tick' ? 'checklist.didTick' : 'checklist.didUntick'], {
          item: lastItem ?? '',
        });

  return (
    <div class="checklist" data-checklist={checklistId}>
      <div class="checklist-progress">
        <progress id={progressId} max={total} value={done} aria-label={title} />
        <p class="checklist-count" aria-live="polite">
          {format(labels['checklist.progress'], { done, total })}
          {done === total && total > 0 ? ` ${labels['checklist.complete']}` : ''}
        </p>
      </div>
      <ul class="checklist-items" aria-label={title}>
        {items.map((item) => {
          const at = getOwn(ticks, tickKey(checklistId, item.id));
          const inputId = `${checklistId}--${item.id}`;
          return (
            <li key={item.id} class={at ? 'is-ticked' : undefined}>
              <input
                type="checkbox"
                id={inputId}
                data-item={item.id}
                checked={Boolean(at)}
                // Not tickable until the store is attached: a tick before hydration would be lost.
                disabled={!mounted}
                onChange={(event) => {
                  const box = event.currentTarget;
                  // A refused write changes nothing: put the box back the way the store has it.
                  void toggleItem(checklistId, item.id, box.checked).then((ok) => {
                    if (!ok)
                      box.checked = Object.hasOwn($currentSession.get()?.ticks ?? {}, tickKey(checklistId, item.id));
                  });
                }}
              />
              <label for={inputId}>
                <span class="checklist-text">{item.text}</span>
                {at ? (
                  <span class="checklist-time">
                    {format(labels['checklist.tickedAt'], { time: formatDate(at, lang, 'time') })}
                  </span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
      <div class="checklist-actions">
        <p class="checklist-last" aria-live="polite">
          {lastText}
          {mine ? (
            <>
              {' '}
              <button type="button" class="link-button" onClick={() => void undoLastChange()}>
                {labels['checklist.undo']}
              </button>
            </>
          ) : null}
        </p>
        <ConfirmButton
          label={labels['checklist.reset']}
          class="button-quiet button-small"
          disabled={!mounted || done === 0}
          question={labels['checklist.resetConfirm']}
          confirmLabel={labels['checklist.resetYes']}
          cancelLabel={labels['checklist.cancel']}
          onConfirm={() => void resetSession(checklistId)}
        />
      </div>
      <StorageNotice labels={labels} />
    </div>
  );
}
