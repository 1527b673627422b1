/**
 * "Start the next update from this one", as the builder's action. Its own module, loaded when the
 * button is pressed: it reads the incidents store for the cadence, which pages that only manage
 * drafts (the builder before that click, the checklists page's data panel) need not load.
 */
import type { Draft } from '../lib/drafts.ts';
import { currentSeverity } from '../lib/incident/actions.ts';
import { cadenceAt } from '../lib/incident/clocks.ts';
import { incidentOfDraft } from '../lib/incident/timeline.ts';
import { targetsFor } from '../lib/incident/triage.ts';
import { DEFAULT_UPDATE_MINUTES, startNextUpdate } from '../lib/next-update.ts';
import { getOwn, newId } from '../lib/records.ts';
import { $drafts, drafts } from './drafts.ts';
import { clockNow } from './drill-bridge.ts';
import { $incidents } from './incidents.ts';

/**
 * The update cadence (minutes, relaxed in a long incident) of the incident a draft belongs to,
 * or null when it belongs to none or its level has no cadence.
 */
export function cadenceForDraft(draft: Pick<Draft, 'id' | 'runId'>, now: string): number | null {
  const incident = incidentOfDraft(Object.values($incidents.get().incidents), draft);
  return incident ? cadenceAt(incident, targetsFor(currentSeverity(incident), incident.targets), now) : null;
}

/**
 * A copy of the draft's latest published version, made current, its next update moved on by the
 * cadence of the incident it belongs to, else by DEFAULT_UPDATE_MINUTES.
 */
export function startNextUpdateFrom(sourceId: string, name: string): Promise<boolean> {
  const now = clockNow().toISOString();
  const source = getOwn($drafts.get().drafts, sourceId);
  const minutes = (source && cadenceForDraft(source, now)) ?? DEFAULT_UPDATE_MINUTES;
  return drafts.update((s) => startNextUpdate(s, sourceId, { id: newId(), name, minutes, now }));
}
