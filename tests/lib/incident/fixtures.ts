import { createIncident } from '../../../src/lib/incident/actions.ts';
import type { Incident } from '../../../src/lib/schemas/incident.ts';

export const T0 = '2026-03-06T10:00:00.000Z';
/** T0 plus some minutes, as ISO. */
export const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

export function incident(over: Partial<Incident> = {}): Incident {
  return {
    ...createIncident({
      id: 'inc-1',
      runId: 'run-1',
      title: 'Double charges',
      severity: 'high',
      severityId: 'sev-1',
      reason: 'triage',
      triage: null,
      startedAt: at(-40),
      detectedAt: T0,
      declaredAt: at(5),
    }),
    ...over,
  };
}
