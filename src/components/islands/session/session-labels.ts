import type { Labels } from '../../../i18n/labels.ts';

/** Every string of the session and data panels, picked by the checklists page (kept out of the islands' bundle). */
export const SESSION_LABELS = ['run.', 'import.', 'md.', 'storage.', 'checklist.undo', 'checklist.cancel'] as const;
/** The strings of the session and data panels: exactly the keys SESSION_LABELS stands for. */
export type SessionPanelLabels = Labels<(typeof SESSION_LABELS)[number]>;
