import { describe, expect, it } from 'vitest';
import {
  type DrillEvent,
  drillClock,
  drillState,
  masterEventsList,
  realMsUntil,
  speedFor,
} from '../../../src/lib/drills/engine.ts';
import { fixture, real, sim6 } from './fixture.ts';

const drill = fixture();
const start: DrillEvent = { type: 'start', at: real(0), mode: 'solo', speed: 6 };
const released = (events: DrillEvent[], now: string) => drillState(drill, events, now).released.map((r) => r.inject);

describe('time compression', () => {
  it.each([
    [120, undefined, 6],
    [120, 15, 8],
    [120, 25, 4.8],
    [120, 10, 8], // below 15 real minutes: held at 15
    [120, 40, 4.8], // above 25: held at 25
    [90, 20, 4.5],
  ])('a %i-minute scenario in %s real minutes runs at speed %f', (duration, realMinutes, speed) => {
    expect(speedFor(duration, realMinutes)).toBeCloseTo(speed);
  });

  it.each([
    [0.5, 3, ['p1']],
    [1.5, 9, ['p1']],
    [1 + 40 / 60, 10, ['p1', 'm1']],
    [4, 24, ['p1', 'm1', 'm2']],
  ])('after %f real minutes at speed 6 the clock reads T+%i', (realMinutes, simMinutes, injects) => {
    const state = drillState(drill, [start], real(realMinutes));
    expect(state.minutes).toBeCloseTo(simMinutes);
    expect(state.released.map((r) => r.inject)).toEqual(injects);
  });

  it('turns simulated minutes into drill-clock times and real waits', () => {
    expect(drillClock(real(0), 15)).toBe(real(15));
    const state = drillState(drill, [start], real(1)); // T+6
    expect(realMsUntil(state, 10)).toBeCloseTo((4 / 6) * 60_000);
    expect(realMsUntil(drillState(drill, [start, { type: 'pause', at: real(1) }], real(2)), 10)).toBeNull();
  });

  it('is a pure function of the stored events: order of storage and repeated reads do not matter', () => {
    const events: DrillEvent[] = [
      start,
      { type: 'choose', at: sim6(6), decision: 'd1', choice: 'a', sure: true },
      { type: 'statement', at: sim6(12), kind: 'holding' },
      { type: 'pause', at: sim6(14) },
    ];
    const a = drillState(drill, events, real(30));
    const b = drillState(drill, [...events].reverse(), real(30));
    expect(b).toEqual(a);
    expect(drillState(drill, events, real(30))).toEqual(a);
  });

  it('ignores events before the start, after now, and unreadable times', () => {
    const state = drillState(
      drill,
      [
        { type: 'statement', at: real(-1), kind: 'holding' },
        start,
        { type: 'statement', at: 'yesterday', kind: 'holding' },
        { type: 'statement', at: real(10), kind: 'holding' },
      ],
      real(1),
    );
    expect(state.actions).toEqual([]);
    expect(drillState(drill, [], real(1)).status).toBe('not-started');
  });
});

