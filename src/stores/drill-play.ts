/**
 * The drill-play store: drills played in crisis mode (the stored plays: ./drill-plays.ts).
 *
 * A play is the drill's id, its practice incident (kind "drill" in the incidents store, with a
 * checklist session of kind "drill"), the language and the append-only events; everything else
 * (clock, injects out, the open decision, score, debrief) is derived by src/lib/drills/engine.ts
 * from those timestamps and "now", so a reload, a second tab or a sleeping laptop agree. Nothing
 * runs a timer here: islands re-render on a tick.
 *
 * While a drill is open, this store sets the drill clock on src/stores/drill-bridge.ts (crisis
 * screens then store and show drill-clock times) and turns the crisis actions the bridge reports
 * into drill events (src/lib/drills/plays.ts `drillEventFor`).
 */

import { atom, computed } from 'nanostores';
import { type DrillState, drillClock, drillState, type Mode, speedFor } from '../lib/drills/engine.ts';
import { loadDrill } from '../lib/drills/load.ts';
import type { DrillEvent } from '../lib/drills/play.ts';
import { addPlay, appendEvents, citedGuides, drillEventFor, playOfIncident, setResult } from '../lib/drills/plays.ts';
import type { Contact, Drill, Severity } from '../lib/drills/schema.ts';
import * as A from '../lib/incident/actions.ts';
import { markDrillDone, type ProgressState } from '../lib/progress.ts';
import { newId } from '../lib/records.ts';
import type { DrillPlaysState } from '../lib/schemas/drill-plays.ts';
import type { IncidentsState } from '../lib/schemas/incident.ts';
import { closeSession, startSession } from '../lib/sessions.ts';
import { onCrisisAction, setClock } from './drill-bridge.ts';
import { $drillPlays, drillPlays } from './drill-plays.ts';
import { $incidents, changeSeverity, incidents } from './incidents.ts';
import { progress } from './progress.ts';
import { $lastChange, sessions } from './sessions.ts';
import { transact } from './storage.ts';

export { $drillPlays, $playHistory, $practisedGuides, practisedGuides } from './drill-plays.ts';

/** The play of the incident shown in crisis mode, when it is a drill. */
export const $currentPlay = computed([$drillPlays, $incidents], (plays, inc) =>
  playOfIncident(plays, inc.currentIncidentId),
);

/** The scenario of the current play, once loaded (`useDrill` in the islands asks for it). */
export const $drill = atom<{ id: string; drill: Drill } | null>(null);

export async function ensureDrill(id: string): Promise<Drill | null> {
  const have = $drill.get();
  if (have?.id === id) return have.drill;
  const drill = await loadDrill(id);
  if (drill) $drill.set({ id, drill });
  return drill;
}

/** The current play's state at `now` (real time), or null without a play or its scenario. */
export function currentDrillState(now: Date = new Date()): { drill: Drill; state: DrillState } | null {
  const play = $currentPlay.get();
  const loaded = $drill.get();
  if (!play || !loaded || loaded.id !== play.drillId) return null;
  return { drill: loaded.drill, state: drillState(loaded.drill, play.events, now.toISOString()) };
}

/** The drill clock (what crisis mode shows and stores during a drill) at `now`. */
export function drillNow(now: Date = new Date()): Date | null {
  const current = currentDrillState(now);
  if (!current?.state.startedAt) return null;
  return new Date(drillClock(current.state.startedAt, current.state.minutes));
}

// While the shown incident is an open drill whose scenario is loaded, crisis mode runs on its clock.
function wireClock(): void {
  const incident = A.openIncidentOf($incidents.get());
  const play = $currentPlay.get();
  const ready = incident?.kind === 'drill' && play && !play.result && $drill.get()?.id === play.drillId;
  setClock(ready ? () => drillNow() ?? new Date() : null);
}
$currentPlay.subscribe(wireClock);
$drill.subscribe(wireClock);

/**
 * Away from crisis mode (the statement builder), during a drill: loads its scenario, so that the
 * page runs on the drill clock (`wireClock`: what it stores is in drill time, as crisis mode's) and
 * what it publishes counts for the drill (the listener below). Nothing without an open drill.
 */
export async function followCurrentDrill(): Promise<void> {
  const play = $currentPlay.get();
  const incident = A.openIncidentOf($incidents.get());
  if (play && !play.result && incident?.kind === 'drill' && play.incidentId === incident.id)
    await ensureDrill(play.drillId);
}

export type StartError = 'real-incident-open' | 'drill-open' | 'not-saved';

/**
 * Starts a drill: a practice incident (kind "drill"), its checklist session (kind "drill") and
 * the play with its start event, written together or not at all. Refused while a real incident
 * is open (a drill never takes its place) or another drill is open.
 */
