import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { currentIncident } from '../../../lib/incident/actions.ts';
import { $incidents } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';

/**
 * The drill islands on the crisis page are gates: only when the incident shown is a drill do they
 * load their view (and with it the drill-play store, the engine and the scenario), so crisis mode
 * without a drill ships none of it.
 */
export function useDrillView<P>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> | null {
  const state = useStore($incidents);
  const mounted = useMounted();
  const drill = mounted && currentIncident(state)?.kind === 'drill';
  const [view, setView] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (drill && !view) void load().then((m) => setView(() => m.default));
  }, [drill, view]);
  return drill ? view : null;
}
