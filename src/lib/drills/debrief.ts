/**
 * The debrief: an after-action review generated from a play-through, with the four questions of
 * the recovery guide (what should have happened, what did happen, why they differed, what we
 * learn) and the learner's notes. Pure: a data structure, then Markdown from it. The words come
 * in as `t` (src/i18n, the `drill.*` keys), so this module loads no dictionary.
 */
import type { UIKey } from '../../i18n/es.ts';
import { targetsFor } from '../incident/triage.ts';
import { mdText } from '../markdown/write.ts';
import type { Locale } from '../statement/types.ts';
import type { DrillState } from './engine.ts';
import type { Drill, Inject, Quality } from './schema.ts';
import { type DrillScore, type Reading, reading } from './scoring.ts';

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

export interface DebriefEvent {
  /** Simulated minute. */
  at: number;
  kind: 'inject' | 'choice' | 'timeout' | 'missed' | 'statement' | 'severity' | 'escalate' | 'evidence';
  text: string;
}

export interface DebriefWhy {
  /** The decision's prompt, or the deadline's action. */
  what: string;
  /** What the learner did, worded. */
  did: string;
  quality: Quality | 'timeout' | 'missed';
  feedback: string;
  read: Reading[];
}

export interface DebriefLesson {
  dimension: string;
  score: number;
  reason: string;
  read: Reading[];
}

export interface Debrief {
  lang: Locale;
  marker: string;
  title: string;
  summary: string;
  severity: string;
  mode: string;
  /** Simulated minutes played. */
  played: number;
  overall: number;
  planned: string[];
  happened: DebriefEvent[];
  why: DebriefWhy[];
  learn: DebriefLesson[];
  notes: { at: number; text: string }[];
}

const handleOf = (x: Inject | undefined, lang: Locale) => (x?.kind === 'post' ? x.author[lang].handle : (x?.id ?? ''));

/** Words the ids inside a reason's values (severities, contacts) before the UI string gets them. */
function wordValues(values: Record<string, string | number>, t: Translate): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (['chosen', 'expected', 'final'].includes(key) && typeof value === 'string') {
      out[key] = t(`drill.severity.${value}` as UIKey).toLowerCase();
    } else if (key === 'rules' && typeof value === 'string') {
      // The linter's rules by name, not by id ("no apology", not "no-apology").
      out[key] = value
        .split(', ')
        .filter(Boolean)
        .map((r) => t(`drill.rule.${r}` as UIKey))
        .join(', ');
    } else if (['late', 'missing'].includes(key) && typeof value === 'string') {
      out[key] = value
        ? value
            .split(', ')
            .map((c) => t(`drill.contact.${c}` as UIKey))
            .join(', ')
        : '—';
    } else out[key] = value;
  }
  return out;
}

