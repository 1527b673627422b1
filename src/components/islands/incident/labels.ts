import type { Labels } from '../../../i18n/labels.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Severity } from '../../../lib/schemas/incident.ts';

/** Every crisis-mode and triage string, handed whole to the crisis islands (`labelsFor(lang, CRISIS_LABELS)`). */
export const CRISIS_LABELS = ['crisis.', 'triage.', 'storage.', 'import.', 'drill.marker'] as const;
export type CrisisLabels = Labels<(typeof CRISIS_LABELS)[number]>;

/** Severity names in the page's language (from src/content/triage/triage.yaml). */
export type LevelNames = Record<Severity, string>;

/** A checklist as the crisis page shows it: id, title, items in the page's language. */
export interface ListWords {
  id: string;
  title: string;
  items: { id: string; text: string }[];
}

/** What most crisis islands are handed: the strings, the severity names and the page's language. */
export interface PageWords {
  labels: CrisisLabels;
  levelNames: LevelNames;
  lang: Locale;
}

/** The incident's three start times, each with its label, in order. */
export const INCIDENT_TIMES = [
  ['startedAt', 'crisis.time.started'],
  ['detectedAt', 'crisis.time.detected'],
  ['declaredAt', 'crisis.time.declared'],
] as const;
