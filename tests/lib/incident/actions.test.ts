import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  addEntry,
  addEvidence,
  changeSeverity,
  checkTimes,
  closeIncident,
  currentIncident,
  currentSeverity,
  editEntry,
  editEvidence,
  evidenceChanges,
  openIncident,
  openIncidentOf,
  setEvidenceStatus,
  setFollowUpDone,
  setRole,
  setTimes,
} from '../../../src/lib/incident/actions.ts';
import { mergedTimeline } from '../../../src/lib/incident/timeline.ts';
import {
  type EvidenceCard,
  emptyIncidents,
  IncidentsState,
  isIncidentsState,
} from '../../../src/lib/schemas/incident.ts';
import { at, incident } from './fixtures.ts';

const opened = () => openIncident(emptyIncidents(), incident());
const entry = (id: string, minutes: number) => ({
  id,
  kind: 'note' as const,
  text: `note ${id}`,
  happenedAt: at(minutes),
  writtenAt: at(minutes + 1),
});

describe('checkTimes', () => {
  it.each([
    { s: -10, d: 0, c: 5, now: 10, error: null },
    { s: 0, d: 0, c: 0, now: 0, error: null },
    { s: 5, d: 0, c: 5, now: 10, error: 'detected-before-started' },
    { s: -10, d: 0, c: -1, now: 10, error: 'declared-before-detected' },
    { s: -10, d: 0, c: 30, now: 10, error: 'in-the-future' },
  ])('started $s, detected $d, declared $c, now $now → $error', ({ s, d, c, now, error }) => {
    expect(checkTimes({ startedAt: at(s), detectedAt: at(d), declaredAt: at(c) }, at(now))).toBe(error);
  });
});

