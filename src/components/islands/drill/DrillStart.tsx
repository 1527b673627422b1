import { useState } from 'preact/hooks';
import { translator } from '../../../i18n/labels.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Mode } from '../../../lib/drills/engine.ts';
import type { Severity } from '../../../lib/drills/schema.ts';
import { type StartError, startDrill } from '../../../stores/drill-play.ts';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import { useMounted } from '../useMounted.ts';
import type { DrillLabels } from './labels.ts';

const MODES: readonly Mode[] = ['solo', 'facilitated'];

/** A drill page's start: solo or facilitated, then crisis mode opens with the drill (a practice incident). */
export default function DrillStart({
  labels,
  lang,
  drill,
  crisisHref,
  startLabel,
}: {
  labels: DrillLabels;
  lang: Locale;
  drill: { id: string; title: string; severity: Severity; durationMinutes: number; soloMinutes: number };
  crisisHref: string;
  startLabel: string;
}) {
  const t = translator(labels);
  const mounted = useMounted();
  const [mode, setMode] = useState<Mode>('solo');
  const [error, setError] = useState<StartError | null>(null);
  return (
    <form
      class="drill-start"
      onSubmit={async (e) => {
        e.preventDefault();
        const wrong = await startDrill({
          drillId: drill.id,
          title: drill.title,
          severity: drill.severity,
          durationMinutes: drill.durationMinutes,
          mode,
          lang,
        });
        setError(wrong);
        if (!wrong) location.assign(crisisHref);
      }}
    >
      <RadioGroup
        legend={t('drill.start.mode')}
        name="drill-mode"
        options={MODES}
        labelOf={(m) =>
          m === 'solo' ? t('drill.start.solo', { minutes: drill.soloMinutes }) : t('drill.start.facilitated')
        }
        value={mode}
        onChange={setMode}
      />
      <p class="hint">{t('drill.start.note')}</p>
      <button type="submit" class="start-button" disabled={!mounted}>
        {startLabel}
      </button>
      <p class="incident-error" role="alert">
        {error ? t(`drill.start.${error}`) : ''}{' '}
        {error === 'drill-open' || error === 'real-incident-open' ? (
          <a href={crisisHref}>{error === 'drill-open' ? t('drill.play.continue') : t('drill.banner.back')}</a>
        ) : null}
      </p>
    </form>
  );
}
