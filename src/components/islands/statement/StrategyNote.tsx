import { guideAnchor } from '../../../lib/guide-anchors.ts';
import type { CrisisType, Locale } from '../../../lib/statement/types.ts';
import type { Translate } from './labels.ts';

/**
 * The advice for this kind of crisis: when to apologise, when to hold a position, when legal or
 * HR review comes first. The link goes to the response guide in the page's language.
 */
export function StrategyNote({ crisisType, lang, t }: { crisisType: CrisisType; lang: Locale; t: Translate }) {
  return (
    <aside class="strategy-note" aria-labelledby="strategy-title">
      <h3 id="strategy-title">{t('statement.strategyTitle')}</h3>
      <p>{t(`statement.strategy.${crisisType}`)}</p>
      <p>
        <a href={guideAnchor('strategy', lang)}>{t('statement.strategyLink')}</a>
      </p>
    </aside>
  );
}
