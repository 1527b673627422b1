import type { Labels } from '../../../i18n/labels.ts';

/**
 * The strings of the drill islands (`labelsFor(lang, DRILL_LABELS)`): the drill keys the play and
 * the debrief use; the printed cards' and the start form's keys stay on their pages.
 */
export const DRILL_LABELS = [
  'drill.marker',
  'drill.at',
  'drill.sure',
  'drill.unsure',
  'drill.followers',
  'drill.mode.',
  'drill.severity.',
  'drill.contact.',
  'drill.quality.',
  'drill.dimension.',
  'drill.reason.',
  'drill.debrief.',
  'drill.plan.',
  'drill.event.',
  'drill.action.',
  'drill.kind.',
  'drill.play.',
] as const;
export type DrillLabels = Labels<(typeof DRILL_LABELS)[number]>;
