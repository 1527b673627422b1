import { useMemo, useState } from 'preact/hooks';
import { draftTexts } from '../../../lib/draft-text.ts';
import type { Draft } from '../../../lib/drafts.ts';
import { meter } from '../../../lib/statement/coverage.ts';
import { lintStatement } from '../../../lib/statement/lint.ts';
import type { Platform } from '../../../lib/statement/types.ts';
import type { StatementWording } from '../../../lib/statement/wording.ts';
import { ApologyMeter } from './ApologyMeter.tsx';
import { Approval } from './Approval.tsx';
import { Channel } from './Channel.tsx';
import { ChannelTabs } from './ChannelTabs.tsx';
import { DraftActions } from './DraftActions.tsx';
import { Findings } from './Findings.tsx';
import type { Translate } from './labels.ts';

/** The statement as composed in its language: meter, channels, review, approval and export. */
export function StatementOutput({
  draft,
  settled,
  wording,
  apology,
  channel,
  onChannel,
  editing,
  setEditing,
  when,
  t,
}: {
  draft: Draft;
  /** The draft as it was when typing last paused: what the heavy work runs on. */
  settled: Draft;
  wording: StatementWording;
  apology: boolean;
  channel: Platform;
  onChannel: (p: Platform) => void;
  editing: boolean;
  setEditing: (editing: boolean) => void;
  when: (iso: string) => string;
  t: Translate;
}) {
  const [notice, setNotice] = useState('');
  const texts = useMemo(() => draftTexts(settled, wording), [settled, wording]);
  const text = texts[channel];
  const findings = useMemo(
    () =>
      lintStatement(text, wording, {
        platform: channel,
        kind: settled.input.kind,
        apology,
        promise: settled.input.promise === true,
      }),
    [text, channel, wording, settled.input.kind, settled.input.promise, apology],
  );
  // Only the user's own words count: the form's fields, or the hand-edited website text.
  const parts = useMemo(
    () => meter(settled.input, wording, settled.edits.website),
    [settled.input, settled.edits.website, wording],
  );

  return (
    <>
      <ApologyMeter result={parts} t={t} />
      <ChannelTabs channel={channel} edited={(p) => draft.edits[p] !== undefined} onChoose={onChannel} t={t} />
      <Channel
        draft={draft}
        channel={channel}
        locale={wording.locale}
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
      <DraftActions draft={draft} wording={wording} when={when} t={t} />
    </>
  );
}
