/**
 * The drill engine. Pure: the state of a drill is a function of the scenario, the stored events
 * (what the learner and the facilitator did, each with its real time) and "now". Nothing runs a
 * timer, so a drill survives a reload, a second tab and a sleeping laptop: the page recomputes
 * on a tick, as crisis mode's clocks do.
 *
 * Time: the scenario is written in simulated minutes (T+0 … T+120). The drill clock runs `speed`
 * simulated minutes per real minute while it runs (a two-hour scenario at speed 6 plays in 20
 * minutes), stops while paused, and jumps on a facilitator's skip. Everything the engine reports
 * is in simulated minutes; `drillClock` turns them into the times crisis mode shows.
 */
import type { StatementKind } from '../statement/types.ts';
import type { DrillEvent, MODES } from './play.ts';
import type { Contact, Decision, Drill, Quality, Severity } from './schema.ts';
import { END } from './schema.ts';

const MINUTE = 60_000;

/** A solo play-through lasts this many real minutes by default (allowed: 15 to 25). */
export const SOLO_MINUTES = 20;
export const SOLO_RANGE = [15, 25] as const;

/** Simulated minutes per real minute so that the scenario plays in `realMinutes` (15 to 25). */
export function speedFor(durationMinutes: number, realMinutes: number = SOLO_MINUTES): number {
  const real = Math.min(SOLO_RANGE[1], Math.max(SOLO_RANGE[0], realMinutes));
  return durationMinutes / real;
}

export type Mode = (typeof MODES)[number];

/** Everything stored about a play-through: append-only, each with the real time it happened (play.ts). */
export type { DrillEvent } from './play.ts';

export type ReleaseCause = 'schedule' | 'choice' | 'timeout' | 'deadline' | 'facilitator';

export interface Released {
  inject: string;
  /** Simulated minute it came out. */
  at: number;
  cause: ReleaseCause;
  /** The decision or deadline that released it, when one did. */
  source: string | null;
}

export interface Branch {
  decision: string;
  /** The choice's id, or null when the time ran out. */
  choice: string | null;
  quality: Quality | null;
  sure: boolean | null;
  openedAt: number;
  at: number;
}

export type LearnerAction =
  | { type: 'statement'; at: number; kind: StatementKind; text: string | null; promisedMinutes: number | null }
  | { type: 'severity'; at: number; level: Severity }
  | { type: 'escalate'; at: number; to: Contact }
  | { type: 'evidence'; at: number; inject: string; complete: boolean }
  | { type: 'note'; at: number; text: string };

export type Status = 'not-started' | 'running' | 'paused' | 'finished';

export interface DrillState {
  status: Status;
  mode: Mode;
  speed: number;
  /** Simulated minutes since T+0, now (fractional). */
  minutes: number;
  /** Injects out, in the order they came. */
  released: Released[];
  /** The decision open now, with when it opened and when its time runs out (simulated minutes). */
  pending: { decision: string; openedAt: number; closesAt: number } | null;
  /** The decision the path is at but that has not opened yet. */
  upcoming: { decision: string; opensAt: number } | null;
  branches: Branch[];
  /** Deadlines missed, with the minute they fell. */
  missed: { deadline: string; at: number }[];
  actions: LearnerAction[];
  /** When the last decision was taken (the path reached its end); the drill then runs to its full length. */
  pathEndedAt: number | null;
  /** Why and when it finished: the scenario's length was reached after the path ended, or someone ended it. */
  finished: { at: number; why: 'path' | 'ended' } | null;
  /** Real time the drill started (ISO), for `drillClock`. */
  startedAt: string | null;
}

interface Queued {
  inject: string;
  at: number;
  cause: ReleaseCause;
  source: string | null;
}

function initial(): DrillState {
  return {
    status: 'not-started',
    mode: 'solo',
    speed: 1,
    minutes: 0,
    released: [],
    pending: null,
    upcoming: null,
    branches: [],
    missed: [],
    actions: [],
    pathEndedAt: null,
    finished: null,
    startedAt: null,
  };
}

/** Events in time order; equal times keep their stored order. Unreadable times are dropped. */
function ordered(events: readonly DrillEvent[]): DrillEvent[] {
  return events
    .map((event, index) => ({ event, index, time: Date.parse(event.at) }))
    .filter((e) => Number.isFinite(e.time))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map((e) => e.event);
}

/**
 * The drill's state at `now`. Events before the first `start` are ignored, as are choices for a
 * decision that is not open, a second start, and anything but notes after the drill finished.
 */
