import { useStore } from '@nanostores/preact';
import { openIncidentOf } from '../../../lib/incident/actions.ts';
import { tickKey } from '../../../lib/runs.ts';
import { $incidents } from '../../../stores/incidents.ts';
import { $runs, toggleItem } from '../../../stores/runs.ts';
import { useMounted } from '../useMounted.ts';
import type { CrisisLabels } from './labels.ts';

/** Ticks of the first minutes live in the incident's session under this checklist id. */
export const FIRST_STEPS_ID = 'first-minutes';

/** The early steps that are easy to miss, at the top while any is unticked. */
export default function FirstSteps({ labels, steps }: { labels: CrisisLabels; steps: { id: string; text: string }[] }) {
  const incidents = useStore($incidents);
  const runs = useStore($runs);
  const mounted = useMounted();
  const incident = mounted ? openIncidentOf(incidents) : undefined;
  if (!incident) return null;
  const ticks = runs.runs[incident.runId]?.ticks ?? {};
  const done = steps.every((s) => tickKey(FIRST_STEPS_ID, s.id) in ticks);
  if (done) return <p class="first-done">✓ {labels['crisis.first.done']}</p>;
  return (
    <section class="first-steps" aria-labelledby="first-steps-heading">
      <h2 id="first-steps-heading">{labels['crisis.first.heading']}</h2>
      <ul class="checklist-items">
        {steps.map((step) => {
          const id = `${FIRST_STEPS_ID}--${step.id}`;
          const ticked = tickKey(FIRST_STEPS_ID, step.id) in ticks;
          return (
            <li key={step.id} class={ticked ? 'is-ticked' : undefined}>
              <input
                type="checkbox"
                id={id}
                checked={ticked}
                disabled={runs.currentRunId !== incident.runId}
                onChange={(e) => {
                  const box = e.currentTarget;
                  if (!toggleItem(FIRST_STEPS_ID, step.id, box.checked)) box.checked = !box.checked;
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
