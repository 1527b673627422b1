import type { MeterResult } from '../../../lib/statement/coverage.ts';
import type { Translate } from './labels.ts';

/**
 * The parts this kind of statement needs, found in the user's own words or not, with a bar and a
 * list; below, the template's own sentences, shown as such: they never tick a part.
 */
export function ApologyMeter({ result, t }: { result: MeterResult; t: Translate }) {
  const { parts, templateSentences } = result;
  const covered = parts.filter((p) => p.present).length;
  return (
    <section class="meter" aria-labelledby="meter-title">
      <h3 class="meter-title" id="meter-title">
        {t('statement.coverage', { n: covered, total: parts.length })}
      </h3>
      <progress max={parts.length} value={covered} aria-hidden="true" />
      <ul class="meter-parts">
        {parts.map(({ part, present }) => (
          <li key={part} class={present ? 'is-on' : 'is-off'}>
            <span aria-hidden="true">{present ? '✓' : '○'}</span> {t(`statement.part.${part}`)}
            <span class="visually-hidden">: {present ? t('statement.present') : t('statement.missing')}</span>
          </li>
        ))}
      </ul>
      <p class="meter-help">{t('statement.coverageHelp')}</p>
      {templateSentences.length > 0 ? (
        <details class="meter-template">
          <summary>{t('statement.templateSentences', { n: templateSentences.length })}</summary>
          <ul>
            {templateSentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
