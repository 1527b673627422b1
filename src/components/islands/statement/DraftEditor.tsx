import { useMemo, useState } from 'preact/hooks';
import { draftTexts } from '../../../lib/draft-text.ts';
import type { Draft } from '../../../lib/drafts.ts';
import { coverage } from '../../../lib/statement/coverage.ts';
import { lintStatement } from '../../../lib/statement/lint.ts';
import { defaultApology } from '../../../lib/statement/templates.ts';
import type { Platform } from '../../../lib/statement/types.ts';
import { ApologyMeter } from './ApologyMeter.tsx';
import { Approval } from './Approval.tsx';
import { Channel } from './Channel.tsx';
import { ChannelTabs } from './ChannelTabs.tsx';
import { DraftActions } from './DraftActions.tsx';
import { Findings } from './Findings.tsx';
import type { Translate } from './labels.ts';
import { StatementForm } from './StatementForm.tsx';
import { useSettled } from './useSettled.ts';

/** The open draft: the form on one side, the statement per channel, its review and approval on the other. */
export function DraftEditor({ draft, when, t }: { draft: Draft; when: (iso: string) => string; t: Translate }) {
  const [channel, setChannel] = useState<Platform>('website');
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const apology = defaultApology(draft.input);

  // Heavy work follows the form once typing pauses, so a long paste never blocks the keyboard.
  const settled = useSettled(draft);
  const texts = useMemo(() => draftTexts(settled), [settled]);
  const text = texts[channel];
  const findings = useMemo(
    () => lintStatement(text, settled.locale, { platform: channel, kind: settled.input.kind, apology }),
    [text, channel, settled.locale, settled.input.kind, apology],
  );
  const parts = useMemo(() => coverage(texts.website, settled.locale), [texts.website, settled.locale]);

  return (
    <div class="builder-grid">
      <StatementForm draft={draft} apology={apology} t={t} />
      <section class="builder-output" aria-labelledby="output-title">
        <h2 id="output-title">{t('statement.preview')}</h2>
        <ApologyMeter parts={parts} t={t} />
        <ChannelTabs
          channel={channel}
          edited={(p) => draft.edits[p] !== undefined}
          onChoose={(p) => {
            setChannel(p);
            setEditing(false);
          }}
          t={t}
        />
        <Channel
          draft={draft}
          channel={channel}
          text={text}
          findings={findings}
          editing={editing}
          setEditing={setEditing}
          notice={notice}
          setNotice={setNotice}
          t={t}
        />
        <Findings text={text} findings={findings} t={t} />
        <Approval
          draft={draft}
          canApprove={texts.website !== ''}
          onApproved={() => setNotice(t('statement.approvedNotice'))}
          when={when}
          t={t}
        />
        <DraftActions draft={draft} when={when} t={t} />
      </section>
    </div>
  );
}
