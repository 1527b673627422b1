/**
 * The incident's clocks, as pure functions of stored timestamps and `now`. Nothing here runs a
 * timer: the page recomputes on a tick, so the clocks are right after a reload, in a second tab
 * and after the phone sleeps. A resolved incident's clocks stop at its resolution time.
 */
import type { Incident, Targets } from '../schemas/incident.ts';
import { LONG_CADENCE_FACTOR, LONG_INCIDENT_MINUTES } from './triage.ts';

const MINUTE = 60_000;

export type ClockState = 'ok' | 'soon' | 'overdue' | 'done';

export interface Published {
  /** When it went out (ISO). */
  at: string;
  /** When it promised the next update, if it said so (ISO). */
  nextUpdateAt: string | null;
}

export interface Clock {
  dueAt: string;
  /** Milliseconds left (negative when overdue). */
  remaining: number;
  state: ClockState;
}

export interface Clocks {
  /** Milliseconds since detection, up to now or the resolution. */
  sinceDetection: number;
  /** True after two hours: the update cadence is relaxed. */
  long: boolean;
  /** The holding-statement target. `doneAt` once a statement went out. */
  firstResponse: Clock & { doneAt: string | null };
  /** Next update, after the first statement (null before it, or with no cadence and no promise). */
  nextUpdate: (Clock & { basedOn: 'promise' | 'cadence' }) | null;
  /** The update cadence in force (minutes), relaxed in a long incident. */
  cadenceMinutes: number | null;
}

/** "Due soon" starts when a third of the target is left, at most ten minutes before. */
export function soonWindow(targetMinutes: number): number {
  return Math.min(10 * MINUTE, (targetMinutes * MINUTE) / 3);
}

function clock(dueMs: number, nowMs: number, window: number): Clock {
  const remaining = dueMs - nowMs;
  return {
    dueAt: new Date(dueMs).toISOString(),
    remaining,
    state: remaining < 0 ? 'overdue' : remaining <= window ? 'soon' : 'ok',
  };
}

/**
 * The update cadence in force at `now` (minutes): the target's, doubled once the incident is two
 * hours past detection; null when the level has no cadence.
 */
export function cadenceAt(
  incident: Pick<Incident, 'detectedAt' | 'resolvedAt'>,
  targets: Targets,
  now: string,
): number | null {
  if (targets.updateMinutes === null) return null;
  const nowMs = Math.min(Date.parse(now), incident.resolvedAt ? Date.parse(incident.resolvedAt) : Infinity);
  const long = nowMs - Date.parse(incident.detectedAt) >= LONG_INCIDENT_MINUTES * MINUTE;
  return long ? targets.updateMinutes * LONG_CADENCE_FACTOR : targets.updateMinutes;
}

export function computeClocks(
  incident: Pick<Incident, 'detectedAt' | 'resolvedAt'>,
  targets: Targets,
  published: readonly Published[],
  now: string,
): Clocks {
  const nowMs = Math.min(Date.parse(now), incident.resolvedAt ? Date.parse(incident.resolvedAt) : Infinity);
  const detected = Date.parse(incident.detectedAt);
  const sinceDetection = Math.max(0, nowMs - detected);
  const long = sinceDetection >= LONG_INCIDENT_MINUTES * MINUTE;
  const cadenceMinutes = cadenceAt(incident, targets, now);

  const out = [...published]
    .filter((p) => Date.parse(p.at) <= nowMs)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const first = out[0];
  const last = out[out.length - 1];

  const frDue = detected + targets.firstResponseMinutes * MINUTE;
  const firstResponse = first
    ? {
        ...clock(frDue, Date.parse(first.at), 0),
        state: 'done' as const,
        doneAt: first.at,
      }
    : { ...clock(frDue, nowMs, soonWindow(targets.firstResponseMinutes)), doneAt: null };

  let nextUpdate: Clocks['nextUpdate'] = null;
  if (last) {
    if (last.nextUpdateAt) {
      const due = Date.parse(last.nextUpdateAt);
      const span = Math.max(MINUTE, (due - Date.parse(last.at)) / MINUTE);
      nextUpdate = { ...clock(due, nowMs, soonWindow(span)), basedOn: 'promise' };
    } else if (cadenceMinutes !== null) {
      nextUpdate = {
        ...clock(Date.parse(last.at) + cadenceMinutes * MINUTE, nowMs, soonWindow(cadenceMinutes)),
        basedOn: 'cadence',
      };
    }
  }
  return { sinceDetection, long, firstResponse, nextUpdate, cadenceMinutes };
}

/** "1 h 05 min", "12 min", "45 s": a duration in a compact, language-neutral form. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  const totalMinutes = Math.floor(abs / MINUTE);
  if (totalMinutes < 1) return `${Math.floor(abs / 1000)} s`;
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}
