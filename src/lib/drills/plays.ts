/**
 * Drill plays as stored (src/lib/schemas/drill-plays.ts): pure actions `(state, …) => state`,
 * the learning path's "practised in a drill", and how a crisis-mode action becomes a drill event
 * the engine reads. Ids and times come in as arguments; a change that does not apply returns the
 * same state object (the store then writes nothing).
 */
import { getOwn } from '../records.ts';
import type { DrillPlaysState } from '../schemas/drill-plays.ts';
import type { StatementKind } from '../statement/types.ts';
import type { DrillEvent } from './engine.ts';
import { type DrillPlay, EVENTS_LIMIT, evidenceComplete, type PlayResult } from './play.ts';
import type { Contact, Drill } from './schema.ts';

/** What a crisis screen did, in crisis-mode terms (reported through src/stores/drill-bridge.ts). */
export type CrisisAction =
  | { type: 'severity'; incidentId: string; level: 'critical' | 'high' | 'medium' | 'low' }
  | { type: 'entry'; incidentId: string; kind: string; text: string; nextUpdateAt: string | null }
  | {
      type: 'evidence';
      incidentId: string;
      card: { handle: string; url: string; seenAt: string; text: string; screenshot: unknown };
    }
  | { type: 'tick'; runId: string; checklistId: string; itemId: string }
  /** A version published from the statement builder, for the checklist run its draft belongs to. */
  | { type: 'statement'; runId: string | null; kind: StatementKind; text: string; nextUpdateAt: string | null };

/**
 * Checklist items of crisis mode that tell someone: ticking one during a drill counts as telling
 * that person (the drill panel also lists every contact to tick directly).
 */
export const ESCALATION_ITEMS: Readonly<Record<string, Contact>> = {
  'staff-the-crisis-team/name-the-lead': 'lead',
  'staff-the-crisis-team/confirm-approvers': 'approver',
  'publish-holding-statement/holding-approved': 'approver',
  'legal-and-evidence/alert-legal-now': 'legal',
  'escalate-a-conflict/inform-managers': 'management',
  'tell-staff-first/front-line-script': 'customer-care',
  'tell-staff-first/route-press-calls': 'spokesperson',
};

export function addPlay(state: DrillPlaysState, play: DrillPlay): DrillPlaysState {
  if (Object.hasOwn(state.plays, play.id)) return state;
  return { plays: { ...state.plays, [play.id]: play } };
}

/** Appends events to a play (up to EVENTS_LIMIT); nothing after its result is written but notes. */
export function appendEvents(state: DrillPlaysState, playId: string, events: readonly DrillEvent[]): DrillPlaysState {
  const play = getOwn(state.plays, playId);
  if (!play || !events.length) return state;
  const allowed = play.result ? events.filter((e) => e.type === 'note') : events;
  const room = EVENTS_LIMIT - play.events.length;
  if (!allowed.length || room <= 0) return state;
  return { plays: { ...state.plays, [playId]: { ...play, events: [...play.events, ...allowed.slice(0, room)] } } };
}

/** Writes a finished play's result, once. */
export function setResult(state: DrillPlaysState, playId: string, result: PlayResult): DrillPlaysState {
  const play = getOwn(state.plays, playId);
  if (!play || play.result) return state;
  return { plays: { ...state.plays, [playId]: { ...play, result } } };
}

export const playOfIncident = (state: DrillPlaysState, incidentId: string | null | undefined): DrillPlay | undefined =>
  incidentId ? Object.values(state.plays).find((p) => p.incidentId === incidentId) : undefined;

/** Plays newest first (by their start event). */
export function playHistory(state: DrillPlaysState): DrillPlay[] {
  const startOf = (p: DrillPlay) => p.events.find((e) => e.type === 'start')?.at ?? '';
  return Object.values(state.plays).sort((a, b) => startOf(b).localeCompare(startOf(a)));
}

/** Every guide a drill's feedback cites (choices, timeouts, deadlines), sorted, once each. */
export function citedGuides(drill: Drill): string[] {
  const guides = new Set<string>();
  for (const d of drill.decisions) {
    for (const c of d.choices) for (const r of c.read) guides.add(r.guide);
    for (const r of d.timeout.read) guides.add(r.guide);
  }
  for (const dl of drill.deadlines) for (const r of dl.read) guides.add(r.guide);
  return [...guides].sort();
}

/** Guide ids practised in a drill: cited by the drills played to the end. For the learning path. */
export function practisedGuides(state: DrillPlaysState): string[] {
  const guides = new Set<string>();
  for (const play of Object.values(state.plays)) for (const g of play.result?.guides ?? []) guides.add(g);
  return [...guides].sort();
}

const bareHandle = (handle: string) => handle.trim().replace(/^@/, '').toLowerCase();

/** The post an evidence card is about: its handle (either language, "@" optional) or its address names the author. */
export function injectOfCard(drill: Drill, card: { handle: string; url: string }): string | null {
  const handle = bareHandle(card.handle);
  const url = card.url.toLowerCase();
  for (const x of drill.injects) {
    if (x.kind !== 'post') continue;
    const authors = [x.author.es.handle, x.author.en.handle].map(bareHandle);
    if (authors.some((a) => a === handle || url.includes(a))) return x.id;
  }
  return null;
}

/** A statement as the drill reads it; the next update it promised in drill minutes from now (1 to 480). */
function statementEvent(
  at: string,
  kind: StatementKind,
  said: { text: string; nextUpdateAt: string | null },
  drillNow: string,
): DrillEvent {
  const promised = said.nextUpdateAt
    ? Math.round((Date.parse(said.nextUpdateAt) - Date.parse(drillNow)) / 60_000)
    : Number.NaN;
  return {
    type: 'statement',
    at,
    kind,
    text: said.text.slice(0, 10_000),
    promisedMinutes: Number.isFinite(promised) && promised >= 1 && promised <= 480 ? promised : null,
  };
}

/**
 * The drill event a crisis action stands for, or null when it means nothing to the drill.
 * `at` is the real time (the engine's events are real times); `drillNow` the drill-clock time
 * (crisis mode stores drill-clock times during a drill, so a promised next update is measured
 * from it); `statements` how many statements the play has so far (the first is the holding one).
 */
export function drillEventFor(
  action: CrisisAction,
  drill: Drill,
  ctx: { at: string; drillNow: string; statements: number },
): DrillEvent | null {
  const { at } = ctx;
  switch (action.type) {
    case 'severity':
      return { type: 'severity', at, level: action.level };
    case 'entry':
      // A statement logged by hand says nothing of its kind: the first is the holding one.
      return action.kind === 'statement'
        ? statementEvent(at, ctx.statements === 0 ? 'holding' : 'follow-up', action, ctx.drillNow)
        : null;
    case 'statement':
      return statementEvent(at, action.kind, action, ctx.drillNow);
    case 'evidence': {
      const inject = injectOfCard(drill, action.card);
      return inject ? { type: 'evidence', at, inject, complete: evidenceComplete(action.card) } : null;
    }
    case 'tick': {
      const to = getOwn(ESCALATION_ITEMS, `${action.checklistId}/${action.itemId}`);
      return to ? { type: 'escalate', at, to } : null;
    }
  }
}
