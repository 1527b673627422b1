import { translator } from '../../../i18n/labels.ts';
import type { DrillPartProps } from './labels.ts';

/** The injects out so far, newest first; a polite live region announces each new one. */
export function DrillFeed({ labels, drill, state, lang }: DrillPartProps) {
  const t = translator(labels);
  const byId = new Map(drill.injects.map((x) => [x.id, x]));
  const out = [...state.released].reverse();
  const latest = out[0] ? byId.get(out[0].inject) : undefined;
  return (
    <section class="drill-feed" aria-labelledby="drill-feed-heading">
      <h3 id="drill-feed-heading">{t('drill.play.feed')}</h3>
      <p class="visually-hidden" role="status">
        {latest ? t('drill.play.new', { title: latest.title[lang] }) : ''}
      </p>
      {out.length ? (
        <ol class="drill-injects">
          {out.map((r) => {
            const x = byId.get(r.inject);
            if (!x) return null;
            return (
              <li key={r.inject} class={`drill-inject kind-${x.kind}`} data-inject={x.id}>
                <p class="drill-inject-meta">
                  <span class="drill-at">{t('drill.at', { minutes: Math.round(r.at) })}</span> ·{' '}
                  {t(`drill.kind.${x.kind}`)}
                  {x.kind === 'post' ? ` · ${x.network}` : ''}
                </p>
                <h4>{x.title[lang]}</h4>
                {x.kind === 'post' ? (
                  <p class="drill-author">
                    <strong>{x.author[lang].name}</strong> {x.author[lang].handle} ·{' '}
                    {t('drill.followers', { n: x.followers.toLocaleString(lang) })}
                  </p>
                ) : (
                  <p class="drill-author">{x.from[lang]}</p>
                )}
                <blockquote>{x.text[lang]}</blockquote>
              </li>
            );
          })}
        </ol>
      ) : (
        <p>{t('drill.play.feedEmpty')}</p>
      )}
    </section>
  );
}
