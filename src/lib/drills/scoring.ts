/**
 * Scoring that teaches: one score per dimension, each with the reason (a code and its figures,
 * worded by the UI in the learner's language) and the guide sections to read next. Pure.
 *
 * The targets for the first response and the update cadence are crisis mode's defaults per
 * severity (`targetsFor`, from LEVEL_DEFAULTS in src/lib/incident/triage.ts).
 */
import { targetsFor } from '../incident/triage.ts';
import { coverage, lintStatement } from '../statement/index.ts';
import type { ApologyPart, Locale } from '../statement/types.ts';
import type { StatementWording } from '../statement/wording.ts';
import type { DrillState } from './engine.ts';
import type { Citation, Drill, Severity } from './schema.ts';
import { SEVERITIES } from './schema.ts';

/**
 * Points for a decision (certainty-based marking): saying you are sure raises the stake both
 * ways, so a sure wrong choice costs more than an unsure one, and any cautious choice scores above
 * a wrong one. Letting the time run out scores nothing.
 */
export const POINTS = {
  best: { sure: 3, unsure: 2 },
  cautious: { sure: 1, unsure: 1 },
  wrong: { sure: -3, unsure: -1 },
  timeout: 0,
} as const;
const MAX_POINTS = POINTS.best.sure;

export const DIMENSIONS = [
  'first-response',
  'cadence',
  'severity',
  'decisions',
  'statements',
  'evidence',
  'escalation',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** A section to read, resolved for one language. */
export interface Reading {
  guide: string;
  anchor: string;
  href: string;
}

export interface DimensionScore {
  dimension: Dimension;
  /** 0 to 100, or null when the drill gave nothing to measure (the dimension is left out). */
  score: number | null;
  /** Why: a code the UI words, with its figures. */
  reason: { code: string; values: Record<string, string | number> };
  read: Reading[];
}

export interface DrillScore {
  /** Mean of the measured dimensions, 0 to 100. */
  overall: number;
  dimensions: DimensionScore[];
  /** Sections to read, weakest dimension first, no repeats. */
  readNext: Reading[];
}

/** The path of a guide section (the same as `paths.guide(lang, id)` + `#anchor` in src/i18n/routes.ts). */
export function sectionHref(guide: string, anchor: string, lang: Locale): string {
  return `/${lang}/guides/${guide}/#${anchor}`;
}

export function reading(c: Citation, lang: Locale): Reading {
  const anchor = c[lang];
  return { guide: c.guide, anchor, href: sectionHref(c.guide, anchor, lang) };
}

/** Sections the scorer points to; anchors differ per language, the build checks them (tests/lib/drills). */
export const SECTIONS = {
  holding: { guide: 'response', es: 'el-comunicado-de-espera', en: 'the-holding-statement' },
  updates: { guide: 'response', es: 'las-actualizaciones', en: 'updates' },
  matrix: { guide: 'escalation', es: 'matriz-de-escalado', en: 'escalation-matrix' },
  evidence: {
    guide: 'legal-duties',
    es: 'conserva-las-pruebas-desde-el-primer-minuto',
    en: 'preserve-evidence-from-minute-one',
  },
  standUp: { guide: 'team-and-roles', es: 'activa-el-equipo', en: 'stand-up-the-team' },
  apology: { guide: 'response', es: 'las-partes-de-la-disculpa', en: 'the-parts-of-the-apology' },
} as const satisfies Record<string, Citation>;

const pct = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100);
const round = (x: number) => Math.round(x);
const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** The end of the drill for measuring: when it finished, or now. */
const endOf = (state: DrillState) => state.finished?.at ?? state.minutes;

function firstResponse(drill: Drill, state: DrillState, lang: Locale): DimensionScore {
  const target = targetsFor(drill.severity, null).firstResponseMinutes;
  const first = state.actions.find((a) => a.type === 'statement');
  const read = [reading(SECTIONS.holding, lang)];
  if (!first) return { dimension: 'first-response', score: 0, reason: { code: 'none', values: { target } }, read };
  const minutes = round(first.at);
  if (first.at <= target)
    return { dimension: 'first-response', score: 100, reason: { code: 'met', values: { minutes, target } }, read: [] };
  // Late: the score falls with the delay, to nothing at twice the target.
  return {
    dimension: 'first-response',
    score: pct(1 - (first.at - target) / target),
    reason: { code: 'late', values: { minutes, target, late: round(first.at - target) } },
    read,
  };
}

