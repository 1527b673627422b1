import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SessionSchema, SessionsStateSchema } from '../../src/lib/schemas/session.ts';
import {
  checklistProgress,
  createSession,
  currentSession,
  initialSessionsState,
  LOG_LIMIT,
  renameSession,
  resetTicks,
  restoreTicks,
  SESSIONS_MIGRATIONS,
  SESSIONS_VERSION,
  sessionHistory,
  setTick,
  startSession,
  tickKey,
} from '../../src/lib/sessions.ts';
import { decodeEnvelope } from '../../src/lib/storage.ts';

const isSession = (value: unknown) => v.is(SessionSchema, value);
const isSessionsState = (value: unknown) => v.is(SessionsStateSchema, value);

const T0 = '2026-11-24T10:00:00.000Z';
const T1 = '2026-11-24T10:05:00.000Z';
const fresh = () => initialSessionsState({ id: 'run-1', now: T0 });

describe('run model', () => {
  it('starts with one open practice run as the current run', () => {
    const state = fresh();
    expect(currentSession(state)).toEqual({
      id: 'run-1',
      kind: 'practice',
      title: '',
      startedAt: T0,
      closedAt: null,
      ticks: {},
      log: [],
    });
  });

  it('records the time of a tick, keyed by checklist and item id', () => {
    const state = setTick(fresh(), 'is-it-a-crisis', 'compare-baseline', true, T1);
    expect(currentSession(state)?.ticks).toEqual({ 'is-it-a-crisis/compare-baseline': T1 });
  });

  it('logs ticks and unticks, the untick with the time the item had been ticked', () => {
    const ticked = setTick(fresh(), 'a', 'b', true, T0);
    const unticked = setTick(ticked, 'a', 'b', false, T1);
    expect(currentSession(unticked)?.log).toEqual([
      { at: T0, action: 'tick', key: 'a/b' },
      { at: T1, action: 'untick', key: 'a/b', tickedAt: T0 },
    ]);
  });

  it('keeps only the latest events in the log', () => {
    let state = fresh();
    for (let i = 0; i < LOG_LIMIT + 10; i++) state = setTick(state, 'a', 'b', i % 2 === 0, T0);
    expect(currentSession(state)?.log).toHaveLength(LOG_LIMIT);
  });

  it('keeps the first time when an item is ticked twice, and returns the same state', () => {
    const once = setTick(fresh(), 'a', 'b', true, T0);
    const twice = setTick(once, 'a', 'b', true, T1);
    expect(twice).toBe(once);
    expect(currentSession(twice)?.ticks['a/b']).toBe(T0);
  });

  it('unticks without touching other ticks or the input state', () => {
    const ticked = setTick(setTick(fresh(), 'a', 'x', true, T0), 'a', 'y', true, T1);
    const unticked = setTick(ticked, 'a', 'x', false, T1);
    expect(currentSession(unticked)?.ticks).toEqual({ 'a/y': T1 });
    expect(currentSession(ticked)?.ticks).toEqual({ 'a/x': T0, 'a/y': T1 });
  });

  it('leaves a state without a current run unchanged', () => {
    const broken = { currentRunId: 'gone', runs: {} };
    expect(setTick(broken, 'a', 'b', true, T0)).toBe(broken);
  });

  it('counts progress only over the items that exist now', () => {
    let state = fresh();
    state = setTick(state, 'list', 'one', true, T0);
    state = setTick(state, 'list', 'removed-item', true, T0);
    state = setTick(state, 'other', 'one', true, T0);
    expect(checklistProgress(currentSession(state), 'list', ['one', 'two', 'three'])).toEqual({ done: 1, total: 3 });
    // The removed item's tick is still in the run's history.
    expect(currentSession(state)?.ticks).toHaveProperty(['list/removed-item']);
    expect(checklistProgress(undefined, 'list', ['one'])).toEqual({ done: 0, total: 1 });
  });

  it('builds tick keys from ids', () => {
    expect(tickKey('publish-the-response', 'approval')).toBe('publish-the-response/approval');
  });

  it('creates incidents on the same model', () => {
    const run = createSession({ id: 'i1', kind: 'incident', title: 'Double charges', now: T0 });
    expect(isSession(run)).toBe(true);
    expect(run.kind).toBe('incident');
  });
});

