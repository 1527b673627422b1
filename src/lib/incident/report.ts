/**
 * The post-crisis report: built from the incident, its checklist session, its statements and
 * the checklists it had open, all at once, so it is the same on screen, in Markdown and in JSON.
 * Pure: the wording for Markdown comes in as `ReportWords` (one per language, from src/i18n).
 */
import type { Draft } from '../drafts.ts';
import { mdDocument, mdText } from '../markdown/write.ts';
import type { EvidenceCard, Incident, Review, Roles, Severity, SeverityChange } from '../schemas/incident.ts';
import { LEVERS, ROLES } from '../schemas/incident.ts';
import type { Session as Run } from '../sessions.ts';
import { tickKey } from '../sessions.ts';
import { recordedVersions } from '../statement-record.ts';
import { incidentDrafts, mergedTimeline, publishedStatements, type TimelineItem } from './timeline.ts';
import { LONG_CADENCE_FACTOR, LONG_INCIDENT_MINUTES, targetsFor } from './triage.ts';

const MINUTE = 60_000;

export interface ChecklistRef {
  id: string;
  items: readonly string[];
}

export interface Report {
  id: string;
  /** A drill's practice incident: the report says so at the top, on screen and in Markdown. */
  drill: boolean;
  title: string;
  startedAt: string;
  detectedAt: string;
  declaredAt: string;
  resolvedAt: string | null;
  severity: Severity;
  severityChanges: (SeverityChange & { from: Severity | null })[];
  roles: Roles;
  timeline: TimelineItem[];
  firstResponse: { targetMinutes: number; at: string | null; minutes: number | null; met: boolean | null };
  cadence: { cadenceMinutes: number | null; updates: number; late: number; kept: boolean | null };
  checklists: { id: string; done: number; total: number; open: string[] }[];
  /** Every published version of each statement, then a draft still being written (version null). */
  statements: {
    id: string;
    name: string;
    version: number | null;
    approval: Draft['approval'];
    publishedAt: string | null;
  }[];
  evidence: EvidenceCard[];
  review: Review;
  followUps: { id: string; text: string; owner: string; dueAt: string | null; doneAt: string | null }[];
}

/** How many updates came late against the promise or cadence in force after each statement. */
function cadenceKept(
  incident: Incident,
  cadence: number | null,
  published: { at: string; nextUpdateAt: string | null }[],
): Report['cadence'] {
  const sorted = [...published].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const end = incident.resolvedAt ? Date.parse(incident.resolvedAt) : null;
  let late = 0;
  let checked = 0;
  sorted.forEach((p, i) => {
    const at = Date.parse(p.at);
    const long = at - Date.parse(incident.detectedAt) >= LONG_INCIDENT_MINUTES * MINUTE;
    const relaxed = cadence === null ? null : long ? cadence * LONG_CADENCE_FACTOR : cadence;
    const due = p.nextUpdateAt ? Date.parse(p.nextUpdateAt) : relaxed === null ? null : at + relaxed * MINUTE;
    if (due === null) return;
    const next = sorted[i + 1] ? Date.parse((sorted[i + 1] as { at: string }).at) : end;
    if (next === null) return; // still open, last update: not judged yet
    if (!sorted[i + 1] && end !== null && end <= due) return; // resolved before it was due
    checked++;
    if (next > due) late++;
  });
  return { cadenceMinutes: cadence, updates: sorted.length, late, kept: checked === 0 ? null : late === 0 };
}

export function buildReport(
  incident: Incident,
  run: Run | undefined,
  allDrafts: readonly Draft[],
  checklists: readonly ChecklistRef[],
): Report {
  const drafts = incidentDrafts(incident, allDrafts);
  const level = (incident.severity[incident.severity.length - 1] as SeverityChange).level;
  const targets = targetsFor(level, incident.targets);
  const published = publishedStatements(incident, drafts).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const first = published[0];
  const frMinutes = first ? Math.round((Date.parse(first.at) - Date.parse(incident.detectedAt)) / MINUTE) : null;
  return {
    id: incident.id,
    drill: incident.kind === 'drill',
    title: incident.title,
    startedAt: incident.startedAt,
    detectedAt: incident.detectedAt,
    declaredAt: incident.declaredAt,
    resolvedAt: incident.resolvedAt,
    severity: level,
    severityChanges: incident.severity.map((s, i) => ({
      ...s,
      from: i === 0 ? null : (incident.severity[i - 1]?.level ?? null),
    })),
    roles: incident.roles,
    timeline: mergedTimeline(incident, run, drafts),
    firstResponse: {
      targetMinutes: targets.firstResponseMinutes,
      at: first?.at ?? null,
      minutes: frMinutes,
      met: frMinutes === null ? null : frMinutes <= targets.firstResponseMinutes,
    },
    cadence: cadenceKept(incident, targets.updateMinutes, published),
    checklists: checklists.map((list) => {
      const open = list.items.filter((item) => !(run && Object.hasOwn(run.ticks, tickKey(list.id, item))));
      return { id: list.id, done: list.items.length - open.length, total: list.items.length, open };
    }),
    statements: drafts.flatMap((d) => {
      const versions = recordedVersions(d).map((v) => ({
        id: `${d.id}-v${v.number}`,
        name: d.name,
        version: v.number as number | null,
        approval: v.approval as Draft['approval'],
        publishedAt: v.publishedAt as string | null,
      }));
      return d.publishedAt
        ? versions
        : [...versions, { id: d.id, name: d.name, version: null, approval: d.approval, publishedAt: null }];
    }),
    evidence: incident.evidence,
    review: incident.review,
    followUps: incident.timeline.flatMap((e) =>
      e.followUp
        ? [
            {
              id: e.id,
              text: e.text,
              owner: e.followUp.owner,
              dueAt: e.followUp.dueAt,
              doneAt: e.followUp.doneAt ?? null,
            },
          ]
        : [],
    ),
  };
}

