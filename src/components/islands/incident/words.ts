/**
 * Wording of derived things (timeline items, report lines) in the page's language, shared by
 * the timeline, the report on screen and its Markdown export.
 */
import type { Locale } from '../../../i18n/locales.ts';
import { format, formatDate } from '../../../lib/format.ts';
import type { ReportWords } from '../../../lib/incident/report.ts';
import type { TimelineItem } from '../../../lib/incident/timeline.ts';
import { type EvidenceField, LEVERS, ROLES } from '../../../lib/schemas/incident.ts';
import { FIRST_STEPS_ID } from './FirstSteps.tsx';
import type { CrisisLabels, LevelNames, ListWords } from './labels.ts';

export interface Wording {
  labels: CrisisLabels;
  levelNames: LevelNames;
  lists: ListWords[];
  firstSteps: { id: string; text: string }[];
  lang: Locale;
}

export function itemText(w: Wording, checklistId: string, itemId: string): string {
  if (checklistId === FIRST_STEPS_ID) return w.firstSteps.find((s) => s.id === itemId)?.text ?? itemId;
  return (
    w.lists.find((l) => l.id === checklistId)?.items.find((i) => i.id === itemId)?.text ?? `${checklistId}/${itemId}`
  );
}

export function describeItem(w: Wording, item: TimelineItem): string {
  const L = w.labels;
  switch (item.source) {
    case 'entry':
      return `${L[`crisis.kind.${item.kind}`]}: ${item.text}`;
    case 'milestone':
      return L[`crisis.event.${item.milestone}`];
    case 'severity':
      return item.from
        ? format(L['crisis.event.severityChange'], { from: w.levelNames[item.from], to: w.levelNames[item.level] }) +
            (item.reason && item.reason !== 'triage' ? ` (${item.reason})` : '')
        : format(L['crisis.event.severity'], { level: w.levelNames[item.level] });
    case 'evidence':
      return format(L['crisis.event.evidence'], { handle: item.handle || '—', network: item.network || '—' });
    case 'evidence-edit': {
      const status = item.status ? L[`crisis.evidence.status.${item.status}`] : '';
      const handle = item.handle || '—';
      if (item.fields.length === 1 && status) return format(L['crisis.event.evidenceStatus'], { handle, status });
      const fields = item.fields.map((f) =>
        f === 'status' ? `${L[EVIDENCE_FIELD_LABEL[f]]}: ${status}` : L[EVIDENCE_FIELD_LABEL[f]],
      );
      return format(L['crisis.event.evidenceEdit'], { handle, fields: fields.join(', ') });
    }
    case 'tick': {
      const [list = '', id = ''] = item.key.split('/');
      return format(L[item.ticked ? 'crisis.event.tick' : 'crisis.event.untick'], { item: itemText(w, list, id) });
    }
    case 'statement':
      return format(L[item.event === 'approved' ? 'crisis.event.approved' : 'crisis.event.published'], {
        name: item.name,
        by: item.by,
        version: item.version ?? '',
      });
  }
}

/** The name of each correctable field of an evidence card, as the form labels it. */
export const EVIDENCE_FIELD_LABEL = {
  network: 'crisis.evidence.network',
  url: 'crisis.evidence.url',
  handle: 'crisis.evidence.handle',
  displayName: 'crisis.evidence.displayName',
  followers: 'crisis.evidence.followers',
  seenAt: 'crisis.evidence.seenAt',
  text: 'crisis.evidence.text',
  screenshot: 'crisis.evidence.shot',
  fakeSigns: 'crisis.evidence.signs',
  status: 'crisis.evidence.status',
} as const satisfies Record<EvidenceField, keyof CrisisLabels>;

/** Times on the timeline and in the report: the one date formatter, date and time. */
export const timeOf = (lang: Locale) => (iso: string) => formatDate(iso, lang, 'dateTime');

export function reportWords(w: Wording): ReportWords {
  const L = w.labels;
  const time = timeOf(w.lang);
  return {
    heading: L['crisis.report.heading'],
    drillMarker: L['drill.marker'],
    sections: {
      summary: L['crisis.report.summary'],
      roles: L['crisis.report.roles'],
      timeline: L['crisis.report.timeline'],
      severity: L['crisis.report.severity'],
      firstResponse: L['crisis.report.firstResponse'],
      cadence: L['crisis.report.cadence'],
      checklists: L['crisis.report.checklists'],
      statements: L['crisis.report.statements'],
      evidence: L['crisis.report.evidence'],
      review: L['crisis.report.review'],
      followUps: L['crisis.report.followUps'],
    },
    fields: {
      started: L['crisis.time.started'],
      detected: L['crisis.time.detected'],
      declared: L['crisis.time.declared'],
      resolved: L['crisis.time.resolved'],
      severity: L['crisis.start.severity'],
      open: L['crisis.report.open'],
    },
    role: Object.fromEntries(ROLES.map((r) => [r, L[`crisis.role.${r}`]])) as ReportWords['role'],
    lever: Object.fromEntries(LEVERS.map((l) => [l, L[`crisis.report.lever.${l}`]])) as ReportWords['lever'],
    level: (level) => w.levelNames[level],
    item: (item) => describeItem(w, item),
    firstResponse: (r) =>
      r.minutes === null
        ? format(L['crisis.report.frNone'], { target: r.targetMinutes })
        : format(L[r.met ? 'crisis.report.frMet' : 'crisis.report.frLate'], {
            minutes: r.minutes,
            target: r.targetMinutes,
          }),
    cadence: (c) =>
      format(
        L[
          c.kept === null
            ? 'crisis.report.cadenceNone'
            : c.kept
              ? 'crisis.report.cadenceKept'
              : 'crisis.report.cadenceLate'
        ],
        {
          updates: c.updates,
          late: c.late,
        },
      ),
    checklistTitle: (id) => w.lists.find((l) => l.id === id)?.title ?? id,
    itemText: (list, item) => itemText(w, list, item),
    statement: (s) =>
      format(L['crisis.report.statementLine'], {
        name: s.name,
        state: [
          s.version === null ? '' : format(L['crisis.statements.version'], { number: s.version }),
          s.approval
            ? format(L['crisis.statements.approved'], {
                name: s.approval.name,
                role: s.approval.role,
                time: time(s.approval.at),
              })
            : L['crisis.statements.draft'],
          s.publishedAt ? format(L['crisis.statements.published'], { time: time(s.publishedAt) }) : '',
        ]
          .filter(Boolean)
          .join('; '),
      }),
    evidence: (e) =>
      [
        e.network,
        e.handle,
        e.displayName,
        e.url,
        e.text && `“${e.text}”`,
        L[`crisis.evidence.status.${e.status}`],
        e.screenshot && `SHA-256 ${e.screenshot.sha256}`,
      ]
        .filter(Boolean)
        .join(' · '),
    followUp: (f) =>
      `${f.text} — ${f.dueAt ? format(L['crisis.log.followUpDue'], { owner: f.owner, time: time(f.dueAt) }) : format(L['crisis.log.followUpBy'], { owner: f.owner })}${f.doneAt ? ` · ${format(L['crisis.report.followUpDone'], { time: time(f.doneAt) })}` : ''}`,
    none: L['crisis.report.none'],
    time,
  };
}
