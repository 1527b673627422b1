import type { Finding } from '../../../lib/statement/lint.ts';
import type { Translate } from './labels.ts';

/** The linter's findings on this channel, each with its reason, the words quoted and a link to the guide. */
export function Findings({ text, findings, t }: { text: string; findings: Finding[]; t: Translate }) {
  return (
    <div class="findings">
      <h3>{t('statement.findings')}</h3>
      {findings.length === 0 ? (
        <p class="muted">{text ? t('statement.noFindings') : ''}</p>
      ) : (
        <ul>
          {findings.map((f) => (
            <li key={`${f.rule}-${f.start}`} class={`finding finding-${f.severity}`}>
              <span class="badge">{t(`statement.severity.${f.severity}`)}</span> {f.message}
              {f.end > f.start ? (
                <q class="finding-quote">{text.slice(f.start, Math.min(f.end, f.start + 120))}</q>
              ) : null}{' '}
              <a href={f.guide}>{t('statement.why')}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