function cadence(drill: Drill, state: DrillState, lang: Locale): DimensionScore {
  const every = targetsFor(drill.severity, null).updateMinutes;
  const statements = state.actions.filter((a) => a.type === 'statement');
  const read = [reading(SECTIONS.updates, lang)];
  if (!statements.length) return { dimension: 'cadence', score: 0, reason: { code: 'no-statement', values: {} }, read };
  const end = endOf(state);
  let checked = 0;
  let late = 0;
  statements.forEach((s, i) => {
    const due = s.promisedMinutes !== null ? s.at + s.promisedMinutes : every !== null ? s.at + every : null;
    if (due === null) return;
    const next = statements[i + 1]?.at;
    if (next === undefined && end <= due) return; // the drill ended before it was due
    checked++;
    if ((next ?? end) > due) late++;
  });
  if (checked === 0) return { dimension: 'cadence', score: null, reason: { code: 'not-due', values: {} }, read: [] };
  return {
    dimension: 'cadence',
    score: pct(1 - late / checked),
    reason: { code: late ? 'late' : 'kept', values: { late, checked, every: every ?? 0 } },
    read: late ? read : [],
  };
}

function severity(drill: Drill, state: DrillState, lang: Locale): DimensionScore {
  const chosen = state.actions.filter((a) => a.type === 'severity');
  const expected = drill.severity;
  const read = [reading(SECTIONS.matrix, lang)];
  const first = chosen[0];
  if (!first) return { dimension: 'severity', score: 0, reason: { code: 'none', values: { expected } }, read };
  const last = chosen[chosen.length - 1] ?? first;
  // Positive: rated more severe than it was (cautious); negative: less severe (the costly mistake).
  const gap = rank(expected) - rank(first.level);
  const values = { chosen: first.level, expected, final: last.level };
  if (gap === 0) return { dimension: 'severity', score: 100, reason: { code: 'exact', values }, read: [] };
  if (gap > 0) return { dimension: 'severity', score: gap === 1 ? 75 : 50, reason: { code: 'higher', values }, read };
  return {
    dimension: 'severity',
    score: gap === -1 ? (last.level === expected ? 40 : 25) : 0,
    reason: { code: last.level === expected ? 'lower-corrected' : 'lower', values },
    read,
  };
}

function decisions(drill: Drill, state: DrillState, lang: Locale): DimensionScore {
  const byId = new Map(drill.decisions.map((d) => [d.id, d]));
  if (!state.branches.length)
    return { dimension: 'decisions', score: null, reason: { code: 'none', values: {} }, read: [] };
  let points = 0;
  const counts = { best: 0, cautious: 0, wrong: 0, sureWrong: 0, timeout: 0 };
  const read: Reading[] = [];
  for (const b of state.branches) {
    const d = byId.get(b.decision);
    if (b.choice === null || b.quality === null) {
      counts.timeout++;
      points += POINTS.timeout;
      if (d) read.push(...d.timeout.read.map((c) => reading(c, lang)));
      continue;
    }
    points += POINTS[b.quality][b.sure ? 'sure' : 'unsure'];
    counts[b.quality]++;
    if (b.quality === 'wrong' && b.sure) counts.sureWrong++;
    if (b.quality !== 'best') {
      const choice = d?.choices.find((c) => c.id === b.choice);
      if (choice) read.push(...choice.read.map((c) => reading(c, lang)));
    }
  }
  const max = MAX_POINTS * state.branches.length;
  return {
    dimension: 'decisions',
    score: pct(points / max),
    reason: { code: 'tally', values: { ...counts, total: state.branches.length, points: Math.max(0, points), max } },
    read,
  };
}

