/**
 * The incident's merged timeline, derived (never stored): the entries people wrote, plus the
 * moments other records already hold — the three start times, severity changes, evidence added
 * and corrected,
 * ticks and unticks from the checklist session's log, statements approved and published, and the
 * resolution — in the order they happened.
 */
import type { Draft } from '../drafts.ts';
import type { EntryKind, EvidenceCard, EvidenceField, Incident, Severity } from '../schemas/incident.ts';
import type { Session as Run, SessionEvent as RunEvent } from '../sessions.ts';
import { recordedVersions } from '../statement-record.ts';
import type { Published } from './clocks.ts';

type EvidenceStatus = EvidenceCard['status'];

export type TimelineItem =
  | {
      source: 'entry';
      id: string;
      at: string;
      kind: EntryKind;
      text: string;
      starred: boolean;
      visibility: 'internal' | 'public';
      followUp: { owner: string; dueAt: string | null } | null;
      writtenAt: string;
    }
  | { source: 'milestone'; id: string; at: string; milestone: 'started' | 'detected' | 'declared' | 'resolved' }
  | { source: 'severity'; id: string; at: string; level: Severity; from: Severity | null; reason: string }
  | { source: 'evidence'; id: string; at: string; handle: string; network: string }
  | {
      source: 'evidence-edit';
      id: string;
      at: string;
      handle: string;
      fields: EvidenceField[];
      status: EvidenceStatus | null;
    }
  | { source: 'tick'; id: string; at: string; key: string; ticked: boolean }
  | {
      source: 'statement';
      id: string;
      at: string;
      name: string;
      event: 'approved' | 'published';
      by: string;
      /** The published version (1, 2…); null for an approval not yet published. */
      version: number | null;
    };

/** Statement drafts that belong to the incident: made during its session, or linked by hand. */
export function incidentDrafts(incident: Pick<Incident, 'runId' | 'statementIds'>, drafts: readonly Draft[]): Draft[] {
  return drafts.filter((d) => d.runId === incident.runId || incident.statementIds.includes(d.id));
}

/** The incident a draft belongs to: made during its session, or linked by hand. */
export function incidentOfDraft<I extends Pick<Incident, 'runId' | 'statementIds'>>(
  incidents: readonly I[],
  draft: Pick<Draft, 'id' | 'runId'>,
): I | undefined {
  return incidents.find((i) => draft.runId === i.runId || i.statementIds.includes(draft.id));
}

/**
 * Every statement that went out: logged on the timeline by hand, or each version published from
 * the builder, with the next update it promised (its "next update" field read as a time).
 */
export function publishedStatements(incident: Pick<Incident, 'timeline'>, drafts: readonly Draft[]): Published[] {
  const logged = incident.timeline
    .filter((e) => e.kind === 'statement')
    .map((e) => ({ at: e.happenedAt, nextUpdateAt: e.nextUpdateAt }));
  const fromBuilder = drafts.flatMap((d) =>
    recordedVersions(d).map((v) => ({ at: v.publishedAt, nextUpdateAt: v.nextUpdateAt })),
  );
  return [...logged, ...fromBuilder];
}

const approver = (a: { name: string; role: string }) => `${a.name}${a.role ? ` (${a.role})` : ''}`;

/** Approvals and publications of a draft: every published version's, then a pending approval. */
function statementItems(d: Draft): TimelineItem[] {
  const items = recordedVersions(d).flatMap((v): TimelineItem[] => [
    {
      source: 'statement',
      id: `${d.id}-v${v.number}-approved`,
      at: v.approval.at,
      name: d.name,
      event: 'approved',
      by: approver(v.approval),
      version: v.number,
    },
    {
      source: 'statement',
      id: `${d.id}-v${v.number}-published`,
      at: v.publishedAt,
      name: d.name,
      event: 'published',
      by: '',
      version: v.number,
    },
  ]);
  if (d.approval && !d.publishedAt)
    items.push({
      source: 'statement',
      id: `${d.id}-approved`,
      at: d.approval.at,
      name: d.name,
      event: 'approved',
      by: approver(d.approval),
      version: null,
    });
  return items;
}

function tickItems(run: Run | undefined, since: string): TimelineItem[] {
  if (!run) return [];
  return run.log.flatMap((event: RunEvent, index): TimelineItem[] =>
    (event.action === 'tick' || event.action === 'untick') && event.at >= since
      ? [{ source: 'tick', id: `tick-${index}`, at: event.at, key: event.key, ticked: event.action === 'tick' }]
      : [],
  );
}

export function mergedTimeline(incident: Incident, run: Run | undefined, drafts: readonly Draft[]): TimelineItem[] {
  const items: TimelineItem[] = [
    { source: 'milestone', id: 'started', at: incident.startedAt, milestone: 'started' },
    { source: 'milestone', id: 'detected', at: incident.detectedAt, milestone: 'detected' },
    { source: 'milestone', id: 'declared', at: incident.declaredAt, milestone: 'declared' },
    ...incident.severity.map(
      (s, i): TimelineItem => ({
        source: 'severity',
        id: s.id,
        at: s.at,
        level: s.level,
        from: i === 0 ? null : (incident.severity[i - 1]?.level ?? null),
        reason: s.reason,
      }),
    ),
    ...incident.timeline.map(
      (e): TimelineItem => ({
        source: 'entry',
        id: e.id,
        at: e.happenedAt,
        kind: e.kind,
        text: e.text,
        starred: e.starred,
        visibility: e.visibility,
        followUp: e.followUp,
        writtenAt: e.writtenAt,
      }),
    ),
    ...incident.evidence.map(
      (e): TimelineItem => ({ source: 'evidence', id: e.id, at: e.addedAt, handle: e.handle, network: e.network }),
    ),
    ...incident.evidence.flatMap((e) =>
      (e.edits ?? []).map(
        (edit): TimelineItem => ({
          source: 'evidence-edit',
          id: edit.id,
          at: edit.at,
          handle: e.handle || e.url,
          fields: edit.fields,
          status: edit.status ?? null,
        }),
      ),
    ),
    ...tickItems(run, incident.startedAt),
    ...incidentDrafts(incident, drafts).flatMap(statementItems),
    ...(incident.resolvedAt
      ? [{ source: 'milestone' as const, id: 'resolved', at: incident.resolvedAt, milestone: 'resolved' as const }]
      : []),
  ];
  // Stable: equal times keep the order above (milestones, severity, entries, evidence, ticks, statements).
  return items
    .map((item, i) => ({ item, i, t: Date.parse(item.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ item }) => item);
}
