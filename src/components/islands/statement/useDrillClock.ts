import { useEffect } from 'preact/hooks';

const INCIDENTS_KEY = 'crisis-playbook:incidents';

/**
 * Whether the open incident is a drill: a look at localStorage, no store, no schema (the incident
 * banner's own look, src/components/incident-banner.ts, is kept apart so that every page's banner
 * stays one small file). Anything unreadable counts as no drill.
 */
function drillOpen(): boolean {
  try {
    const data = JSON.parse(localStorage.getItem(INCIDENTS_KEY) ?? 'null')?.data;
    const incident = data?.currentIncidentId ? data.incidents?.[data.currentIncidentId] : null;
    return Boolean(incident && incident.resolvedAt === null && incident.kind === 'drill');
  } catch {
    return false;
  }
}

const follow = () => import('../../../stores/drill-play.ts').then((m) => m.followCurrentDrill());

/**
 * During a drill, the builder follows it: it runs on the drill clock, as crisis mode does (its
 * approvals, publications and promised next updates are in drill time), and what it publishes
 * counts as the learner's statement. The drill's code and scenario load only when a drill is
 * open, or when one starts in another tab.
 */
export function useDrillClock(): void {
  useEffect(() => {
    const check = () => {
      if (!drillOpen()) return false;
      follow().catch(() => {});
      return true;
    };
    if (check()) return;
    const onStorage = (event: StorageEvent) => {
      if ((event.key === null || event.key === INCIDENTS_KEY) && check()) removeEventListener('storage', onStorage);
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);
}