/** Statement quality from the statement builder's own linter and apology meter. */
function statements(drill: Drill, state: DrillState, _lang: Locale, wording: StatementWording): DimensionScore {
  const texts = state.actions.filter((a) => a.type === 'statement' && a.text?.trim());
  if (!texts.length) return { dimension: 'statements', score: null, reason: { code: 'no-text', values: {} }, read: [] };
  const rules = new Set<string>();
  const read: Reading[] = [];
  const missingParts = new Set<ApologyPart>();
  let total = 0;
  for (const s of texts) {
    if (s.type !== 'statement' || !s.text) continue;
    const apology = drill.crisisType === 'false-rumour' ? false : undefined;
    const findings = lintStatement(s.text, wording, { kind: s.kind, apology });
    let quality = 1;
    for (const f of findings) {
      quality -= f.severity === 'error' ? 0.5 : f.severity === 'warning' ? 0.2 : 0.05;
      rules.add(f.rule);
      const [path, anchor = ''] = f.guide.split('#');
      const guide = path?.split('/').filter(Boolean).pop() ?? 'response';
      read.push({ guide, anchor, href: f.guide });
    }
    if (s.kind === 'full') {
      const parts = coverage(s.text, wording);
      for (const [part, present] of Object.entries(parts)) if (!present) missingParts.add(part as ApologyPart);
    }
    total += Math.max(0, quality);
  }
  return {
    dimension: 'statements',
    score: pct(total / texts.length),
    reason: {
      code: rules.size ? 'findings' : 'clean',
      // `parts`: the apology's parts a full statement left out (not `missing`, which the debrief
      // reads as the people not told).
      values: { statements: texts.length, rules: [...rules].join(', '), parts: [...missingParts].join(', ') },
    },
    read,
  };
}

function evidence(drill: Drill, state: DrillState, lang: Locale): DimensionScore {
  const seen = new Set(state.released.map((r) => r.inject));
  const required = drill.evidence.filter((id) => seen.has(id));
  if (!required.length)
    return { dimension: 'evidence', score: null, reason: { code: 'none-due', values: {} }, read: [] };
  const cards = state.actions.filter((a) => a.type === 'evidence');
  const complete = required.filter((id) => cards.some((c) => c.type === 'evidence' && c.inject === id && c.complete));
  const partial = required.filter(
    (id) => !complete.includes(id) && cards.some((c) => c.type === 'evidence' && c.inject === id),
  );
  const score = pct((complete.length + partial.length * 0.5) / required.length);
  return {
    dimension: 'evidence',
    score,
    reason: {
      code: score === 100 ? 'complete' : 'missing',
      values: { complete: complete.length, partial: partial.length, required: required.length },
    },
    read: score === 100 ? [] : [reading(SECTIONS.evidence, lang)],
  };
}

function escalation(drill: Drill, state: DrillState, lang: Locale): DimensionScore {
  const told = state.actions.filter((a) => a.type === 'escalate');
  let total = 0;
  const late: string[] = [];
  const missing: string[] = [];
  for (const need of drill.escalate) {
    const first = told.find((a) => a.type === 'escalate' && a.to === need.to);
    if (!first) missing.push(need.to);
    else if (first.at > need.by) {
      late.push(need.to);
      total += 0.5;
    } else total += 1;
  }
  const score = pct(total / drill.escalate.length);
  return {
    dimension: 'escalation',
    score,
    reason: {
      code: score === 100 ? 'on-time' : 'gaps',
      values: { late: late.join(', '), missing: missing.join(', '), required: drill.escalate.length },
    },
    read: score === 100 ? [] : [reading(SECTIONS.matrix, lang), reading(SECTIONS.standUp, lang)],
  };
}

/** `wording` is the statement builder's wording in the learner's language (src/lib/statement/wording.ts). */
export function scoreDrill(drill: Drill, state: DrillState, wording: StatementWording): DrillScore {
  const lang = wording.locale;
  const dimensions = [firstResponse, cadence, severity, decisions, statements, evidence, escalation].map((f) =>
    f(drill, state, lang, wording),
  );
  const measured = dimensions.filter((d): d is DimensionScore & { score: number } => d.score !== null);
  const overall = measured.length ? Math.round(measured.reduce((sum, d) => sum + d.score, 0) / measured.length) : 0;
  const seen = new Set<string>();
  const readNext = [...measured]
    .sort((a, b) => a.score - b.score)
    .flatMap((d) => (d.score < 100 ? d.read : []))
    .filter((r) => {
      if (seen.has(r.href)) return false;
      seen.add(r.href);
      return true;
    });
  return { overall, dimensions, readNext };
}
