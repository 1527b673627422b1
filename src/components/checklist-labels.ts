/** The UI strings the checklist island needs, handed to it by ChecklistCard (and its tests). */
export const CHECKLIST_LABEL_KEYS = [
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
  'storage.quarantined',
  'storage.unavailable',
  'storage.writeFailed',
  'storage.unkept',
  'storage.download',
] as const;
