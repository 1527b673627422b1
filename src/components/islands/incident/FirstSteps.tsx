import { openIncidentOf } from '../../../lib/incident/actions.ts';
import { getOwn } from '../../../lib/records.ts';
import { tickKey } from '../../../lib/sessions.ts';
import { $incidents } from '../../../stores/incidents.ts';
import { $sessions, toggleItem } from '../../../stores/sessions.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import type { CrisisLabels } from './labels.ts';

/** Ticks of the first minutes live in the incident's session under this checklist id. */
export const FIRST_STEPS_ID = 'first-minutes';

/** The early steps that are easy to miss, at the top while any is unticked. */
export default function FirstSteps({ labels, steps }: { labels: CrisisLabels; steps: { id: string; text: string }[] }) {
  const incidents = useStore($incidents);
  const runs = useStore($sessions);
  const mounted = useMounted();
  const incident = mounted ? openIncidentOf(incidents) : undefined;
  if (!incident) return null;
  const ticks = getOwn(runs.runs, incident.runId)?.ticks ?? {};
  const done = steps.every((s) => Object.hasOwn(ticks, tickKey(FIRST_STEPS_ID, s.id)));
  if (done) return <p class="first-done">✓ {labels['crisis.first.done']}</p>;
  return (
    <section class="first-steps" aria-labelledby="first-steps-heading">
      <h2 id="first-steps-heading">{labels['crisis.first.heading']}</h2>
      <ul class="checklist-items">
        {steps.map((step) => {
          const id = `${FIRST_STEPS_ID}--${step.id}`;
          const ticked = Object.hasOwn(ticks, tickKey(FIRST_STEPS_ID, step.id));
          return (
            <li key={step.id} class={ticked ? 'is-ticked' : undefined}>
              <input
                type="checkbox"
                id={id}
                checked={ticked}
                disabled={runs.currentRunId !== incident.runId}
                onChange={(e) => {
                  const box = e.currentTarget;
                  // A refused write changes nothing: put the box back the way the store has it.
                  void toggleItem(FIRST_STEPS_ID, step.id, box.checked).then((ok) => {
                    if (!ok) box.checked = Object.hasOwn(ticks, tickKey(FIRST_STEPS_ID, step.id));
                  });
                }}
              />
              <label for={id}>
                <span class="checklist-text">{step.text}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
