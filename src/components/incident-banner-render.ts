/**
 * The open-incident banner's content, loaded by ./incident-banner.ts only while an incident is
 * open: reads the stored incident (and its drafts) straight from localStorage — no framework, no
 * schema library — and shows the title, the time since detection and the next due clock. Clocks
 * come from stored timestamps (src/lib/incident/clocks.ts); it refreshes every 30 s, when the page
 * shows again and when another tab writes. Anything unreadable hides the banner.
 */

import type { Draft } from '../lib/drafts.ts';
import { format } from '../lib/format.ts';
import { computeClocks, formatDuration } from '../lib/incident/clocks.ts';
import { publishedStatements } from '../lib/incident/timeline.ts';
import { targetsFor } from '../lib/incident/triage.ts';
import type { Incident } from '../lib/schemas/incident.ts';

import { INCIDENTS_KEY as INCIDENTS } from './incident-banner.ts';

const DRAFTS = 'crisis-playbook:drafts';

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? ((JSON.parse(raw) as { data?: T }).data ?? null) : null;
  } catch {
    return null;
  }
}

function openIncident(): Incident | null {
  const state = read<{ currentIncidentId: string | null; incidents: Record<string, Incident> }>(INCIDENTS);
  const incident = state?.currentIncidentId ? state.incidents?.[state.currentIncidentId] : undefined;
  if (!incident || incident.resolvedAt || !Array.isArray(incident.severity) || !Array.isArray(incident.timeline))
    return null;
  return incident;
}

export function render(banner: HTMLElement): void {
  const incident = openIncident();
  if (!incident) {
    banner.hidden = true;
    return;
  }
  const d = banner.dataset;
  const drill = incident.kind === 'drill';
  banner.classList.toggle('is-drill', drill);
  const label = banner.querySelector('[data-banner=label]');
  const back = banner.querySelector('[data-banner=back]');
  if (label) label.textContent = `${(drill ? d['drillLabel'] : d['label']) ?? ''}:`;
  if (back) back.textContent = (drill ? d['drillBack'] : d['back']) ?? '';
  const level = incident.severity[incident.severity.length - 1]?.level ?? 'high';
  const drafts = Object.values(read<{ drafts: Record<string, Draft> }>(DRAFTS)?.drafts ?? {}).filter(
    (x) => x.runId === incident.runId || incident.statementIds?.includes(x.id),
  );
  const clocks = computeClocks(
    incident,
    targetsFor(level, incident.targets ?? null),
    publishedStatements(incident, drafts),
    new Date().toISOString(),
  );
  const due =
    clocks.firstResponse.state !== 'done'
      ? { name: d['first'], clock: clocks.firstResponse }
      : clocks.nextUpdate
        ? { name: d['next'], clock: clocks.nextUpdate }
        : null;
  const title = banner.querySelector('[data-banner=title]');
  const since = banner.querySelector('[data-banner=since]');
  const next = banner.querySelector('[data-banner=next]');
  if (title) title.textContent = incident.title;
  // A drill's times run on the drill clock, which only crisis mode knows: no clocks here.
  if (since)
    since.textContent = drill
      ? ''
      : ` · ${format(d['since'] ?? '', { duration: formatDuration(clocks.sinceDetection) })}`;
  if (drill && next) next.textContent = '';
  else if (next) {
    next.textContent = due
      ? ` · ${due.name}: ${format((due.clock.state === 'overdue' ? d['overdue'] : d['left']) ?? '', { duration: formatDuration(due.clock.remaining) })}`
      : '';
    next.className = due ? `banner-clock state-${due.clock.state}` : 'banner-clock';
  }
  banner.hidden = false;
}

/** Keeps the banner current: every 30 s, when the page shows again, when another tab writes. */
export function start(banner: HTMLElement): void {
  const update = () => render(banner);
  update();
  setInterval(update, 30_000);
  addEventListener('storage', (e) => (e.key === INCIDENTS || e.key === DRAFTS) && update());
  document.addEventListener('visibilitychange', update);
}
