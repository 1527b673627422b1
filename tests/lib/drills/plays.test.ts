// Drill plays as stored, the learning path's "practised in a drill", and how crisis-mode actions
// become drill events (src/lib/drills/plays.ts); drills kept apart from real incidents' history.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { drillState, latestPathEnd, soloRealMinutes } from '../../../src/lib/drills/engine.ts';
import { type DrillPlay, EVENTS_LIMIT } from '../../../src/lib/drills/play.ts';
import {
  addPlay,
  appendEvents,
  citedGuides,
  drillEventFor,
  ESCALATION_ITEMS,
  injectOfCard,
  playHistory,
  playOfIncident,
  practisedGuides,
  setResult,
} from '../../../src/lib/drills/plays.ts';
import { createIncident, drillHistory, incidentHistory } from '../../../src/lib/incident/actions.ts';
import { DrillPlaysState, emptyDrillPlays } from '../../../src/lib/schemas/drill-plays.ts';
import type { IncidentsState } from '../../../src/lib/schemas/incident.ts';
import { createSession, sessionHistory } from '../../../src/lib/sessions.ts';
import { fixture, real } from './fixture.ts';

const drill = fixture();
const start = { type: 'start' as const, at: real(0), mode: 'solo' as const, speed: 6 };
const play = (id = 'play-1', extra: Partial<DrillPlay> = {}): DrillPlay => ({
  id,
  drillId: 'test-drill',
  incidentId: `inc-${id}`,
  lang: 'en',
  events: [start],
  result: null,
  ...extra,
});
const result = { at: real(20), overall: 72, guides: ['response', 'escalation'] };

describe('stored plays', () => {
  it('adds a play once, appends events, writes the result once', () => {
    const s1 = addPlay(emptyDrillPlays(), play());
    expect(addPlay(s1, play())).toBe(s1);
    const s2 = appendEvents(s1, 'play-1', [{ type: 'pause', at: real(1) }]);
    expect(s2.plays['play-1']?.events).toHaveLength(2);
    expect(appendEvents(s2, 'nope', [{ type: 'pause', at: real(1) }])).toBe(s2);
    const s3 = setResult(s2, 'play-1', result);
    expect(s3.plays['play-1']?.result).toEqual(result);
    expect(setResult(s3, 'play-1', { ...result, overall: 10 })).toBe(s3);
    expect(v.is(DrillPlaysState, s3)).toBe(true);
  });

  it('takes only notes once the play has its result', () => {
    const done = setResult(addPlay(emptyDrillPlays(), play()), 'play-1', result);
    expect(appendEvents(done, 'play-1', [{ type: 'resume', at: real(30) }])).toBe(done);
    const noted = appendEvents(done, 'play-1', [{ type: 'note', at: real(30), text: 'Call legal sooner' }]);
    expect(noted.plays['play-1']?.events.at(-1)).toEqual({ type: 'note', at: real(30), text: 'Call legal sooner' });
  });

  it('stops at the events limit', () => {
    const full = addPlay(emptyDrillPlays(), play('p', { events: Array(EVENTS_LIMIT).fill(start) }));
    expect(appendEvents(full, 'p', [{ type: 'pause', at: real(1) }])).toBe(full);
  });

  it('finds the play of an incident, lists plays newest first, refuses a play under another id', () => {
    const s = addPlay(addPlay(emptyDrillPlays(), play('a')), play('b', { events: [{ ...start, at: real(60) }] }));
    expect(playOfIncident(s, 'inc-b')?.id).toBe('b');
    expect(playOfIncident(s, null)).toBeUndefined();
    expect(playHistory(s).map((p) => p.id)).toEqual(['b', 'a']);
    expect(v.is(DrillPlaysState, { plays: { x: play('y') } })).toBe(false);
  });

  it('reads a play stored without language or result (Spanish, not finished)', () => {
    const { lang: _l, result: _r, ...old } = play();
    const parsed = v.parse(DrillPlaysState, { plays: { 'play-1': old } });
    expect(parsed.plays['play-1']).toMatchObject({ lang: 'es', result: null });
  });
});

describe('practised guides', () => {
  it('lists the guides a drill cites, once each', () => {
    expect(citedGuides(drill)).toEqual(['response']);
  });

  it('counts only drills played to the end', () => {
    let s = addPlay(addPlay(emptyDrillPlays(), play('a')), play('b'));
    expect(practisedGuides(s)).toEqual([]);
    s = setResult(s, 'a', result);
    s = setResult(s, 'b', { ...result, guides: ['response', 'legal-duties'] });
    expect(practisedGuides(s)).toEqual(['escalation', 'legal-duties', 'response']);
  });
});