describe('decisions and branches', () => {
  it('opens a decision at its time and closes it after its window', () => {
    expect(drillState(drill, [start], sim6(4)).pending).toBeNull();
    expect(drillState(drill, [start], sim6(4)).upcoming).toEqual({ decision: 'd1', opensAt: 5 });
    expect(drillState(drill, [start], sim6(6)).pending).toEqual({ decision: 'd1', openedAt: 5, closesAt: 15 });
  });

  it.each([
    ['a', 'd2', 20, []],
    ['c', 'd2', 20, []],
    ['b', 'd1b', 6, ['branch']],
  ])('choice %s at T+6 leads to %s (opens at T+%i) and releases %j', (choiceId, next, opensAt, extra) => {
    const events: DrillEvent[] = [start, { type: 'choose', at: sim6(6), decision: 'd1', choice: choiceId, sure: true }];
    const state = drillState(drill, events, sim6(9));
    expect(state.branches).toEqual([
      {
        decision: 'd1',
        choice: choiceId,
        quality: drill.decisions[0]?.choices.find((c) => c.id === choiceId)?.quality,
        sure: true,
        openedAt: 5,
        at: 6,
      },
    ]);
    const where = state.pending?.decision ?? state.upcoming?.decision;
    expect(where).toBe(next);
    if (state.upcoming) expect(state.upcoming.opensAt).toBe(opensAt);
    else expect(state.pending?.openedAt).toBe(opensAt);
    expect(state.released.map((r) => r.inject)).toEqual(['p1', ...extra]);
  });

  it('takes the timeout when the window runs out with no choice', () => {
    const state = drillState(drill, [start], sim6(16));
    expect(state.branches).toEqual([{ decision: 'd1', choice: null, quality: null, sure: null, openedAt: 5, at: 15 }]);
    expect(state.upcoming).toEqual({ decision: 'd2', opensAt: 20 });
  });

  it('chains timeouts through every decision to the end of the path', () => {
    const state = drillState(drill, [start], real(60));
    expect(state.branches.map((b) => [b.decision, b.choice, b.at])).toEqual([
      ['d1', null, 15],
      ['d2', null, 30],
      ['d3', null, 40],
      ['d4', null, 55],
      ['d5', null, 75],
    ]);
    expect(state.pathEndedAt).toBe(75);
    expect(state.status).toBe('finished');
    // The scenario runs its full two hours after the last decision.
    expect(state.finished).toEqual({ at: 120, why: 'path' });
    expect(state.minutes).toBe(120);
    expect(drillState(drill, [start], sim6(100))).toMatchObject({ status: 'running', pathEndedAt: 75, pending: null });
  });

  it.each([
    ['a decision that is not open', { decision: 'd3', choice: 'a' }],
    ['a choice that does not exist', { decision: 'd1', choice: 'zzz' }],
    ['a decision that does not exist', { decision: 'nope', choice: 'a' }],
  ])('ignores %s', (_, pick) => {
    const state = drillState(drill, [start, { type: 'choose', at: sim6(6), sure: true, ...pick }], sim6(7));
    expect(state.branches).toEqual([]);
    expect(state.pending?.decision).toBe('d1');
  });

  it('accepts a choice only once', () => {
    const events: DrillEvent[] = [
      start,
      { type: 'choose', at: sim6(6), decision: 'd1', choice: 'a', sure: true },
      { type: 'choose', at: sim6(7), decision: 'd1', choice: 'b', sure: true },
    ];
    expect(drillState(drill, events, sim6(8)).branches.map((b) => b.choice)).toEqual(['a']);
  });
});

describe('what the learner does not do in time', () => {
  it('a missed holding-statement deadline releases its inject', () => {
    const state = drillState(drill, [start], sim6(31));
    expect(state.missed).toEqual([{ deadline: 'no-holding', at: 30 }]);
    expect(state.released.find((r) => r.inject === 'late')).toEqual({
      inject: 'late',
      at: 30,
      cause: 'deadline',
      source: 'no-holding',
    });
  });

  it('a statement before the deadline keeps the inject back', () => {
    const state = drillState(drill, [start, { type: 'statement', at: sim6(24), kind: 'holding' }], sim6(31));
    expect(state.missed).toEqual([]);
    expect(released([start, { type: 'statement', at: sim6(24), kind: 'holding' }], sim6(31))).not.toContain('late');
  });

  it('a statement after the deadline does not undo it', () => {
    const state = drillState(drill, [start, { type: 'statement', at: sim6(33), kind: 'holding' }], sim6(34));
    expect(state.missed).toHaveLength(1);
    expect(state.actions[0]).toMatchObject({ type: 'statement', at: 33 });
  });
});