describe('reset, undo, new runs', () => {
  const ticked = setTick(setTick(fresh(), 'a', 'x', true, T0), 'b', 'y', true, T0);

  it('resets every tick of the current run and logs how many', () => {
    const reset = resetTicks(ticked, T1);
    expect(currentSession(reset)?.ticks).toEqual({});
    expect(currentSession(reset)?.log.at(-1)).toEqual({ at: T1, action: 'reset', count: 2 });
  });

  it('resets one checklist only', () => {
    expect(currentSession(resetTicks(ticked, T1, 'a'))?.ticks).toEqual({ 'b/y': T0 });
  });

  it('leaves the state alone when there is nothing to reset', () => {
    const state = fresh();
    expect(resetTicks(state, T1)).toBe(state);
  });

  it('restores ticks saved before a change, with their original times', () => {
    const before = currentSession(ticked)?.ticks ?? {};
    const restored = restoreTicks(resetTicks(ticked, T1), 'run-1', before, T1);
    expect(currentSession(restored)?.ticks).toEqual({ 'a/x': T0, 'b/y': T0 });
    expect(currentSession(restored)?.log.at(-1)).toEqual({ at: T1, action: 'undo' });
    expect(restoreTicks(ticked, 'missing', {}, T1)).toBe(ticked);
  });

  it('starts a new run, closing the old one, which stays in history', () => {
    const next = startSession(ticked, { id: 'run-2', title: 'Drill', now: T1 });
    expect(next.currentRunId).toBe('run-2');
    expect(next.runs['run-1']?.closedAt).toBe(T1);
    expect(next.runs['run-1']?.ticks).toEqual({ 'a/x': T0, 'b/y': T0 });
    expect(sessionHistory(next).map((r) => r.id)).toEqual(['run-2', 'run-1']);
    expect(isSessionsState(next)).toBe(true);
  });

  it('renames a run, trimmed and bounded; an empty title keeps the old one', () => {
    expect(renameSession(ticked, 'run-1', '  Simulacro   viernes ').runs['run-1']?.title).toBe('Simulacro viernes');
    expect(renameSession(ticked, 'run-1', '   ')).toBe(ticked);
    expect(renameSession(ticked, 'run-1', 'x'.repeat(500)).runs['run-1']?.title).toHaveLength(120);
  });
});

describe('stored versions', () => {
  it('upgrades a stored version-1 value (no log) to the current version', () => {
    const v1 = JSON.stringify({
      version: 1,
      data: {
        currentRunId: 'r1',
        runs: {
          r1: { id: 'r1', kind: 'practice', title: 'Practice', startedAt: T0, closedAt: null, ticks: { 'a/b': T1 } },
        },
      },
    });
    const decoded = decodeEnvelope(v1, {
      version: SESSIONS_VERSION,
      migrations: SESSIONS_MIGRATIONS,
      schema: SessionsStateSchema,
    });
    expect(decoded).toEqual({
      ok: true,
      fromVersion: 1,
      data: {
        currentRunId: 'r1',
        runs: {
          r1: {
            id: 'r1',
            kind: 'practice',
            title: 'Practice',
            startedAt: T0,
            closedAt: null,
            ticks: { 'a/b': T1 },
            log: [],
          },
        },
      },
    });
  });
});

describe('the sessions schema', () => {
  const valid = setTick(fresh(), 'a', 'b', true, T1);

  it('accepts a well-formed state', () => {
    expect(isSessionsState(valid)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['a string', 'runs'],
    ['missing runs', { currentRunId: 'run-1' }],
    ['a current run that does not exist', { ...valid, currentRunId: 'nope' }],
    ['a run stored under another id', { currentRunId: 'x', runs: { x: { ...currentSession(valid), id: 'y' } } }],
    ['an unknown kind', { ...valid, runs: { 'run-1': { ...currentSession(valid), kind: 'exercise' } } }],
    ['a bad start time', { ...valid, runs: { 'run-1': { ...currentSession(valid), startedAt: 'yesterday' } } }],
    ['a tick with a bad time', { ...valid, runs: { 'run-1': { ...currentSession(valid), ticks: { 'a/b': 42 } } } }],
    ['a tick key without a checklist', { ...valid, runs: { 'run-1': { ...currentSession(valid), ticks: { b: T0 } } } }],
    ['ticks as an array', { ...valid, runs: { 'run-1': { ...currentSession(valid), ticks: [] } } }],
    [
      'a time that is not ISO 8601',
      { ...valid, runs: { 'run-1': { ...currentSession(valid), startedAt: 'Nov 24 2026' } } },
    ],
    ['a missing log', { ...valid, runs: { 'run-1': { ...currentSession(valid), log: undefined } } }],
    [
      'an unknown log action',
      { ...valid, runs: { 'run-1': { ...currentSession(valid), log: [{ at: T0, action: 'delete' }] } } },
    ],
  ])('rejects %s', (_, value) => {
    expect(isSessionsState(value)).toBe(false);
  });
});

// Issue 10, defect 1: the current session is an own property or nothing.
describe('ids JavaScript already uses', () => {
  it.each(['constructor', 'toString', '__proto__', 'valueOf'])('finds no session "%s" that is not there', (id) => {
    const state = { ...fresh(), currentRunId: id };
    expect(currentSession(state)).toBeUndefined();
    expect(setTick(state, 'a', 'b', true, T1)).toBe(state);
    expect(checklistProgress(currentSession(state), 'a', ['b'])).toEqual({ done: 0, total: 1 });
  });

  it('refuses a stored current session "constructor" (it is set aside, not used)', () => {
    expect(isSessionsState({ ...fresh(), currentRunId: 'constructor' })).toBe(false);
  });
});
