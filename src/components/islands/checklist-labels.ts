import type { Labels } from '../../i18n/labels.ts';

/** The UI strings the checklist island needs, picked by ChecklistCard (kept out of the island's bundle) (src/i18n/labels.ts). */
export const CHECKLIST_LABELS = [
  'checklist.progress',
  'checklist.tickedAt',
  'checklist.complete',
  'checklist.didTick',
  'checklist.didUntick',
  'checklist.didReset',
  'checklist.undo',
  'checklist.reset',
  'checklist.resetConfirm',
  'checklist.resetYes',
  'checklist.cancel',
  'storage.',
] as const;
export type ChecklistLabels = Labels<(typeof CHECKLIST_LABELS)[number]>;
