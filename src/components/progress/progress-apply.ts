/** Keeps every guide state label on the page in step with the progress store (other tabs included). */
import { guideState } from '../../lib/progress.ts';
import { $progress } from '../../stores/progress.ts';

export function start(root: ParentNode): void {
  const labels = [...root.querySelectorAll<HTMLElement>('[data-guide-state]')];
  $progress.subscribe((state) => {
    for (const label of labels) {
      const drills = (label.dataset['drills'] ?? '').split(' ').filter(Boolean);
      label.dataset['guideState'] = guideState(state, label.dataset['guide'] ?? '', drills);
    }
  });
}
