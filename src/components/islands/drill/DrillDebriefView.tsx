import { useEffect, useState } from 'preact/hooks';
import { translator } from '../../../i18n/labels.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { paths } from '../../../i18n/routes.ts';
import type { Translate } from '../../../lib/drills/debrief.ts';
import type { DrillScore } from '../../../lib/drills/scoring.ts';
import { getOwn } from '../../../lib/records.ts';
import { loadWording, type StatementWording } from '../../../lib/statement/wording.ts';
import { finishDrill } from '../../../stores/drill-play.ts';
import { downloadText } from '../download.ts';
import { DrillNote } from './DrillNote.tsx';
import type { DrillLabels } from './labels.ts';
import { useDrill } from './useDrill.ts';

/**
 * When a drill is over: writes its result once (finishDrill closes the practice incident), then
 * shows the score and the after-action review, printable and downloadable as Markdown. The score
 * and the review are derived again from the stored events each time (src/lib/drills). The scorer
 * (with the statement builder's linter) and the review load only once a drill is over.
 */
type Tools = typeof import('../../../lib/drills/scoring.ts') & typeof import('../../../lib/drills/debrief.ts');

const loadTools = (): Promise<Tools> =>
  Promise.all([import('../../../lib/drills/scoring.ts'), import('../../../lib/drills/debrief.ts')]).then(
    ([scoring, debrief]) => ({ ...scoring, ...debrief }),
  );

/** Section address → "Heading (Guide title)" in `lang`; empty when it cannot load (the address shows instead). */
const loadSectionTitles = (lang: Locale): Promise<Record<string, string>> =>
  fetch(`${paths.home(lang)}sections.json`)
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}));

export default function DrillDebriefView({ labels, lang }: { labels: DrillLabels; lang: Locale }) {
  const view = useDrill();
  const [loaded, setLoaded] = useState<{
    wording: StatementWording;
    tools: Tools;
    titles: Record<string, string>;
  } | null>(null);
  const over = view?.state?.status === 'finished';
  const playLang = view?.play.lang ?? lang;
  useEffect(() => {
    if (over)
      void Promise.all([loadWording(playLang), loadTools(), loadSectionTitles(playLang)]).then(
        ([wording, tools, titles]) => setLoaded({ wording, tools, titles }),
      );
  }, [over, playLang]);
  const score: DrillScore | null =
    over && view?.drill && view.state && loaded
      ? loaded.tools.scoreDrill(view.drill, view.state, loaded.wording)
      : null;
  useEffect(() => {
    if (score && !view?.play.result) void finishDrill(score.overall);
  }, [score?.overall, view?.play.result]);
  if (!view?.drill || !view.state || !score || !loaded) return null;
  const { buildDebrief, debriefMarkdown } = loaded.tools;
  const t = translator(labels) as Translate;
  const debrief = buildDebrief(view.drill, view.state, score, playLang, t);
  const at = (m: number) => t('drill.at', { minutes: Math.round(m) });
  return (
    <article class="drill-debrief" aria-labelledby="drill-debrief-heading">
      <p class="drill-marker">{debrief.marker}</p>
      <h2 id="drill-debrief-heading">
        {t('drill.play.debrief')}: {debrief.title}
      </h2>
      <p class="drill-score">{t('drill.debrief.score', { score: debrief.overall })}</p>
      <p class="button-row no-print">
        <button
          type="button"
          onClick={() =>
            downloadText(`drill-${view.play.drillId}-debrief.md`, debriefMarkdown(debrief, t), 'text/markdown')
          }
        >
          {t('drill.play.download')}
        </button>
        <button type="button" class="button-quiet" onClick={() => print()}>
          {t('drill.play.print')}
        </button>
      </p>
      <dl class="drill-facts">
        <dt>{t('drill.debrief.severity')}</dt>
        <dd>{debrief.severity}</dd>
        <dt>{t('drill.debrief.mode')}</dt>
        <dd>{debrief.mode}</dd>
        <dt>{t('drill.debrief.played')}</dt>
        <dd>{at(debrief.played)}</dd>
      </dl>
      {score.readNext.length ? (
        <>
          <h3>{t('drill.play.readNext')}</h3>
          <ul class="drill-read-next">
            {score.readNext.map((r) => (
              <li key={r.href}>
                <a href={r.href}>{getOwn(loaded.titles, r.href) ?? `${r.guide}#${r.anchor}`}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('drill.debrief.planned')}</h3>
      <List items={debrief.planned} none={t('drill.debrief.none')} />
      <h3>{t('drill.debrief.happened')}</h3>
      <List items={debrief.happened.map((e) => `${at(e.at)}: ${e.text}`)} none={t('drill.debrief.none')} />
      <h3>{t('drill.debrief.why')}</h3>
      <List items={debrief.why.map((w) => `${w.what} ${w.did} ${w.feedback}`)} none={t('drill.debrief.none')} />
      <h3>{t('drill.debrief.learn')}</h3>
      <List
        items={debrief.learn.map((l) => `${l.dimension} (${l.score}/100): ${l.reason}`)}
        none={t('drill.debrief.none')}
      />
      <h3>{t('drill.debrief.notes')}</h3>
      <List items={debrief.notes.map((n) => `${at(n.at)}: ${n.text}`)} none={t('drill.debrief.none')} />
      <div class="no-print">
        <DrillNote labels={labels} />
      </div>
    </article>
  );
}

function List({ items, none }: { items: string[]; none: string }) {
  return items.length ? (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  ) : (
    <p>{none}</p>
  );
}
