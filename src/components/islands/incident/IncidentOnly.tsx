import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { openIncidentOf } from '../../../lib/incident/actions.ts';
import { $incidents, resumeIncidentSession } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';

/**
 * Shows its (server-rendered) children only while an incident is open, and makes the
 * incident's checklist session the one the checklists on this page tick.
 */
export default function IncidentOnly({ children }: { children?: ComponentChildren }) {
  const state = useStore($incidents);
  const mounted = useMounted();
  const open = mounted ? openIncidentOf(state) : undefined;
  useEffect(() => {
    if (open) void resumeIncidentSession();
  }, [open?.id]);
  return <div hidden={!open}>{children}</div>;
}