export function drillState(drill: Drill, events: readonly DrillEvent[], now: string): DrillState {
  const state = initial();
  const decisions = new Map<string, Decision>(drill.decisions.map((d) => [d.id, d]));
  const deadlines = drill.deadlines;
  const queue: Queued[] = [];
  const done = new Set<string>(); // deadlines resolved (met or missed)
  let enteredAt = 0;
  let lastReal = 0;

  const release = (inject: string, at: number, cause: ReleaseCause, source: string | null) => {
    if (state.released.some((r) => r.inject === inject)) return;
    state.released.push({ inject, at, cause, source });
  };

  const enter = (id: string, at: number) => {
    const d = decisions.get(id);
    state.pending = null;
    if (!d || id === END) {
      state.upcoming = null;
      state.pathEndedAt = at;
      return;
    }
    enteredAt = at;
    state.upcoming = { decision: id, opensAt: Math.max(d.at, enteredAt) };
  };

  const outcome = (
    decision: Decision,
    result: { choice: string | null; quality: Quality | null; sure: boolean | null },
    o: Decision['timeout'],
    at: number,
    openedAt: number,
  ) => {
    state.branches.push({ decision: decision.id, ...result, openedAt, at });
    const cause: ReleaseCause = result.choice === null ? 'timeout' : 'choice';
    for (const r of o.releases) queue.push({ inject: r.inject, at: at + r.after, cause, source: decision.id });
    enter(o.next, at);
  };

  const actionDone = (action: string, by: number) => state.actions.some((a) => a.type === action && a.at <= by);

  /** The next thing due after the current minute, with how to apply it. */
  const nextDue = (): { at: number; apply: () => void } | null => {
    let best: { at: number; rank: number; apply: () => void } | null = null;
    const offer = (at: number, rank: number, apply: () => void) => {
      if (!best || at < best.at || (at === best.at && rank < best.rank)) best = { at, rank, apply };
    };
    for (const q of queue) {
      if (state.released.some((r) => r.inject === q.inject)) continue;
      offer(q.at, 0, () => {
        queue.splice(queue.indexOf(q), 1);
        release(q.inject, q.at, q.cause, q.source);
      });
    }
    for (const dl of deadlines) {
      if (done.has(dl.id)) continue;
      offer(dl.by, 1, () => {
        done.add(dl.id);
        if (actionDone(dl.action, dl.by)) return;
        state.missed.push({ deadline: dl.id, at: dl.by });
        for (const r of dl.releases)
          queue.push({ inject: r.inject, at: dl.by + r.after, cause: 'deadline', source: dl.id });
      });
    }
    const upcoming = state.upcoming;
    if (upcoming) {
      offer(upcoming.opensAt, 2, () => {
        const d = decisions.get(upcoming.decision) as Decision;
        state.upcoming = null;
        state.pending = { decision: d.id, openedAt: upcoming.opensAt, closesAt: upcoming.opensAt + d.window };
      });
    }
    const pathEnded = state.pathEndedAt;
    if (pathEnded !== null) {
      // The scenario runs its full length after the last decision (updates, late injects), unless ended.
      offer(Math.max(pathEnded, drill.durationMinutes), 4, () => {
        state.finished = { at: Math.max(pathEnded, drill.durationMinutes), why: 'path' };
        state.status = 'finished';
      });
    }
    const pending = state.pending;
    if (pending) {
      offer(pending.closesAt, 3, () => {
        const d = decisions.get(pending.decision) as Decision;
        outcome(d, { choice: null, quality: null, sure: null }, d.timeout, pending.closesAt, pending.openedAt);
      });
    }
    return best;
  };

  /** Applies everything due up to `to` (inclusive), then sets the clock to `to`. */
  const advance = (to: number) => {
    for (let guard = 0; guard < 10_000 && !state.finished; guard++) {
      const due = nextDue();
      if (!due || due.at > to) break;
      state.minutes = Math.max(state.minutes, due.at);
      due.apply();
    }
    if (!state.finished) state.minutes = Math.max(state.minutes, to);
    else state.minutes = state.finished.at;
  };

  const nowMs = Date.parse(now);
  for (const event of ordered(events)) {
    const real = Date.parse(event.at);
    if (Number.isFinite(nowMs) && real > nowMs) break;
    if (state.status === 'not-started') {
      if (event.type !== 'start') continue;
      state.status = 'running';
      state.mode = event.mode;
      state.speed = event.speed > 0 && Number.isFinite(event.speed) ? event.speed : 1;
      state.startedAt = event.at;
      lastReal = real;
      for (const x of drill.injects) {
        if (x.at !== undefined) queue.push({ inject: x.id, at: x.at, cause: 'schedule', source: null });
      }
      const first = drill.decisions[0];
      if (first) enter(first.id, 0);
      advance(0);
      continue;
    }
    if (state.status === 'running') advance(state.minutes + ((real - lastReal) / MINUTE) * state.speed);
    lastReal = real;
    const at = state.minutes;
    if (state.status === 'finished') {
      if (event.type === 'note') state.actions.push({ type: 'note', at, text: event.text });
      continue;
    }
    switch (event.type) {
      case 'pause':
        state.status = 'paused';
        break;
      case 'resume':
        state.status = 'running';
        break;
      case 'skip': {
        const due = nextDue();
        if (due) advance(due.at);
        break;
      }
      case 'release':
        if (drill.injects.some((x) => x.id === event.inject)) release(event.inject, at, 'facilitator', null);
        break;
      case 'choose': {
        const pending = state.pending;
        const d = decisions.get(event.decision);
        const choice = d?.choices.find((c) => c.id === event.choice);
        if (!pending || !d || !choice || pending.decision !== d.id) break;
        outcome(d, { choice: choice.id, quality: choice.quality, sure: event.sure }, choice, at, pending.openedAt);
        advance(at);
        break;
      }
      case 'statement':
        state.actions.push({
          type: 'statement',
          at,
          kind: event.kind,
          text: event.text ?? null,
          promisedMinutes: event.promisedMinutes ?? null,
        });
        break;
      case 'severity':
        state.actions.push({ type: 'severity', at, level: event.level });
        break;
      case 'escalate':
        state.actions.push({ type: 'escalate', at, to: event.to });
        break;
      case 'evidence':
        state.actions.push({ type: 'evidence', at, inject: event.inject, complete: event.complete });
        break;
      case 'note':
        state.actions.push({ type: 'note', at, text: event.text });
        break;
      case 'end':
        state.pending = null;
        state.upcoming = null;
        state.finished = { at, why: 'ended' };
        state.status = 'finished';
        break;
      case 'start':
        break;
    }
  }
  if (state.status === 'running' && Number.isFinite(nowMs)) {
    advance(state.minutes + (Math.max(0, nowMs - lastReal) / MINUTE) * state.speed);
  }
  return state;
}

