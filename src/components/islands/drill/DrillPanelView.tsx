import { translator } from '../../../i18n/labels.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { endDrill } from '../../../stores/drill-play.ts';
import { ConfirmButton } from '../ui/ConfirmDialog.tsx';
import { DrillActions } from './DrillActions.tsx';
import { DrillClock } from './DrillClock.tsx';
import { DrillDecision } from './DrillDecision.tsx';
import { DrillFacilitator } from './DrillFacilitator.tsx';
import { DrillFeed } from './DrillFeed.tsx';
import type { DrillLabels } from './labels.ts';
import { useDrill } from './useDrill.ts';

/**
 * A drill in play, at the top of crisis mode: the DRILL mark, the drill clock, the facilitator's
 * controls (facilitated mode), the open decision, the injects that came in and the drill's own
 * actions. The crisis screens below work as in a real incident, on the drill clock.
 */
export default function DrillPanelView({ labels, lang }: { labels: DrillLabels; lang: Locale }) {
  const view = useDrill();
  if (!view || view.incident.resolvedAt) return null;
  const t = translator(labels);
  const { drill, state, incident } = view;
  return (
    <section class="drill-panel" aria-labelledby="drill-heading" data-drill-status={state?.status ?? 'loading'}>
      <p class="drill-marker">{t('drill.marker')}</p>
      <h2 id="drill-heading">
        {t('drill.play.heading')}: {incident.title}
      </h2>
      {!drill || !state ? (
        <p role="status">{view.failed ? t('drill.play.missing') : t('drill.play.loading')}</p>
      ) : (
        <>
          <DrillClock labels={labels} state={state} total={drill.durationMinutes} />
          <p class="hint">{t('drill.play.howTo')}</p>
          {state.mode === 'facilitated' ? (
            <DrillFacilitator labels={labels} drill={drill} state={state} lang={lang} />
          ) : null}
          <div class="drill-columns">
            <DrillDecision labels={labels} drill={drill} state={state} lang={lang} />
            <DrillFeed labels={labels} drill={drill} state={state} lang={lang} />
          </div>
          <DrillActions labels={labels} state={state} />
          <ConfirmButton
            label={t('drill.play.end')}
            class="button-quiet"
            disabled={state.status === 'finished'}
            question={t('drill.play.endConfirm')}
            confirmLabel={t('drill.play.end')}
            cancelLabel={t('drill.play.keepPlaying')}
            onConfirm={() => void endDrill()}
          />
        </>
      )}
    </section>
  );
}
