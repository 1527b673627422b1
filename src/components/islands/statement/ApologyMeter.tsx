import { APOLOGY_PARTS, type ApologyPart } from '../../../lib/statement/types.ts';
import type { Translate } from './labels.ts';

/** Which of the six parts of a good apology the statement has, with a bar and a list. */
export function ApologyMeter({ parts, t }: { parts: Record<ApologyPart, boolean>; t: Translate }) {
  const covered = APOLOGY_PARTS.filter((p) => parts[p]).length;
  return (
    <section class="meter" aria-labelledby="meter-title">
      <h3 class="meter-title" id="meter-title">
        {t('statement.coverage', { n: covered })}
      </h3>
      <progress max={APOLOGY_PARTS.length} value={covered} aria-hidden="true" />
      <ul class="meter-parts">
        {APOLOGY_PARTS.map((p) => (
          <li key={p} class={parts[p] ? 'is-on' : 'is-off'}>
            <span aria-hidden="true">{parts[p] ? '✓' : '○'}</span> {t(`statement.part.${p}`)}
            <span class="visually-hidden">: {parts[p] ? t('statement.present') : t('statement.missing')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
