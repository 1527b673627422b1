import { useState } from 'preact/hooks';
import { translator } from '../../../i18n/labels.ts';
import type { DrillState } from '../../../lib/drills/engine.ts';
import { CONTACTS, SEVERITIES, type Severity } from '../../../lib/drills/schema.ts';
import { rateSeverity, tellContact } from '../../../stores/drill-play.ts';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import { DrillNote } from './DrillNote.tsx';
import type { DrillLabels } from './labels.ts';

/** What the drill asks beyond the crisis screens: the severity rating, who was told, notes for the debrief. */
export function DrillActions({ labels, state }: { labels: DrillLabels; state: DrillState }) {
  const t = translator(labels);
  const [level, setLevel] = useState<Severity | undefined>(undefined);
  const finished = state.status === 'finished';
  const rated = state.actions.filter((a) => a.type === 'severity').pop();
  const told = new Set(state.actions.flatMap((a) => (a.type === 'escalate' ? [a.to] : [])));
  return (
    <div class="drill-actions">
      <form
        class="drill-severity"
        onSubmit={(e) => {
          e.preventDefault();
          if (level) void rateSeverity(level);
        }}
      >
        <RadioGroup
          legend={t('drill.play.severity')}
          name="drill-severity"
          options={SEVERITIES}
          labelOf={(l) => t(`drill.severity.${l}`)}
          value={level}
          onChange={setLevel}
        />
        <button type="submit" disabled={!level || finished}>
          {t('drill.play.rate')}
        </button>
        {rated?.type === 'severity' ? (
          <p class="hint">
            {t('drill.play.rated', {
              severity: t(`drill.severity.${rated.level}`).toLowerCase(),
              minutes: Math.round(rated.at),
            })}
          </p>
        ) : null}
      </form>
      <fieldset class="drill-tell">
        <legend>{t('drill.play.tell')}</legend>
        <p class="hint">{t('drill.play.tellHint')}</p>
        {CONTACTS.map((c) => (
          <label key={c} class="choice">
            <input
              type="checkbox"
              checked={told.has(c)}
              disabled={told.has(c) || finished}
              onChange={(e) => {
                if (e.currentTarget.checked) void tellContact(c);
              }}
            />
            {t(`drill.contact.${c}`)}
          </label>
        ))}
      </fieldset>
      <DrillNote labels={labels} />
    </div>
  );
}
