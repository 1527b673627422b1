import { useState } from 'preact/hooks';
import { openIncidentOf } from '../../../lib/incident/actions.ts';
import { fromLocalInput, toLocalInput } from '../../../lib/incident/local-time.ts';
import { clockNow } from '../../../stores/drill-bridge.ts';
import { $incidents, closeIncident } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import type { CrisisLabels } from './labels.ts';

/** Closing asks for the resolution time (now by default, backdatable), then the report opens. */
export default function CloseIncident({ labels }: { labels: CrisisLabels }) {
  const state = useStore($incidents);
  const mounted = useMounted();
  const [resolved, setResolved] = useState('');
  const [error, setError] = useState('');
  const incident = mounted ? openIncidentOf(state) : undefined;
  if (!incident || incident.kind === 'drill') return null;
  return (
    <form
      class="incident-close"
      aria-labelledby="close-heading"
      onSubmit={async (e) => {
        e.preventDefault();
        const at = fromLocalInput(resolved) ?? clockNow().toISOString();
        if (await closeIncident(at)) {
          setError('');
          document.getElementById('main')?.focus();
          scrollTo(0, 0);
        } else setError(labels['crisis.close.error']);
      }}
    >
      <h2 id="close-heading">{labels['crisis.close.heading']}</h2>
      <p class="hint">{labels['crisis.close.help']}</p>
      <div class="field">
        <label for="resolved-at">{labels['crisis.time.resolved']}</label>
        <input
          id="resolved-at"
          type="datetime-local"
          value={resolved || toLocalInput(clockNow().toISOString())}
          onInput={(e) => setResolved(e.currentTarget.value)}
        />
      </div>
      <p class="incident-error" role="alert">
        {error}
      </p>
      <button type="submit" class="button-danger">
        {labels['crisis.close.submit']}
      </button>
    </form>
  );
}
