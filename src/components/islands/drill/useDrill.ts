import { useEffect, useState } from 'preact/hooks';
import { type DrillState, drillState } from '../../../lib/drills/engine.ts';
import type { DrillPlay } from '../../../lib/drills/play.ts';
import type { Drill } from '../../../lib/drills/schema.ts';
import { getOwn } from '../../../lib/records.ts';
import type { Incident } from '../../../lib/schemas/incident.ts';
import { $currentPlay, $drill, ensureDrill } from '../../../stores/drill-play.ts';
import { $incidents } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';

export interface DrillView {
  play: DrillPlay;
  incident: Incident;
  /** Null while the scenario loads (or when it cannot). */
  drill: Drill | null;
  state: DrillState | null;
  failed: boolean;
}

/** Re-render at least this often while a drill runs (2 s real = 12 s of drill time solo). */
const TICK_MS = 2000;

/**
 * The drill shown in crisis mode, its scenario and its state now. The state is derived from the
 * stored events at each render (src/lib/drills/engine.ts); a timer only asks for a re-render,
 * every couple of seconds and when the page shows again.
 */
export function useDrill(): DrillView | null {
  const play = useStore($currentPlay);
  const loaded = useStore($drill);
  const incidents = useStore($incidents);
  const mounted = useMounted();
  const [failed, setFailed] = useState(false);
  const [, setTick] = useState(0);
  const drillId = play?.drillId;
  useEffect(() => {
    if (!drillId) return;
    ensureDrill(drillId).then(
      (d) => setFailed(!d),
      () => setFailed(true),
    );
  }, [drillId]);
  const incident = play?.incidentId ? getOwn(incidents.incidents, play.incidentId) : undefined;
  const drill = loaded && play && loaded.id === play.drillId ? loaded.drill : null;
  const state = drill && play ? drillState(drill, play.events, new Date().toISOString()) : null;
  const running = state?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const refresh = () => setTick((n) => n + 1);
    const timer = setInterval(refresh, TICK_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [running]);
  if (!mounted || !play || !incident || incident.kind !== 'drill') return null;
  return { play, incident, drill, state, failed };
}
