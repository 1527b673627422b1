import { translator } from '../../../i18n/labels.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { formatDate } from '../../../lib/format.ts';
import { openIncidentOf } from '../../../lib/incident/actions.ts';
import { getOwn } from '../../../lib/records.ts';
import { $playHistory } from '../../../stores/drill-plays.ts';
import { $incidents, selectIncident } from '../../../stores/incidents.ts';
import { useMounted } from '../useMounted.ts';
import { useStore } from '../useStore.ts';
import type { DrillLabels } from './labels.ts';

/** The drills played on this device: their own list, apart from the real incidents' history. */
export default function DrillHistory({
  labels,
  lang,
  titles,
  crisisHref,
  only,
}: {
  labels: DrillLabels;
  lang: Locale;
  /** Drill id → its title in the page's language. */
  titles: Record<string, string>;
  crisisHref: string;
  /** Only this drill's plays (a drill page). */
  only?: string;
}) {
  const t = translator(labels);
  const mounted = useMounted();
  const plays = useStore($playHistory).filter((p) => !only || p.drillId === only);
  const incidents = useStore($incidents);
  const open = openIncidentOf(incidents);
  return (
    <section class="drill-history" aria-labelledby="drill-history-heading">
      <h2 id="drill-history-heading">{t('drill.play.history')}</h2>
      {mounted && plays.length ? (
        <ul>
          {plays.map((p) => {
            const started = p.events.find((e) => e.type === 'start')?.at;
            const incident = p.incidentId ? getOwn(incidents.incidents, p.incidentId) : undefined;
            const openNow = Boolean(incident && !incident.resolvedAt);
            return (
              <li key={p.id} data-play={p.drillId}>
                <span>
                  <strong>{getOwn(titles, p.drillId) ?? p.drillId}</strong>
                  {started ? ` · ${formatDate(started, lang, 'dateTime')}` : ''} ·{' '}
                  {p.result ? t('drill.play.historyScore', { score: p.result.overall }) : t('drill.play.historyOpen')}
                </span>{' '}
                {incident && (openNow || !open) ? (
                  <a
                    href={crisisHref}
                    onClick={async (e) => {
                      e.preventDefault();
                      await selectIncident(incident.id);
                      location.assign(crisisHref);
                    }}
                  >
                    {openNow ? t('drill.play.continue') : t('drill.play.view')}
                  </a>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('drill.play.historyNone')}</p>
      )}
    </section>
  );
}
