import type { Labels } from '../../../i18n/labels.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { DrillState } from '../../../lib/drills/engine.ts';
import type { Drill } from '../../../lib/drills/schema.ts';

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
  'drill.rule.',
  'drill.debrief.',
  'drill.plan.',
  'drill.event.',
  'drill.action.',
  'drill.kind.',
  'drill.play.',
] as const;
export type DrillLabels = Labels<(typeof DRILL_LABELS)[number]>;

/** What every part of a drill in play is given: its strings, the scenario, the play's state, the language. */
export interface DrillPartProps {
  labels: DrillLabels;
  drill: Drill;
  state: DrillState;
  lang: Locale;
}
