import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/lib/drafts.ts';
import {
  addEntry,
  addEvidence,
  changeSeverity,
  closeIncident,
  openIncident,
  setReview,
  setRole,
} from '../../../src/lib/incident/actions.ts';
import { buildReport, type ReportWords, reportMarkdown } from '../../../src/lib/incident/report.ts';
import { mdText } from '../../../src/lib/markdown/write.ts';
import { emptyIncidents, type Incident } from '../../../src/lib/schemas/incident.ts';
import type { Session as Run } from '../../../src/lib/sessions.ts';
import { at, incident } from './fixtures.ts';

const run: Run = {
  id: 'run-1',
  kind: 'incident',
  title: 'Double charges',
  startedAt: at(5),
  closedAt: null,
  ticks: { 'publish-the-response/pause-scheduled-posts': at(7) },
  log: [
    { at: at(7), action: 'tick', key: 'publish-the-response/pause-scheduled-posts' },
    { at: at(8), action: 'tick', key: 'publish-the-response/allies-asked' },
    { at: at(9), action: 'untick', key: 'publish-the-response/allies-asked', tickedAt: at(8) },
  ],
};

const draft = (id: string, over: Partial<Draft>): Draft => ({
  id,
  name: `statement ${id}`,
  locale: 'en',
  runId: 'run-1',
  createdAt: at(10),
  updatedAt: at(10),
  input: { kind: 'holding', crisisType: 'service-outage', tone: 'formal', brand: 'Café Lumbre', whatHappened: 'x' },
  edits: {},
  approval: null,
  publishedAt: null,
  versions: [],
  basedOn: null,
  ...over,
});

function story(): Incident {
  let s = openIncident(emptyIncidents(), incident());
  s = setRole(s, 'inc-1', 'lead', 'Lucía');
  s = addEntry(s, 'inc-1', { id: 'e1', kind: 'call', text: 'Called IT', happenedAt: at(12), writtenAt: at(14) });
  s = addEntry(s, 'inc-1', {
    id: 'e2',
    kind: 'decision',
    text: 'Refund everyone',
    happenedAt: at(50),
    writtenAt: at(50),
    followUp: { owner: 'Nuria', dueAt: at(2000) },
  });
  s = addEntry(s, 'inc-1', {
    id: 'e3',
    kind: 'statement',
    text: 'Update posted',
    happenedAt: at(80),
    writtenAt: at(80),
    nextUpdateAt: at(100),
  });
  s = changeSeverity(s, 'inc-1', { id: 'sev-2', at: at(40), level: 'critical', reason: 'press' });
  s = addEvidence(s, 'inc-1', {
    id: 'ev-1',
    addedAt: at(15),
    network: 'X',
    url: '',
    handle: '@fake',
    displayName: '',
    followers: null,
    seenAt: at(13),
    text: 'scam',
    screenshot: null,
    fakeSigns: [],
    status: 'reported',
  });
  s = setReview(s, 'inc-1', 'content', 'Test payments before release');
  s = closeIncident(s, 'inc-1', at(120));
  return s.incidents['inc-1'] as Incident;
}

const drafts = [
  draft('d1', { approval: { name: 'Andrés', role: 'Director', at: at(18) }, publishedAt: at(20) }),
  draft('d-other', { runId: 'run-2', publishedAt: at(25) }),
];
const lists = [
  { id: 'publish-the-response', items: ['pause-scheduled-posts', 'allies-asked', 'next-update-scheduled'] },
];

describe('buildReport', () => {
  const report = buildReport(story(), run, drafts, lists);

  it('merges everything in time order', () => {
    const times = report.timeline.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(report.timeline.map((i) => i.id)).toEqual([
      'started',
      'detected',
      'declared',
      'sev-1',
      'tick-0',
      'tick-1',
      'tick-2',
      'e1',
      'ev-1',
      // A draft published before versions were kept: its record is version 1.
      'd1-v1-approved',
      'd1-v1-published',
      'sev-2',
      'e2',
      'e3',
      'resolved',
    ]);
  });

  it('only counts drafts of this incident', () => {
    expect(report.statements.map((s) => s.id)).toEqual(['d1-v1']);
  });

  it('lists every published version with its own approval, then the version being edited', () => {
    const v = (number: number, minute: number, name: string) => ({
      number,
      locale: 'en' as const,
      input: {
        kind: 'holding' as const,
        crisisType: 'service-outage' as const,
        tone: 'formal' as const,
        brand: 'B',
        whatHappened: 'x',
      },
      edits: {},
      texts: { website: `text ${number}` },
      approval: { name, role: 'Director', at: at(minute - 2) },
      publishedAt: at(minute),
      nextUpdateAt: null,
    });
    const edited = draft('d2', { versions: [v(1, 30, 'Andrés'), v(2, 60, 'Nuria')] });
    const r = buildReport(story(), run, [edited], lists);
    expect(r.statements.map((s) => [s.id, s.version, s.approval?.name ?? null, s.publishedAt])).toEqual([
      ['d2-v1', 1, 'Andrés', at(30)],
      ['d2-v2', 2, 'Nuria', at(60)],
      ['d2', null, null, null],
    ]);
    const published = r.timeline.filter((i) => i.source === 'statement' && i.event === 'published');
    expect(published.map((i) => i.at)).toEqual([at(30), at(60)]);
  });

  it('time to first response against the target of the current severity', () => {
    expect(report.severity).toBe('critical');
    expect(report.firstResponse).toEqual({ targetMinutes: 15, at: at(20), minutes: 20, met: false });
  });

  it('cadence: d1 at 20 was due again at 50 (critical) but the next came at 80, whose promise of 100 passed before resolving at 120', () => {
    expect(report.cadence).toEqual({ cadenceMinutes: 30, updates: 2, late: 2, kept: false });
  });

  it('checklist completion and what was left open', () => {
    expect(report.checklists).toEqual([
      { id: 'publish-the-response', done: 1, total: 3, open: ['allies-asked', 'next-update-scheduled'] },
    ]);
  });

  it('severity changes, follow-ups, evidence and review', () => {
    expect(report.severityChanges.map((s) => [s.from, s.level])).toEqual([
      [null, 'high'],
      ['high', 'critical'],
    ]);
    expect(report.followUps).toEqual([
      { id: 'e2', text: 'Refund everyone', owner: 'Nuria', dueAt: at(2000), doneAt: null },
    ]);
    expect(report.evidence.map((e) => e.handle)).toEqual(['@fake']);
    expect(report.review.content).toBe('Test payments before release');
  });
});