describe('crisis actions as drill events', () => {
  const ctx = { at: real(3), drillNow: '2026-01-01T10:18:00.000Z', statements: 0 };

  it('a severity change is a severity rating', () => {
    expect(drillEventFor({ type: 'severity', incidentId: 'i', level: 'critical' }, drill, ctx)).toEqual({
      type: 'severity',
      at: real(3),
      level: 'critical',
    });
  });

  it('a posted statement is the holding statement first, then an update, with the promised minutes', () => {
    const entry = {
      type: 'entry' as const,
      incidentId: 'i',
      kind: 'statement',
      text: 'We know. Next update at 10:48.',
      nextUpdateAt: '2026-01-01T10:48:00.000Z',
    };
    expect(drillEventFor(entry, drill, ctx)).toEqual({
      type: 'statement',
      at: real(3),
      kind: 'holding',
      text: 'We know. Next update at 10:48.',
      promisedMinutes: 30,
    });
    expect(drillEventFor({ ...entry, nextUpdateAt: null }, drill, { ...ctx, statements: 1 })).toMatchObject({
      kind: 'follow-up',
      promisedMinutes: null,
    });
    // A promise in the past is no promise.
    expect(drillEventFor({ ...entry, nextUpdateAt: '2026-01-01T10:00:00.000Z' }, drill, ctx)).toMatchObject({
      promisedMinutes: null,
    });
    expect(drillEventFor({ ...entry, kind: 'note' }, drill, ctx)).toBeNull();
  });

  it('a statement published from the builder keeps its own kind and its promised minutes', () => {
    const published = {
      type: 'statement' as const,
      runId: 'run-1',
      kind: 'full' as const,
      text: 'We are sorry. Next update at 10:48.',
      nextUpdateAt: '2026-01-01T10:48:00.000Z',
    };
    // Even as the first statement of the drill: the builder knows which kind it is.
    expect(drillEventFor(published, drill, ctx)).toEqual({
      type: 'statement',
      at: real(3),
      kind: 'full',
      text: 'We are sorry. Next update at 10:48.',
      promisedMinutes: 30,
    });
    expect(drillEventFor({ ...published, kind: 'holding', nextUpdateAt: null }, drill, ctx)).toMatchObject({
      kind: 'holding',
      promisedMinutes: null,
    });
  });

  it('an evidence card counts for the post it names, complete only with everything', () => {
    const card = { handle: '@EN_p1', url: '', seenAt: real(1), text: 'text', screenshot: null };
    expect(drillEventFor({ type: 'evidence', incidentId: 'i', card }, drill, ctx)).toEqual({
      type: 'evidence',
      at: real(3),
      inject: 'p1',
      complete: false,
    });
    const full = { ...card, handle: 'es_branch', url: 'https://x.com/es_branch/1', screenshot: { blobId: 'b' } };
    expect(drillEventFor({ type: 'evidence', incidentId: 'i', card: full }, drill, ctx)).toMatchObject({
      inject: 'branch',
      complete: true,
    });
    expect(injectOfCard(drill, { handle: '@someone_else', url: '' })).toBeNull();
    // Messages are never evidence posts, whatever the card says.
    expect(injectOfCard(drill, { handle: 'm1', url: '' })).toBeNull();
  });

  it('ticking a checklist item that tells someone is telling them; other ticks mean nothing', () => {
    const tick = { type: 'tick' as const, runId: 'r', checklistId: 'legal-and-evidence', itemId: 'alert-legal-now' };
    expect(drillEventFor(tick, drill, ctx)).toEqual({ type: 'escalate', at: real(3), to: 'legal' });
    expect(drillEventFor({ ...tick, itemId: 'delete-nothing' }, drill, ctx)).toBeNull();
    expect(drillEventFor({ ...tick, itemId: 'toString' }, drill, ctx)).toBeNull();
  });

  it('the engine reads the mapped events: a statement in time keeps the "no holding statement" inject away', () => {
    const statement = drillEventFor(
      { type: 'entry', incidentId: 'i', kind: 'statement', text: 'We know.', nextUpdateAt: null },
      drill,
      { ...ctx, at: real(2) },
    );
    const events = [start, ...(statement ? [statement] : [])];
    const late = (e: typeof events) => drillState(drill, e, real(10)).released.some((r) => r.inject === 'late');
    expect(late(events)).toBe(false);
    expect(late([start])).toBe(true);
  });

  it('every escalation item is a checklist item that exists', () => {
    const dir = resolve(import.meta.dirname, '../../../src/content/checklists');
    for (const key of Object.keys(ESCALATION_ITEMS)) {
      const [list = '', item] = key.split('/');
      const data = parse(readFileSync(join(dir, `${list}.yaml`), 'utf8')) as { items: { id: string }[] };
      expect(
        data.items.map((i) => i.id),
        key,
      ).toContain(item);
    }
  });
});

describe('the length of a solo play-through', () => {
  it('runs the scenario to its full length at the solo speed', () => {
    expect(latestPathEnd(drill)).toBe(75);
    expect(soloRealMinutes(drill)).toBe(20);
    expect(
      soloRealMinutes({ ...drill, decisions: drill.decisions.map((d) => ({ ...d, window: 60 })) }),
    ).toBeGreaterThan(20);
  });
});

describe('drills stay out of the real history', () => {
  const make = (id: string, kind: 'incident' | 'drill', at: string) =>
    createIncident({
      id,
      kind,
      runId: `run-${id}`,
      title: id,
      severity: 'high',
      severityId: `s-${id}`,
      reason: '',
      triage: null,
      startedAt: at,
      detectedAt: at,
      declaredAt: at,
    });

  it('lists real incidents and drills apart', () => {
    const state: IncidentsState = {
      currentIncidentId: 'd1',
      incidents: {
        r1: make('r1', 'incident', real(0)),
        d1: make('d1', 'drill', real(10)),
        r2: make('r2', 'incident', real(20)),
      },
    };
    expect(incidentHistory(state).map((i) => i.id)).toEqual(['r2', 'r1']);
    expect(drillHistory(state).map((i) => i.id)).toEqual(['d1']);
    expect(make('x', 'incident', real(0)).kind).toBe('incident');
  });

  it('keeps a drill session out of the sessions history unless it is the current one', () => {
    const practice = createSession({ id: 'p', title: 'Practice', now: real(0) });
    const drillRun = createSession({ id: 'd', title: 'Drill', kind: 'drill', now: real(1) });
    const runs = { p: practice, d: drillRun };
    expect(sessionHistory({ currentRunId: 'p', runs }).map((r) => r.id)).toEqual(['p']);
    expect(sessionHistory({ currentRunId: 'd', runs }).map((r) => r.id)).toEqual(['d', 'p']);
  });
});