export function buildDebrief(drill: Drill, state: DrillState, score: DrillScore, lang: Locale, t: Translate): Debrief {
  const injects = new Map(drill.injects.map((x) => [x.id, x]));
  const decisions = new Map(drill.decisions.map((d) => [d.id, d]));
  const level = (s: string) => t(`drill.severity.${s}` as UIKey);
  const targets = targetsFor(drill.severity, null);

  const planned: string[] = [
    t('drill.plan.severity', { severity: level(drill.severity).toLowerCase() }),
    t('drill.plan.first-response', { target: targets.firstResponseMinutes }),
    ...(targets.updateMinutes ? [t('drill.plan.cadence', { every: targets.updateMinutes })] : []),
    ...drill.escalate.map((e) => t('drill.plan.escalate', { who: t(`drill.contact.${e.to}` as UIKey), by: e.by })),
    ...drill.evidence
      .filter((id) => state.released.some((r) => r.inject === id))
      .map((id) => t('drill.plan.evidence', { handle: handleOf(injects.get(id), lang) })),
    ...state.branches.flatMap((b) => {
      const d = decisions.get(b.decision);
      const best = d?.choices.find((c) => c.quality === 'best');
      return d && best ? [t('drill.plan.decision', { prompt: d.prompt[lang], choice: best.label[lang] })] : [];
    }),
  ];

  const happened: DebriefEvent[] = [
    ...state.released.map((r) => ({
      at: r.at,
      kind: 'inject' as const,
      text: t('drill.event.inject', { title: injects.get(r.inject)?.title[lang] ?? r.inject }),
    })),
    ...state.branches.map((b) => {
      const d = decisions.get(b.decision);
      const choice = d?.choices.find((c) => c.id === b.choice);
      return choice
        ? { at: b.at, kind: 'choice' as const, text: t('drill.event.choice', { choice: choice.label[lang] }) }
        : { at: b.at, kind: 'timeout' as const, text: t('drill.event.timeout', { prompt: d?.prompt[lang] ?? '' }) };
    }),
    ...state.missed.map((m) => {
      const dl = drill.deadlines.find((x) => x.id === m.deadline);
      return {
        at: m.at,
        kind: 'missed' as const,
        text: t('drill.event.missed', { action: dl ? t(`drill.action.${dl.action}`) : m.deadline }),
      };
    }),
    ...state.actions.flatMap((a): DebriefEvent[] => {
      switch (a.type) {
        case 'statement':
          return [{ at: a.at, kind: 'statement', text: t('drill.event.statement') }];
        case 'severity':
          return [{ at: a.at, kind: 'severity', text: t('drill.event.severity', { severity: level(a.level) }) }];
        case 'escalate':
          return [{ at: a.at, kind: 'escalate', text: t('drill.event.escalate', { who: t(`drill.contact.${a.to}`) }) }];
        case 'evidence':
          return [
            {
              at: a.at,
              kind: 'evidence',
              text: t('drill.event.evidence', { handle: handleOf(injects.get(a.inject), lang) }),
            },
          ];
        default:
          return [];
      }
    }),
  ].sort((a, b) => a.at - b.at);

  const why: DebriefWhy[] = [
    ...state.branches.flatMap((b): DebriefWhy[] => {
      const d = decisions.get(b.decision);
      if (!d) return [];
      const choice = d.choices.find((c) => c.id === b.choice);
      if (!choice) {
        return [
          {
            what: d.prompt[lang],
            did: t('drill.quality.timeout'),
            quality: 'timeout',
            feedback: d.timeout.feedback[lang],
            read: d.timeout.read.map((c) => reading(c, lang)),
          },
        ];
      }
      if (choice.quality === 'best') return [];
      return [
        {
          what: d.prompt[lang],
          did: t('drill.debrief.chosen', {
            choice: choice.label[lang],
            quality: t(`drill.quality.${choice.quality}`),
            sure: t(b.sure ? 'drill.sure' : 'drill.unsure'),
          }),
          quality: choice.quality,
          feedback: choice.feedback[lang],
          read: choice.read.map((c) => reading(c, lang)),
        },
      ];
    }),
    ...state.missed.flatMap((m): DebriefWhy[] => {
      const dl = drill.deadlines.find((x) => x.id === m.deadline);
      return dl
        ? [
            {
              what: t(`drill.action.${dl.action}`),
              did: t('drill.quality.missed'),
              quality: 'missed',
              feedback: dl.feedback[lang],
              read: dl.read.map((c) => reading(c, lang)),
            },
          ]
        : [];
    }),
  ];

  const learn: DebriefLesson[] = score.dimensions.flatMap((d) =>
    d.score === null || d.score === 100
      ? []
      : [
          {
            dimension: t(`drill.dimension.${d.dimension}`),
            score: d.score,
            reason: t(`drill.reason.${d.dimension}.${d.reason.code}` as UIKey, wordValues(d.reason.values, t)),
            read: d.read,
          },
        ],
  );

  return {
    lang,
    marker: t('drill.marker'),
    title: drill.title[lang],
    summary: drill.summary[lang],
    severity: level(drill.severity),
    mode: t(state.mode === 'solo' ? 'drill.mode.solo' : 'drill.mode.facilitated'),
    played: Math.round(state.finished?.at ?? state.minutes),
    overall: score.overall,
    planned,
    happened,
    why,
    learn,
    notes: state.actions.flatMap((a) => (a.type === 'note' && a.text.trim() ? [{ at: a.at, text: a.text }] : [])),
  };
}

/** One line of Markdown text through the shared writer, outer spaces dropped. */
const mdLine = (text: string): string => mdText(text.trim());

export function debriefMarkdown(d: Debrief, t: Translate): string {
  const at = (minutes: number) => t('drill.at', { minutes: Math.round(minutes) });
  const links = (read: readonly Reading[]) =>
    read.length
      ? ` ${t('drill.debrief.read')}: ${read.map((r) => `[${r.guide}#${r.anchor}](${r.href})`).join(', ')}`
      : '';
  const list = (items: string[]) => (items.length ? items.map((i) => `- ${i}`) : [t('drill.debrief.none')]);
  const lines = [
    `# ${t('drill.debrief.title')}: ${mdLine(d.title)}`,
    '',
    `**${mdLine(d.marker)}**`,
    '',
    mdLine(d.summary),
    '',
    `- ${t('drill.debrief.severity')}: ${d.severity}`,
    `- ${t('drill.debrief.mode')}: ${d.mode}`,
    `- ${t('drill.debrief.played')}: ${at(d.played)}`,
    '',
    `## ${t('drill.debrief.score', { score: d.overall })}`,
    '',
    `## ${t('drill.debrief.planned')}`,
    '',
    ...list(d.planned.map(mdText)),
    '',
    `## ${t('drill.debrief.happened')}`,
    '',
    ...list(d.happened.map((e) => `${at(e.at)}: ${mdLine(e.text)}`)),
    '',
    `## ${t('drill.debrief.why')}`,
    '',
    ...list(d.why.map((w) => `**${mdLine(w.what)}** ${mdLine(w.did)} ${mdLine(w.feedback)}${links(w.read)}`)),
    '',
    `## ${t('drill.debrief.learn')}`,
    '',
    ...list(d.learn.map((l) => `${mdLine(l.dimension)} (${l.score}/100): ${mdLine(l.reason)}${links(l.read)}`)),
    '',
    `## ${t('drill.debrief.notes')}`,
    '',
    ...list(d.notes.map((n) => `${at(n.at)}: ${mdLine(n.text)}`)),
  ];
  return `${lines.join('\n')}\n`;
}
