/**
 * Triage: escalation criteria → one of four severities, with its reasons and what follows.
 *
 * The questions follow the criteria practitioners escalate on (volume against the usual
 * baseline, speed and spread, reach of the accounts involved, press, safety, legal or data,
 * money, truth of the claim, customers affected). Each answer sets a floor: the severity is the
 * highest floor reached. "Not sure" is an answer too, and when unsure you go higher: any "not
 * sure" raises the result one level. The wording lives in src/content/triage.yaml (both
 * languages side by side); the numbers below are our editable defaults, built on the escalation
 * matrix of the escalation guide and the approval times of the crisis plan guide: no source
 * publishes a numeric matrix for social media, so these are a starting point to agree in advance.
 */

import type { Targets } from '../schemas/incident.ts';
import { SEVERITIES, type Severity } from './levels.ts';

export const UNSURE = 'unsure';

/** Question id → option id → the severity floor that answer sets. */
export const QUESTIONS = {
  volume: { normal: 'low', above: 'medium', 'far-above': 'high' },
  spread: { 'one-network': 'low', 'several-networks': 'medium', fast: 'high' },
  reach: { ordinary: 'low', influential: 'high' },
  press: { none: 'low', asking: 'high', published: 'high' },
  safety: { no: 'low', yes: 'critical' },
  'legal-data': { no: 'low', yes: 'critical' },
  money: { no: 'low', yes: 'high' },
  truth: { false: 'low', partly: 'medium', true: 'medium' },
  customers: { none: 'low', some: 'medium', many: 'high' },
} as const satisfies Record<string, Record<string, Severity>>;

export type QuestionId = keyof typeof QUESTIONS;
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];
export type Answers = Partial<Record<string, string>>;

export interface LevelDefaults extends Targets {
  /** Checklists to open, in crisis order. */
  checklists: readonly string[];
}

const ALL_DURING = [
  'is-it-a-crisis',
  'escalate-a-conflict',
  'investigate-the-cause',
  'identify-profiles',
  'publish-the-response',
] as const;

/**
 * Defaults per level (minutes). Who is told and how fast follows the escalation matrix
 * (guides/escalation); the first public message follows the crisis plan's worked example
 * (twenty minutes from alarm to a holding statement) and its approval deadline of 30 minutes.
 * Low has no update cadence: each case is answered as it is solved.
 */
export const LEVEL_DEFAULTS: Record<Severity, LevelDefaults> = {
  critical: { firstResponseMinutes: 15, updateMinutes: 30, checklists: ALL_DURING },
  high: { firstResponseMinutes: 30, updateMinutes: 60, checklists: ALL_DURING },
  medium: {
    firstResponseMinutes: 60,
    updateMinutes: 120,
    checklists: ['is-it-a-crisis', 'escalate-a-conflict', 'investigate-the-cause', 'publish-the-response'],
  },
  low: { firstResponseMinutes: 240, updateMinutes: null, checklists: ['is-it-a-crisis', 'escalate-a-conflict'] },
};

/** After this long since detection an incident is "long": the update cadence relaxes. */
export const LONG_INCIDENT_MINUTES = 120;
/** In a long incident the cadence is multiplied by this (an hourly update becomes every two hours). */
export const LONG_CADENCE_FACTOR = 2;

export const rank = (level: Severity): number => SEVERITIES.indexOf(level);
/** The more severe of two levels. */
export const higher = (a: Severity, b: Severity): Severity => (rank(a) <= rank(b) ? a : b);
/** One level up (critical stays critical). */
export const oneUp = (level: Severity): Severity => SEVERITIES[Math.max(0, rank(level) - 1)] ?? level;

export interface Reason {
  question: QuestionId;
  option: string;
  level: Severity;
}

export interface TriageResult {
  level: Severity;
  /** The answers that set the level (those at the result's floor), most severe first. */
  reasons: Reason[];
  /** Questions answered "not sure". */
  unsure: QuestionId[];
  /** True when "not sure" raised the level. */
  raised: boolean;
  unanswered: QuestionId[];
  defaults: LevelDefaults;
}

/** Scores triage answers. Unknown question or option ids are ignored (they come from a form). */
export function scoreTriage(answers: Answers): TriageResult {
  const reasons: Reason[] = [];
  const unsure: QuestionId[] = [];
  const unanswered: QuestionId[] = [];
  for (const question of QUESTION_IDS) {
    const option = answers[question];
    const floors: Record<string, Severity> = QUESTIONS[question];
    if (option === UNSURE) unsure.push(question);
    else if (option && Object.hasOwn(floors, option)) {
      const level = floors[option] as Severity;
      reasons.push({ question, option, level });
    } else unanswered.push(question);
  }
  const base = reasons.reduce<Severity>((acc, r) => higher(acc, r.level), 'low');
  const raised = unsure.length > 0 && base !== 'critical';
  const level = unsure.length > 0 ? oneUp(base) : base;
  const top = reasons.filter((r) => r.level === base && base !== 'low').sort((a, b) => rank(a.level) - rank(b.level));
  return { level, reasons: top, unsure, raised, unanswered, defaults: LEVEL_DEFAULTS[level] };
}

/** The targets in force: the user's own, or the level's defaults. */
export function targetsFor(level: Severity, own: Targets | null): Targets {
  if (own) return own;
  const { firstResponseMinutes, updateMinutes } = LEVEL_DEFAULTS[level];
  return { firstResponseMinutes, updateMinutes };
}