describe('facilitator controls', () => {
  it('pause stops the clock and resume restarts it', () => {
    const events: DrillEvent[] = [start, { type: 'pause', at: real(1) }, { type: 'resume', at: real(11) }];
    expect(drillState(drill, events, real(5))).toMatchObject({ status: 'paused', minutes: 6 });
    expect(drillState(drill, events, real(12))).toMatchObject({ status: 'running', minutes: 12 });
  });

  it('a paused drill takes no timeout, however long the pause', () => {
    const state = drillState(drill, [start, { type: 'pause', at: sim6(6) }], real(600));
    expect(state.branches).toEqual([]);
    expect(state.pending?.decision).toBe('d1');
  });

  it('the room can still answer while paused', () => {
    const events: DrillEvent[] = [
      start,
      { type: 'pause', at: sim6(6) },
      { type: 'choose', at: real(5), decision: 'd1', choice: 'a', sure: false },
    ];
    expect(drillState(drill, events, real(6)).branches[0]).toMatchObject({ choice: 'a', at: 6, sure: false });
  });

  it('skip jumps to the next thing due and applies it', () => {
    // At T+6, d1 is open (closes at 15) and m1 is due at 10: skip goes to 10.
    const state = drillState(drill, [start, { type: 'skip', at: sim6(6) }], sim6(6));
    expect(state.minutes).toBe(10);
    expect(state.released.map((r) => r.inject)).toEqual(['p1', 'm1']);
    // Skipping again reaches the timeout of d1 at 15.
    const twice = drillState(drill, [start, { type: 'skip', at: sim6(6) }, { type: 'skip', at: sim6(6) }], sim6(6));
    expect(twice.minutes).toBe(15);
    expect(twice.branches).toHaveLength(1);
  });

  it('the clock carries on from where a skip left it', () => {
    const state = drillState(drill, [start, { type: 'skip', at: real(1) }], real(2));
    expect(state.minutes).toBeCloseTo(16);
  });

  it('release now puts an inject out at once, and only once', () => {
    const events: DrillEvent[] = [start, { type: 'release', at: sim6(6), inject: 'm6' }];
    const state = drillState(drill, events, sim6(70));
    expect(state.released.filter((r) => r.inject === 'm6')).toEqual([
      { inject: 'm6', at: 6, cause: 'facilitator', source: null },
    ]);
    expect(released([start, { type: 'release', at: sim6(6), inject: 'nope' }], sim6(7))).toEqual(['p1']);
  });

  it('end stops the drill; afterwards only notes are kept', () => {
    const events: DrillEvent[] = [
      start,
      { type: 'end', at: sim6(12) },
      { type: 'statement', at: sim6(13), kind: 'holding' },
      { type: 'note', at: sim6(14), text: 'We forgot the approver.' },
    ];
    const state = drillState(drill, events, sim6(50));
    expect(state.finished).toEqual({ at: 12, why: 'ended' });
    expect(state.minutes).toBe(12);
    expect(state.actions).toEqual([{ type: 'note', at: 12, text: 'We forgot the approver.' }]);
    expect(state.pending).toBeNull();
  });
});

describe('a full play-through', () => {
  it('best choices all the way end the path after the last decision', () => {
    const events: DrillEvent[] = [
      start,
      { type: 'escalate', at: sim6(3), to: 'lead' },
      { type: 'severity', at: sim6(4), level: 'high' },
      { type: 'choose', at: sim6(6), decision: 'd1', choice: 'a', sure: true },
      { type: 'statement', at: sim6(12), kind: 'holding' },
      { type: 'choose', at: sim6(21), decision: 'd2', choice: 'a', sure: true },
      { type: 'choose', at: sim6(31), decision: 'd3', choice: 'a', sure: true },
      { type: 'choose', at: sim6(46), decision: 'd4', choice: 'a', sure: true },
      { type: 'choose', at: sim6(61), decision: 'd5', choice: 'a', sure: true },
    ];
    const state = drillState(drill, events, real(30));
    expect(state.status).toBe('finished');
    expect(state.pathEndedAt).toBeCloseTo(61);
    expect(state.finished).toEqual({ at: 120, why: 'path' });
    expect(state.branches.map((b) => b.decision)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(state.missed).toEqual([]);
    expect(state.released.map((r) => r.inject)).toEqual(['p1', 'm1', 'm2', 'm3', 'm6']);
  });

  it('lists the master events list by time, branch-only injects last', () => {
    expect(masterEventsList(drill).map((x) => x.id)).toEqual(['p1', 'm1', 'm2', 'm3', 'm6', 'late', 'branch']);
  });
});
