import { openIncidentOf } from '../../../lib/incident/actions.ts';
import { ROLES } from '../../../lib/schemas/incident.ts';
import { $incidents, setRole } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import type { CrisisLabels } from './labels.ts';

/** Who leads, keeps the log, approves and speaks to the press: names, saved as they are typed. */
export default function Roles({ labels }: { labels: CrisisLabels }) {
  const state = useStore($incidents);
  const mounted = useMounted();
  const incident = mounted ? openIncidentOf(state) : undefined;
  if (!incident) return null;
  return (
    <section class="incident-roles" aria-labelledby="roles-heading">
      <h2 id="roles-heading">{labels['crisis.roles.heading']}</h2>
      <p class="hint">{labels['crisis.roles.help']}</p>
      <div class="roles-grid">
        {ROLES.map((role) => (
          <div class="field" key={role}>
            <label for={`role-${role}`}>{labels[`crisis.role.${role}`]}</label>
            <input
              id={`role-${role}`}
              type="text"
              maxLength={200}
              value={incident.roles[role]}
              onChange={(e) => {
                const field = e.currentTarget;
                void setRole(role, field.value).then((ok) => {
                  if (!ok) field.value = incident.roles[role];
                });
              }}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