export async function startDrill(
  input: { drillId: string; title: string; severity: Severity; durationMinutes: number; mode: Mode; lang: 'es' | 'en' },
  now: Date = new Date(),
): Promise<StartError | null> {
  const open = A.openIncidentOf($incidents.get());
  if (open) return open.kind === 'drill' ? 'drill-open' : 'real-incident-open';
  const at = now.toISOString();
  const runId = newId();
  const incident = A.createIncident({
    id: newId(),
    kind: 'drill',
    runId,
    title: input.title,
    // Crisis mode's start default ("high" when unsure); rating the severity is part of the drill.
    severity: 'high',
    severityId: newId(),
    reason: 'drill',
    triage: null,
    startedAt: at,
    detectedAt: at,
    declaredAt: at,
  });
  const speed = input.mode === 'solo' ? speedFor(input.durationMinutes) : 1;
  const play = {
    id: newId(),
    drillId: input.drillId,
    incidentId: incident.id,
    lang: input.lang,
    events: [{ type: 'start' as const, at, mode: input.mode, speed }],
    result: null,
  };
  $lastChange.set(null);
  const ok = await transact([
    { concern: sessions, action: (s) => startSession(s, { id: runId, title: input.title, kind: 'drill', now: at }) },
    { concern: incidents, action: (s: IncidentsState) => A.openIncident(s, incident) },
    { concern: drillPlays, action: (s: DrillPlaysState) => addPlay(s, play) },
  ]);
  return ok ? null : 'not-saved';
}

/** Appends events to the current (unfinished) play. */
function record(...events: DrillEvent[]): Promise<boolean> {
  const play = $currentPlay.get();
  if (!play) return Promise.resolve(false);
  return drillPlays.update((s) => appendEvents(s, play.id, events));
}

const stamp = (now: Date) => now.toISOString();
export const pauseDrill = (now: Date = new Date()) => record({ type: 'pause', at: stamp(now) });
export const resumeDrill = (now: Date = new Date()) => record({ type: 'resume', at: stamp(now) });
export const skipDrill = (now: Date = new Date()) => record({ type: 'skip', at: stamp(now) });
export const endDrill = (now: Date = new Date()) => record({ type: 'end', at: stamp(now) });
export const releaseInject = (inject: string, now: Date = new Date()) =>
  record({ type: 'release', at: stamp(now), inject });
export const chooseAnswer = (decision: string, choice: string, sure: boolean, now: Date = new Date()) =>
  record({ type: 'choose', at: stamp(now), decision, choice, sure });
export const addDrillNote = (text: string, now: Date = new Date()) =>
  text.trim() ? record({ type: 'note', at: stamp(now), text: text.trim().slice(0, 4000) }) : Promise.resolve(false);
export const tellContact = (to: Contact, now: Date = new Date()) => record({ type: 'escalate', at: stamp(now), to });

/**
 * The learner rates the severity: crisis mode's severity changes (which reports the drill event
 * through the bridge); the same level as now is still a rating, recorded for the drill alone.
 */
export async function rateSeverity(level: Severity, now: Date = new Date()): Promise<boolean> {
  const incident = A.openIncidentOf($incidents.get());
  if (incident && A.currentSeverity(incident) !== level) return changeSeverity(level, 'drill');
  return record({ type: 'severity', at: stamp(now), level });
}

/**
 * Once the engine says the drill is over: writes the result (overall score, guides practised),
 * closes the practice incident at the drill-clock time it ended and its session, and records the
 * drill as completed for the learning path (src/stores/progress.ts), in one write.
 * Idempotent: a second call (another tab, a re-render) changes nothing.
 */
export async function finishDrill(overall: number, now: Date = new Date()): Promise<boolean> {
  const play = $currentPlay.get();
  const current = currentDrillState(now);
  const incident = play?.incidentId ? $incidents.get().incidents[play.incidentId] : undefined;
  if (!play || play.result || !current || current.state.status !== 'finished' || !incident) return false;
  const endedAt = drillClock(current.state.startedAt ?? incident.startedAt, current.state.minutes);
  const resolvedAt = Date.parse(endedAt) < Date.parse(incident.detectedAt) ? incident.detectedAt : endedAt;
  const result = { at: stamp(now), overall: Math.round(overall), guides: citedGuides(current.drill) };
  return transact([
    { concern: drillPlays, action: (s: DrillPlaysState) => setResult(s, play.id, result) },
    { concern: incidents, action: (s: IncidentsState) => A.closeIncident(s, incident.id, resolvedAt) },
    { concern: sessions, action: (s) => closeSession(s, incident.runId, resolvedAt) },
    { concern: progress, action: (s: ProgressState) => markDrillDone(s, play.drillId, result.at) },
  ]);
}

// Crisis actions during an open drill become drill events: crisis mode's, and statements
// published from the builder for the drill's run.
onCrisisAction((action) => {
  const play = $currentPlay.get();
  const incident = A.openIncidentOf($incidents.get());
  if (!play || play.result || incident?.kind !== 'drill' || play.incidentId !== incident.id) return;
  const mine = 'runId' in action ? action.runId === incident.runId : action.incidentId === incident.id;
  if (!mine) return;
  const now = new Date();
  const current = currentDrillState(now);
  if (!current || current.state.status === 'finished') return;
  const event = drillEventFor(action, current.drill, {
    at: now.toISOString(),
    drillNow: (drillNow(now) ?? now).toISOString(),
    statements: current.state.actions.filter((a) => a.type === 'statement').length,
  });
  if (event) void record(event);
});
