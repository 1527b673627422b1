import { useStore } from '@nanostores/preact';
import { format } from '../../lib/format.ts';
import { checklistProgress, tickKey } from '../../lib/runs.ts';
import { $currentRun, toggleItem } from '../../stores/runs.ts';
import { StorageNotice, type StorageNoticeLabels } from './StorageNotice.tsx';
import { useMounted } from './useMounted.ts';

export interface ChecklistLabels extends StorageNoticeLabels {
  'checklist.progress': string;
  'checklist.tickedAt': string;
  'checklist.complete': string;
}

export interface ChecklistProps {
  checklistId: string;
  /** Accessible name of the list (its title). */
  title: string;
  items: { id: string; text: string }[];
  lang: 'es' | 'en';
  labels: ChecklistLabels;
}

/** One checklist of the current run: native checkboxes, progress bar, live progress announcement. */
export default function Checklist({ checklistId, title, items, lang, labels }: ChecklistProps) {
  const run = useStore($currentRun);
  const mounted = useMounted();
  const ticks = mounted ? (run?.ticks ?? {}) : {};
  const { done, total } = checklistProgress(
    mounted ? run : undefined,
    checklistId,
    items.map((item) => item.id),
  );
  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });
  const progressText = format(labels['checklist.progress'], { done, total });
  const progressId = `${checklistId}-progress`;

  return (
    <div class="checklist" data-checklist={checklistId}>
      <div class="checklist-progress">
        <progress id={progressId} max={total} value={done} aria-label={title} />
        <p class="checklist-count" aria-live="polite">
          {progressText}
          {done === total && total > 0 ? ` ${labels['checklist.complete']}` : ''}
        </p>
      </div>
      <ul class="checklist-items" aria-label={title}>
        {items.map((item) => {
          const at = ticks[tickKey(checklistId, item.id)];
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
                  if (!toggleItem(checklistId, item.id, box.checked)) box.checked = !box.checked;
                }}
              />
              <label for={inputId}>
                <span class="checklist-text">{item.text}</span>
                {at ? (
                  <span class="checklist-time">
                    {format(labels['checklist.tickedAt'], { time: time.format(new Date(at)) })}
                  </span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
      <StorageNotice labels={labels} />
    </div>
  );
}
