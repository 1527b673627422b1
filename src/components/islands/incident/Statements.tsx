import type { Locale } from '../../../i18n/locales.ts';
import { format } from '../../../lib/format.ts';
import { openIncidentOf } from '../../../lib/incident/actions.ts';
import { incidentDrafts } from '../../../lib/incident/timeline.ts';
import { latestPublished } from '../../../lib/statement-record.ts';
import { $draftList } from '../../../stores/drafts.ts';
import { $incidents, draftStatementForIncident } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import type { CrisisLabels } from './labels.ts';
import { timeOf } from './words.ts';

/** This incident's statement drafts, their approval and publication, and the way to the builder. */
export default function Statements({
  labels,
  lang,
  builderHref,
}: {
  labels: CrisisLabels;
  lang: Locale;
  builderHref: string;
}) {
  const state = useStore($incidents);
  const drafts = useStore($draftList);
  const mounted = useMounted();
  const incident = mounted ? openIncidentOf(state) : undefined;
  if (!incident) return null;
  const mine = incidentDrafts(incident, drafts);
  const time = timeOf(lang);
  return (
    <section class="incident-statements" aria-labelledby="statements-heading">
      <h2 id="statements-heading">{labels['crisis.statements.heading']}</h2>
      <p class="hint">{labels['crisis.statements.help']}</p>
      {mine.length ? (
        <ul>
          {mine.map((d) => {
            // The latest published version, or the text being written when nothing went out yet.
            const last = latestPublished(d);
            const approval = last?.approval ?? d.approval;
            return (
              <li key={d.id}>
                <strong>{d.name}</strong>
                {last ? ` (${format(labels['crisis.statements.version'], { number: last.number })})` : ''}:{' '}
                {approval
                  ? format(labels['crisis.statements.approved'], {
                      name: approval.name,
                      role: approval.role,
                      time: time(approval.at),
                    })
                  : labels['crisis.statements.draft']}
                {last ? `; ${format(labels['crisis.statements.published'], { time: time(last.publishedAt) })}` : ''}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{labels['crisis.statements.none']}</p>
      )}
      <p>
        <a
          class="button"
          href={builderHref}
          onClick={(e) => {
            // Starts a draft filled with the incident's facts, then the builder opens it. If that
            // cannot be saved, the builder still opens.
            e.preventDefault();
            void draftStatementForIncident(lang === 'es' ? 'es' : 'en').finally(() => location.assign(builderHref));
          }}
        >
          {labels['crisis.statements.write']}
        </a>
      </p>
      <p class="hint">{labels['crisis.statements.logHint']}</p>
    </section>
  );
}