/** The words a Markdown report needs, in one language. */
export interface ReportWords {
  heading: string;
  /** The line that marks a drill's report: "DRILL: practice, not a real incident". */
  drillMarker: string;
  sections: Record<
    | 'summary'
    | 'roles'
    | 'timeline'
    | 'severity'
    | 'firstResponse'
    | 'cadence'
    | 'checklists'
    | 'statements'
    | 'evidence'
    | 'review'
    | 'followUps',
    string
  >;
  fields: Record<'started' | 'detected' | 'declared' | 'resolved' | 'severity' | 'open', string>;
  role: Record<(typeof ROLES)[number], string>;
  lever: Record<(typeof LEVERS)[number], string>;
  level: (level: Severity) => string;
  /** One line for a timeline item, without its time. */
  item: (item: TimelineItem) => string;
  firstResponse: (r: Report['firstResponse']) => string;
  cadence: (r: Report['cadence']) => string;
  checklistTitle: (id: string) => string;
  itemText: (checklistId: string, itemId: string) => string;
  statement: (s: Report['statements'][number]) => string;
  evidence: (e: EvidenceCard) => string;
  followUp: (f: Report['followUps'][number]) => string;
  none: string;
  time: (iso: string) => string;
}

/**
 * What people typed goes through the one Markdown escaper (src/lib/markdown/write.ts) before the
 * wording functions place it, so a title or note cannot become markup in another tool while the
 * wording's own punctuation stays as written.
 */
function safe<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).map(([k, field]) => [k, typeof field === 'string' ? mdText(field) : field]),
  ) as T;
}

export function reportMarkdown(r: Report, w: ReportWords): string {
  const lines: string[] = [`# ${w.heading}: ${mdText(r.title)}`, ''];
  if (r.drill) lines.push(`**${mdText(w.drillMarker)}**`, '');
  const section = (key: keyof ReportWords['sections']) => lines.push('', `## ${w.sections[key]}`, '');
  const list = (items: string[]) => lines.push(...(items.length ? items.map((i) => `- ${i}`) : [w.none]));
  section('summary');
  list([
    `${w.fields.severity}: ${w.level(r.severity)}`,
    `${w.fields.started}: ${w.time(r.startedAt)}`,
    `${w.fields.detected}: ${w.time(r.detectedAt)}`,
    `${w.fields.declared}: ${w.time(r.declaredAt)}`,
    `${w.fields.resolved}: ${r.resolvedAt ? w.time(r.resolvedAt) : w.fields.open}`,
  ]);
  section('roles');
  list(ROLES.filter((role) => r.roles[role]).map((role) => `${w.role[role]}: ${mdText(r.roles[role])}`));
  section('firstResponse');
  lines.push(w.firstResponse(r.firstResponse));
  section('cadence');
  lines.push(w.cadence(r.cadence));
  section('severity');
  list(
    r.severityChanges.map(
      (s) =>
        `${w.time(s.at)} ${s.from ? `${w.level(s.from)} → ` : ''}${w.level(s.level)}${s.reason ? ` (${mdText(s.reason)})` : ''}`,
    ),
  );
  section('timeline');
  list(r.timeline.map((item) => `${w.time(item.at)} ${w.item(safe(item))}`));
  section('checklists');
  for (const c of r.checklists) {
    lines.push(`- ${mdText(w.checklistTitle(c.id))}: ${c.done}/${c.total}`);
    for (const item of c.open) lines.push(`  - [ ] ${mdText(w.itemText(c.id, item))}`);
  }
  if (!r.checklists.length) lines.push(w.none);
  section('statements');
  list(r.statements.map((s) => w.statement(safe(s))));
  section('evidence');
  list(r.evidence.map((e) => w.evidence(safe(e))));
  section('review');
  for (const lever of LEVERS)
    lines.push(`### ${w.lever[lever]}`, '', r.review[lever].trim() ? mdText(r.review[lever]) : w.none, '');
  section('followUps');
  list(r.followUps.map((f) => w.followUp(safe(f))));
  return mdDocument([
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  ]);
}
