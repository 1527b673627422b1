import type { Labels } from '../../../i18n/labels.ts';

/** The strings of the drill islands (`labelsFor(lang, DRILL_LABELS)`): every drill key. */
export const DRILL_LABELS = ['drill.'] as const;
export type DrillLabels = Labels<(typeof DRILL_LABELS)[number]>;