/** Real milliseconds until a simulated minute comes, at the drill's speed (null while paused or over). */
export function realMsUntil(state: DrillState, minute: number): number | null {
  if (state.status !== 'running') return null;
  return (Math.max(0, minute - state.minutes) / state.speed) * MINUTE;
}

/**
 * The drill clock as a time crisis mode can show and store: the real start plus the simulated
 * minutes. Crisis mode's clocks (computeClocks) then run unchanged on drill-clock times.
 */
export function drillClock(startedAt: string, minutes: number): string {
  return new Date(Date.parse(startedAt) + Math.round(minutes * MINUTE)).toISOString();
}

/** The master events list in time order: scheduled injects by time, then those a branch releases. */
export function masterEventsList(drill: Drill): Drill['injects'] {
  const timed = drill.injects.filter((x) => x.at !== undefined).sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  return [...timed, ...drill.injects.filter((x) => x.at === undefined)];
}

/**
 * The latest simulated minute a path can end at: every decision opens when the path reaches it
 * (not before its `at`) and, at the latest, closes when its window runs out.
 */
export function latestPathEnd(drill: Drill): number {
  const byId = new Map(drill.decisions.map((d) => [d.id, d]));
  const memo = new Map<string, number>();
  const from = (id: string, enteredAt: number, depth: number): number => {
    const d = byId.get(id);
    if (!d || depth > drill.decisions.length) return enteredAt;
    const closes = Math.max(d.at, enteredAt) + d.window;
    const key = `${id}@${closes}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const nexts = new Set([...d.choices.map((c) => c.next), d.timeout.next]);
    const end = Math.max(...[...nexts].map((n) => (n === END ? closes : from(n, closes, depth + 1))));
    memo.set(key, end);
    return end;
  };
  const first = drill.decisions[0];
  return first ? from(first.id, 0, 0) : 0;
}

/**
 * Real minutes of a solo play-through played to its end: the scenario runs to its full length
 * (or to the end of the slowest path, if later) at the solo speed.
 */
export function soloRealMinutes(drill: Drill, realMinutes: number = SOLO_MINUTES): number {
  const simulated = Math.max(drill.durationMinutes, latestPathEnd(drill));
  return simulated / speedFor(drill.durationMinutes, realMinutes);
}
