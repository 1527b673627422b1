import { translator } from '../../../i18n/labels.ts';
import type { DrillState } from '../../../lib/drills/engine.ts';
import type { DrillLabels } from './labels.ts';

/** The drill clock in simulated minutes, and how fast it runs (or that it is paused). */
export function DrillClock({ labels, state, total }: { labels: DrillLabels; state: DrillState; total: number }) {
  const t = translator(labels);
  return (
    <p class="drill-clock">
      <strong data-drill-clock>{t('drill.play.clock', { minutes: Math.floor(state.minutes), total })}</strong>{' '}
      {state.status === 'paused' ? (
        <span class="drill-paused">{t('drill.play.paused')}</span>
      ) : state.speed > 1 ? (
        t('drill.play.speed', { speed: Math.round(state.speed * 10) / 10 })
      ) : (
        t('drill.play.realtime')
      )}
    </p>
  );
}
