import type { Finding } from '../../../lib/statement/lint.ts';
import { previewParts, type Run } from '../../../lib/statement/preview.ts';
import type { Locale, Platform } from '../../../lib/statement/types.ts';
import type { Translate } from './labels.ts';

/** Runs of text, the marked ones as <mark>s (text nodes only, never HTML). */
function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run) =>
        run.finding ? (
          <mark class={`finding-${run.finding.severity}`} title={run.finding.message}>
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/** The channel's text as people will see it, findings marked, with the network's "… more" cut. */
export function Preview({
  text,
  findings,
  channel,
  locale,
  t,
}: {
  text: string;
  findings: Finding[];
  channel: Platform;
  locale: Locale;
  t: Translate;
}) {
  if (!text) {
    return (
      <div class="statement-preview" lang={locale}>
        <span class="muted">{t('statement.empty')}</span>
      </div>
    );
  }
  const { before, after } = previewParts(text, findings, channel);
  return (
    <div class="statement-preview" lang={locale}>
      {after === null ? (
        <Runs runs={before} />
      ) : (
        <>
          <span class="before-more">
            <Runs runs={before} />
          </span>
          <span class="more-mark">{t('statement.moreMark')}</span>
          <Runs runs={after} />
        </>
      )}
    </div>
  );
}