describe('cadence kept', () => {
  it.each([
    { name: 'no statements', statements: [], resolved: 120, kept: null, late: 0 },
    { name: 'on time', statements: [20, 50, 80], resolved: 100, kept: true, late: 0 },
    { name: 'one late', statements: [20, 90], resolved: 100, kept: false, late: 1 },
    { name: 'resolved before the next was due', statements: [20], resolved: 40, kept: null, late: 0 },
    { name: 'silence until resolution', statements: [20], resolved: 200, kept: false, late: 1 },
  ])('$name', ({ statements, resolved, kept, late }) => {
    let s = openIncident(emptyIncidents(), incident());
    for (const [i, m] of statements.entries())
      s = addEntry(s, 'inc-1', {
        id: `s${i}`,
        kind: 'statement',
        text: 'posted',
        happenedAt: at(m),
        writtenAt: at(m),
        nextUpdateAt: null,
      });
    s = closeIncident(s, 'inc-1', at(resolved));
    const r = buildReport(s.incidents['inc-1'] as Incident, undefined, [], []);
    expect(r.cadence.kept).toBe(kept);
    expect(r.cadence.late).toBe(late);
  });
});

describe('reportMarkdown', () => {
  const words: ReportWords = {
    heading: 'Report',
    drillMarker: 'DRILL: practice, not a real incident',
    sections: {
      summary: 'Summary',
      roles: 'Roles',
      timeline: 'Timeline',
      severity: 'Severity',
      firstResponse: 'First response',
      cadence: 'Cadence',
      checklists: 'Checklists',
      statements: 'Statements',
      evidence: 'Evidence',
      review: 'Review',
      followUps: 'Follow-ups',
    },
    fields: {
      started: 'Started',
      detected: 'Detected',
      declared: 'Declared',
      resolved: 'Resolved',
      severity: 'Severity',
      open: 'open',
    },
    role: { lead: 'Lead', scribe: 'Scribe', approver: 'Approver', spokesperson: 'Spokesperson' },
    lever: { content: 'Content', messages: 'Messages', channels: 'Channels', staff: 'Staff', image: 'Image' },
    level: (l) => l.toUpperCase(),
    item: (i) => (i.source === 'entry' ? i.text : i.id),
    firstResponse: (r) => `${r.minutes} min`,
    cadence: (c) => `${c.late} late`,
    checklistTitle: (id) => `List ${id}`,
    itemText: (_c, item) => `Item ${item}`,
    statement: (s) => s.name,
    evidence: (e) => e.handle,
    followUp: (f) => `${f.text} (${f.owner})`,
    none: '—',
    time: (iso) => iso.slice(11, 16),
  };
  const md = reportMarkdown(buildReport(story(), run, drafts, lists), words);

  it('has every section, the entries in order, open items and follow-ups', () => {
    expect(md).toMatch(/^# Report: Double charges\n/);
    for (const s of Object.values(words.sections)) expect(md).toContain(`## ${s}`);
    expect(md.indexOf('Called IT')).toBeLessThan(md.indexOf('Refund everyone'));
    expect(md).toContain('- Lead: Lucía');
    expect(md).toContain('  - [ ] Item allies-asked');
    expect(md).toContain('- Refund everyone (Nuria)');
    expect(md).toContain('- 10:40 HIGH → CRITICAL (press)');
  });

  it('marks a drill, and only a drill, as a drill', () => {
    expect(md).not.toContain('DRILL');
    const drill = reportMarkdown(buildReport({ ...story(), kind: 'drill' }, run, drafts, lists), words);
    expect(drill).toMatch(/^# Report: Double charges\n\n\*\*DRILL: practice, not a real incident\*\*\n/);
  });

  it('escapes markup in what people typed', () => {
    expect(mdText('<b>*x*</b> [y](z)\n# no')).toBe('\\<b\\>\\*x\\*\\</b\\> \\[y\\]\\(z\\) \\# no');
  });
});
