import { useState } from 'preact/hooks';
import { translator } from '../../../i18n/labels.ts';
import { reading } from '../../../lib/drills/scoring.ts';
import { chooseAnswer } from '../../../stores/drill-play.ts';
import { RadioGroup } from '../ui/RadioGroup.tsx';
import type { DrillPartProps } from './labels.ts';

/** The decision open now (choices, "I'm sure", answer), what comes next, and feedback on the last one. */
export function DrillDecision({ labels, drill, state, lang }: DrillPartProps) {
  const t = translator(labels);
  const [choice, setChoice] = useState('');
  const [sure, setSure] = useState(false);
  const pending = state.pending ? drill.decisions.find((d) => d.id === state.pending?.decision) : undefined;
  const last = state.branches[state.branches.length - 1];
  const lastDecision = last ? drill.decisions.find((d) => d.id === last.decision) : undefined;
  const lastOutcome = lastDecision
    ? (lastDecision.choices.find((c) => c.id === last?.choice) ?? lastDecision.timeout)
    : undefined;
  return (
    <section class="drill-decision" aria-labelledby="drill-decision-heading">
      <h3 id="drill-decision-heading">{t('drill.play.decision')}</h3>
      {pending && state.pending ? (
        <form
          key={pending.id}
          onSubmit={async (e) => {
            e.preventDefault();
            if (!choice) return;
            if (await chooseAnswer(pending.id, choice, sure)) {
              setChoice('');
              setSure(false);
            }
          }}
        >
          <RadioGroup
            legend={pending.prompt[lang]}
            name={`decision-${pending.id}`}
            options={pending.choices.map((c) => c.id)}
            labelOf={(id) => pending.choices.find((c) => c.id === id)?.label[lang] ?? id}
            value={choice || undefined}
            onChange={setChoice}
          />
          <label class="choice drill-sure">
            <input type="checkbox" checked={sure} onChange={(e) => setSure(e.currentTarget.checked)} />
            {t('drill.play.sure')}
          </label>
          <p class="hint">
            {t('drill.play.sureHint')} {t('drill.play.closesIn', { minutes: Math.round(state.pending.closesAt) })}
          </p>
          <button type="submit" disabled={!choice}>
            {t('drill.play.answer')}
          </button>
        </form>
      ) : state.upcoming ? (
        <p>{t('drill.play.next', { minutes: Math.round(state.upcoming.opensAt) })}</p>
      ) : state.pathEndedAt !== null ? (
        <p>{t('drill.play.pathDone', { minutes: drill.durationMinutes })}</p>
      ) : (
        <p>{t('drill.play.noDecision')}</p>
      )}
      {lastDecision && lastOutcome && last ? (
        <div class={`drill-feedback quality-${last.quality ?? 'timeout'}`}>
          <h4>{t('drill.play.lastFeedback')}</h4>
          <p>
            <strong>{t(`drill.quality.${last.quality ?? 'timeout'}`)}.</strong> {lastOutcome.feedback[lang]}
          </p>
          <p>
            {t('drill.debrief.read')}:{' '}
            {lastOutcome.read.map((c, i) => {
              const r = reading(c, lang);
              return (
                <span key={r.href}>
                  {i ? ', ' : ''}
                  <a href={r.href}>
                    {r.guide}#{r.anchor}
                  </a>
                </span>
              );
            })}
          </p>
        </div>
      ) : null}
    </section>
  );
}
