import { describe, expect, it } from 'vitest';
import {
  checklistProgress,
  createRun,
  currentRun,
  initialRunsState,
  isRun,
  isRunsState,
  setTick,
  tickKey,
} from '../../src/lib/runs.ts';

const T0 = '2026-11-24T10:00:00.000Z';
const T1 = '2026-11-24T10:05:00.000Z';
const fresh = () => initialRunsState({ id: 'run-1', now: T0 });

describe('run model', () => {
  it('starts with one open practice run as the current run', () => {
    const state = fresh();
    expect(currentRun(state)).toEqual({
      id: 'run-1',
      kind: 'practice',
      title: 'Practice',
      startedAt: T0,
      closedAt: null,
      ticks: {},
    });
  });

  it('records the time of a tick, keyed by checklist and item id', () => {
    const state = setTick(fresh(), 'is-it-a-crisis', 'compare-baseline', true, T1);
    expect(currentRun(state)?.ticks).toEqual({ 'is-it-a-crisis/compare-baseline': T1 });
  });

  it('keeps the first time when an item is ticked twice, and returns the same state', () => {
    const once = setTick(fresh(), 'a', 'b', true, T0);
    const twice = setTick(once, 'a', 'b', true, T1);
    expect(twice).toBe(once);
    expect(currentRun(twice)?.ticks['a/b']).toBe(T0);
  });

  it('unticks without touching other ticks or the input state', () => {
    const ticked = setTick(setTick(fresh(), 'a', 'x', true, T0), 'a', 'y', true, T1);
    const unticked = setTick(ticked, 'a', 'x', false, T1);
    expect(currentRun(unticked)?.ticks).toEqual({ 'a/y': T1 });
    expect(currentRun(ticked)?.ticks).toEqual({ 'a/x': T0, 'a/y': T1 });
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
    expect(checklistProgress(currentRun(state), 'list', ['one', 'two', 'three'])).toEqual({ done: 1, total: 3 });
    // The removed item's tick is still in the run's history.
    expect(currentRun(state)?.ticks).toHaveProperty(['list/removed-item']);
    expect(checklistProgress(undefined, 'list', ['one'])).toEqual({ done: 0, total: 1 });
  });

  it('builds tick keys from ids', () => {
    expect(tickKey('publish-the-response', 'approval')).toBe('publish-the-response/approval');
  });

  it('creates incidents on the same model', () => {
    const run = createRun({ id: 'i1', kind: 'incident', title: 'Double charges', now: T0 });
    expect(isRun(run)).toBe(true);
    expect(run.kind).toBe('incident');
  });
});

describe('isRunsState', () => {
  const valid = setTick(fresh(), 'a', 'b', true, T1);

  it('accepts a well-formed state', () => {
    expect(isRunsState(valid)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['a string', 'runs'],
    ['missing runs', { currentRunId: 'run-1' }],
    ['a current run that does not exist', { ...valid, currentRunId: 'nope' }],
    ['a run stored under another id', { currentRunId: 'x', runs: { x: { ...currentRun(valid), id: 'y' } } }],
    ['an unknown kind', { ...valid, runs: { 'run-1': { ...currentRun(valid), kind: 'drill' } } }],
    ['a bad start time', { ...valid, runs: { 'run-1': { ...currentRun(valid), startedAt: 'yesterday' } } }],
    ['a tick with a bad time', { ...valid, runs: { 'run-1': { ...currentRun(valid), ticks: { 'a/b': 42 } } } }],
    ['a tick key without a checklist', { ...valid, runs: { 'run-1': { ...currentRun(valid), ticks: { b: T0 } } } }],
    ['ticks as an array', { ...valid, runs: { 'run-1': { ...currentRun(valid), ticks: [] } } }],
  ])('rejects %s', (_, value) => {
    expect(isRunsState(value)).toBe(false);
  });
});
