import { describe, expect, it } from 'vitest';
import { computeClocks, formatDuration } from '../../../src/lib/incident/clocks.ts';
import { at, T0 } from './fixtures.ts';

const targets = { firstResponseMinutes: 30, updateMinutes: 60 };
const open = { detectedAt: T0, resolvedAt: null };

describe('first-response clock', () => {
  it.each([
    { now: 0, state: 'ok', remaining: 30 },
    { now: 19, state: 'ok', remaining: 11 },
    { now: 20, state: 'soon', remaining: 10 },
    { now: 30, state: 'soon', remaining: 0 },
    { now: 31, state: 'overdue', remaining: -1 },
    { now: 120, state: 'overdue', remaining: -90 },
  ])('$now min after detection: $state', ({ now, state, remaining }) => {
    const c = computeClocks(open, targets, [], at(now));
    expect(c.firstResponse.state).toBe(state);
    expect(c.firstResponse.remaining).toBe(remaining * 60_000);
    expect(c.firstResponse.dueAt).toBe(at(30));
  });

  it('is done once a statement went out, and says when', () => {
    const c = computeClocks(open, targets, [{ at: at(20), nextUpdateAt: null }], at(90));
    expect(c.firstResponse.state).toBe('done');
    expect(c.firstResponse.doneAt).toBe(at(20));
  });

  it('ignores a statement dated after now (clock skew, another tab)', () => {
    const c = computeClocks(open, targets, [{ at: at(50), nextUpdateAt: null }], at(40));
    expect(c.firstResponse.state).toBe('overdue');
    expect(c.nextUpdate).toBeNull();
  });
});

describe('next-update clock', () => {
  it.each([
    { name: 'none before the first statement', published: [], now: 10, dueAt: null, basedOn: null },
    {
      name: 'cadence from the last statement',
      published: [{ at: at(10), nextUpdateAt: null }],
      now: 20,
      dueAt: at(70),
      basedOn: 'cadence',
    },
    {
      name: 'the promised time wins',
      published: [{ at: at(10), nextUpdateAt: at(40) }],
      now: 20,
      dueAt: at(40),
      basedOn: 'promise',
    },
    {
      name: 'reset by a later statement',
      published: [
        { at: at(10), nextUpdateAt: null },
        { at: at(60), nextUpdateAt: null },
      ],
      now: 65,
      dueAt: at(120),
      basedOn: 'cadence',
    },
    {
      name: 'relaxed in a long incident',
      published: [{ at: at(110), nextUpdateAt: null }],
      now: 130,
      dueAt: at(230),
      basedOn: 'cadence',
    },
  ])('$name', ({ published, now, dueAt, basedOn }) => {
    const c = computeClocks(open, targets, published, at(now));
    expect(c.nextUpdate?.dueAt ?? null).toBe(dueAt);
    expect(c.nextUpdate?.basedOn ?? null).toBe(basedOn);
  });

  it('overdue when the promise passes', () => {
    const c = computeClocks(open, targets, [{ at: at(10), nextUpdateAt: at(40) }], at(41));
    expect(c.nextUpdate?.state).toBe('overdue');
  });

  it('no cadence (low severity) and no promise: no next-update clock', () => {
    const c = computeClocks(
      open,
      { firstResponseMinutes: 240, updateMinutes: null },
      [{ at: at(10), nextUpdateAt: null }],
      at(20),
    );
    expect(c.nextUpdate).toBeNull();
    expect(c.cadenceMinutes).toBeNull();
  });
});

describe('time since detection and long mode', () => {
  it.each([
    { now: 0, long: false, cadence: 60 },
    { now: 119, long: false, cadence: 60 },
    { now: 120, long: true, cadence: 120 },
  ])('$now min: long=$long', ({ now, long, cadence }) => {
    const c = computeClocks(open, targets, [], at(now));
    expect(c.sinceDetection).toBe(now * 60_000);
    expect(c.long).toBe(long);
    expect(c.cadenceMinutes).toBe(cadence);
  });

  it('stops at the resolution time', () => {
    const c = computeClocks({ detectedAt: T0, resolvedAt: at(45) }, targets, [], at(600));
    expect(c.sinceDetection).toBe(45 * 60_000);
    expect(c.long).toBe(false);
  });

  it('never negative when detection is in the future of now', () => {
    expect(computeClocks(open, targets, [], at(-5)).sinceDetection).toBe(0);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45_000, '45 s'],
    [12 * 60_000, '12 min'],
    [65 * 60_000, '1 h 05 min'],
    [-3 * 60_000, '3 min'],
  ])('%i ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('local time inputs', () => {
  it('round-trips through a datetime-local value to the minute', async () => {
    const { fromLocalInput, toLocalInput } = await import('../../../src/lib/incident/local-time.ts');
    expect(fromLocalInput(toLocalInput(at(7)))).toBe(at(7));
    expect(fromLocalInput('yesterday')).toBeNull();
    expect(fromLocalInput('2026-13-45T99:00')).toBeNull();
  });
});