describe('incident actions', () => {
  it('opens an incident as the current one, valid against the schema', () => {
    const state = opened();
    expect(currentIncident(state)?.title).toBe('Double charges');
    expect(isIncidentsState(state)).toBe(true);
    expect(openIncidentOf(state)?.id).toBe('inc-1');
  });

  it('refuses an incident whose times are out of order', () => {
    const state = emptyIncidents();
    expect(openIncident(state, incident({ detectedAt: at(-60) }))).toBe(state);
  });

  it('logs every severity change and ignores a change to the same level', () => {
    let state = opened();
    state = changeSeverity(state, 'inc-1', { id: 'sev-2', at: at(30), level: 'critical', reason: 'data exposed' });
    const same = changeSeverity(state, 'inc-1', { id: 'sev-3', at: at(31), level: 'critical', reason: '' });
    expect(same).toBe(state);
    const inc = currentIncident(state);
    expect(inc && currentSeverity(inc)).toBe('critical');
    expect(inc?.severity.map((s) => s.level)).toEqual(['high', 'critical']);
  });

  it('appends entries; empty text and duplicate ids change nothing', () => {
    let state = addEntry(opened(), 'inc-1', entry('e1', 10));
    expect(addEntry(state, 'inc-1', { ...entry('e2', 11), text: '   ' })).toBe(state);
    expect(addEntry(state, 'inc-1', entry('e1', 12))).toBe(state);
    state = addEntry(state, 'inc-1', entry('e2', 3));
    expect(currentIncident(state)?.timeline.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('edits happened-at, star, visibility and follow-up, never text or written-at', () => {
    let state = addEntry(opened(), 'inc-1', entry('e1', 10));
    state = editEntry(state, 'inc-1', 'e1', {
      happenedAt: at(2),
      starred: true,
      visibility: 'public',
      followUp: { owner: 'Ana', dueAt: null },
    });
    const e = currentIncident(state)?.timeline[0];
    expect(e).toMatchObject({
      happenedAt: at(2),
      writtenAt: at(11),
      text: 'note e1',
      starred: true,
      visibility: 'public',
      followUp: { owner: 'Ana', dueAt: null },
    });
  });

  it('marks a follow-up done and open again, and leaves an entry without one as it is', () => {
    let state = addEntry(opened(), 'inc-1', { ...entry('e1', 10), followUp: { owner: 'Ana', dueAt: at(60) } });
    state = addEntry(state, 'inc-1', entry('e2', 11));
    const done = setFollowUpDone(state, 'inc-1', 'e1', at(30));
    expect(currentIncident(done)?.timeline[0]?.followUp).toEqual({ owner: 'Ana', dueAt: at(60), doneAt: at(30) });
    expect(isIncidentsState(done)).toBe(true);
    expect(setFollowUpDone(done, 'inc-1', 'e1', at(30))).toBe(done);
    const reopened = setFollowUpDone(done, 'inc-1', 'e1', null);
    expect(currentIncident(reopened)?.timeline[0]?.followUp).toEqual({ owner: 'Ana', dueAt: at(60) });
    expect(setFollowUpDone(state, 'inc-1', 'e2', at(30))).toBe(state);
    expect(setFollowUpDone(state, 'inc-1', 'nope', at(30))).toBe(state);
  });

  it('sets roles, cleaning the text', () => {
    const state = setRole(opened(), 'inc-1', 'lead', '  Lucía   Ferrer ');
    expect(currentIncident(state)?.roles.lead).toBe('Lucía Ferrer');
  });

  it('backdates times only in a valid order', () => {
    const state = opened();
    expect(setTimes(state, 'inc-1', { detectedAt: at(-60) }, at(10))).toBe(state);
    expect(currentIncident(setTimes(state, 'inc-1', { detectedAt: at(-20) }, at(10)))?.detectedAt).toBe(at(-20));
  });

  it('closes at the resolution time, not before detection, and only once', () => {
    const state = opened();
    expect(closeIncident(state, 'inc-1', at(-5))).toBe(state);
    const closed = closeIncident(state, 'inc-1', at(90));
    expect(currentIncident(closed)?.resolvedAt).toBe(at(90));
    expect(openIncidentOf(closed)).toBeUndefined();
    expect(closeIncident(closed, 'inc-1', at(100))).toBe(closed);
  });

  it('an unknown incident id changes nothing', () => {
    const state = opened();
    for (const next of [
      addEntry(state, 'nope', entry('e1', 1)),
      setRole(state, 'nope', 'lead', 'x'),
      closeIncident(state, 'nope', at(9)),
      addEvidence(state, 'nope', {} as never),
    ])
      expect(next).toBe(state);
  });

  it('the schema refuses a stored state with unknown fields or a missing current incident', () => {
    const state = opened();
    expect(v.is(IncidentsState, { ...state, extra: 1 })).toBe(false);
    expect(v.is(IncidentsState, { ...state, currentIncidentId: 'gone' })).toBe(false);
    expect(v.is(IncidentsState, { ...state, incidents: { x: currentIncident(state) } })).toBe(false);
  });

  describe('evidence corrections', () => {
    const card: EvidenceCard = {
      id: 'ev-1',
      addedAt: at(10),
      network: 'X',
      url: '',
      handle: '@fake',
      displayName: '',
      followers: 12,
      seenAt: at(8),
      text: 'Lies',
      screenshot: { blobId: 'shot-ev-1', sha256: 'a'.repeat(64), type: 'image/png', size: 10, name: 'a.png' },
      fakeSigns: ['new-account'],
      status: 'none',
    };
    const withCard = () => addEvidence(opened(), 'inc-1', card);
    const cardOf = (state: IncidentsState) => currentIncident(state)?.evidence[0];

    it('changes the fields, keeps id and added-at, and records which fields changed', () => {
      const next = editEvidence(
        withCard(),
        'inc-1',
        'ev-1',
        {
          ...card,
          id: 'other',
          addedAt: at(99),
          handle: '@fake2',
          fakeSigns: ['new-account', 'bursts'],
          screenshot: null,
        },
        { id: 'edit-1', at: at(20) },
      );
      expect(cardOf(next)).toMatchObject({ id: 'ev-1', addedAt: at(10), handle: '@fake2', screenshot: null });
      expect(cardOf(next)?.edits).toEqual([
        { id: 'edit-1', at: at(20), fields: ['handle', 'screenshot', 'fakeSigns'] },
      ]);
      expect(isIncidentsState(next)).toBe(true);
    });

    it('a status change records the status set; edits only grow; nothing changed, nothing written', () => {
      const state = withCard();
      const once = setEvidenceStatus(state, 'inc-1', 'ev-1', 'reported', { id: 'e1', at: at(20) });
      const twice = setEvidenceStatus(once, 'inc-1', 'ev-1', 'removed', { id: 'e2', at: at(30) });
      expect(cardOf(twice)?.edits).toEqual([
        { id: 'e1', at: at(20), fields: ['status'], status: 'reported' },
        { id: 'e2', at: at(30), fields: ['status'], status: 'removed' },
      ]);
      expect(setEvidenceStatus(twice, 'inc-1', 'ev-1', 'removed', { id: 'e3', at: at(40) })).toBe(twice);
      expect(editEvidence(state, 'inc-1', 'ev-1', { ...card }, { id: 'e4', at: at(40) })).toBe(state);
      expect(editEvidence(state, 'inc-1', 'nope', { ...card }, { id: 'e5', at: at(40) })).toBe(state);
      expect(setEvidenceStatus(state, 'inc-1', 'nope', 'removed', { id: 'e6', at: at(40) })).toBe(state);
    });

    it('compares values, not objects, and the timeline shows each correction at its time', () => {
      expect(
        evidenceChanges(card, { ...card, fakeSigns: ['new-account'], screenshot: { ...card.screenshot! } }),
      ).toEqual([]);
      const next = setEvidenceStatus(withCard(), 'inc-1', 'ev-1', 'takedown-requested', { id: 'e1', at: at(20) });
      const items = mergedTimeline(currentIncident(next)!, undefined, []);
      expect(items.find((i) => i.source === 'evidence-edit')).toEqual({
        source: 'evidence-edit',
        id: 'e1',
        at: at(20),
        handle: '@fake',
        fields: ['status'],
        status: 'takedown-requested',
      });
      expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort());
    });
  });
});
