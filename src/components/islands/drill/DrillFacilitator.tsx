import { translator } from '../../../i18n/labels.ts';
import { masterEventsList } from '../../../lib/drills/engine.ts';
import { pauseDrill, releaseInject, resumeDrill, skipDrill } from '../../../stores/drill-play.ts';
import type { DrillPartProps } from './labels.ts';

/** A facilitated drill's controls, all on one screen: pause or resume, skip ahead, release any inject now. */
export function DrillFacilitator({ labels, drill, state, lang }: DrillPartProps) {
  const t = translator(labels);
  const out = new Set(state.released.map((r) => r.inject));
  const waiting = masterEventsList(drill).filter((x) => !out.has(x.id));
  const finished = state.status === 'finished';
  return (
    <section class="drill-facilitator" aria-labelledby="drill-facilitator-heading">
      <h3 id="drill-facilitator-heading">{t('drill.play.facilitator')}</h3>
      <p class="button-row">
        {state.status === 'paused' ? (
          <button type="button" onClick={() => resumeDrill()}>
            {t('drill.play.resume')}
          </button>
        ) : (
          <button type="button" disabled={finished} onClick={() => pauseDrill()}>
            {t('drill.play.pause')}
          </button>
        )}
        <button type="button" class="button-quiet" disabled={finished} onClick={() => skipDrill()}>
          {t('drill.play.skip')}
        </button>
      </p>
      <h4>{t('drill.play.releaseHeading')}</h4>
      {waiting.length ? (
        <ul class="drill-waiting">
          {waiting.map((x) => (
            <li key={x.id}>
              <span>
                {x.at !== undefined ? `${t('drill.at', { minutes: x.at })} · ` : ''}
                {x.title[lang]}
              </span>{' '}
              <button
                type="button"
                class="button-quiet"
                disabled={finished}
                aria-label={`${t('drill.play.release')}: ${x.title[lang]}`}
                onClick={() => releaseInject(x.id)}
              >
                {t('drill.play.release')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('drill.play.allOut')}</p>
      )}
    </section>
  );
}
