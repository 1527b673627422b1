import { useMemo, useState } from 'preact/hooks';
import { draftTexts } from '../../../lib/draft-text.ts';
import type { Draft } from '../../../lib/drafts.ts';
import { meter } from '../../../lib/statement/coverage.ts';
import type { Finding } from '../../../lib/statement/lint.ts';
import { type ChannelGroup, groupText } from '../../../lib/statement/platforms.ts';
import type { Platform } from '../../../lib/statement/types.ts';
import { ApologyMeter } from './ApologyMeter.tsx';
import { Approval } from './Approval.tsx';
import { Channel } from './Channel.tsx';
import { ChannelTabs } from './ChannelTabs.tsx';
import { copyText } from './copy.ts';
import { DraftActions } from './DraftActions.tsx';
import { Findings } from './Findings.tsx';
import type { DraftPartProps } from './labels.ts';
import { useDrillClock } from './useDrillClock.ts';
import { useLazy } from './useLazy.ts';
import { useXCounter } from './useXCounter.ts';

/** The linter and the thread splitter: their own chunk, loaded on the first keystroke. */
const loadReview = () => import('./review.ts');
const NONE: Finding[] = [];

/**
 * The statement as composed in its language: meter, channels (grouped, "Copy all" per group),
 * review, approval and export. The review (findings, threads) appears once `engaged`.
 */
export function StatementOutput({
  draft,
  settled,
  wording,
  apology,
  channel,
  onChannel,
  editing,
  setEditing,
  engaged,
  when,
  t,
}: DraftPartProps & {
  /** The draft as it was when typing last paused: what the heavy work runs on. */
  settled: Draft;
  apology: boolean;
  channel: Platform;
  onChannel: (p: Platform) => void;
  editing: boolean;
  setEditing: (editing: boolean) => void;
  /** The user has typed or tapped: load the linter and the thread splitter. */
  engaged: boolean;
}) {
  const [notice, setNotice] = useState('');
  // Approving and publishing happen here: during a drill, on its clock.
  useDrillClock();
  const xExact = useXCounter(engaged || channel === 'x');
  // Composed again once X counts exactly: which version fits one post on X depends on it.
  const texts = useMemo(() => draftTexts(settled, wording), [settled, wording, xExact]);
  const text = texts[channel];
  const review = useLazy(loadReview, engaged);
  const tools = review.status === 'ready' ? review.value : null;
  const findings = useMemo(
    () =>
      tools?.lintStatement(text, wording, {
        platform: channel,
        kind: settled.input.kind,
        apology,
        promise: settled.input.promise === true,
      }) ?? NONE,
    [tools, text, channel, wording, settled.input.kind, settled.input.promise, apology],
  );
  const thread = useMemo(() => tools?.threadFor(text, channel) ?? [], [tools, text, channel]);
  const name = (p: Platform) => t(`statement.channel.${p}`);
  const copyAll = async (group: ChannelGroup, n: number) =>
    setNotice(
      (await copyText(groupText(texts, group, name))) ? t('statement.copiedAll', { n }) : t('statement.copyFailed'),
    );
  // Only the user's own words count: the form's fields, or the hand-edited website text.
  const parts = useMemo(
    () => meter(settled.input, wording, settled.edits.website),
    [settled.input, settled.edits.website, wording],
  );

  return (
    <>
      <ApologyMeter result={parts} t={t} />
      <ChannelTabs
        channel={channel}
        edited={(p) => draft.edits[p] !== undefined}
        filled={(p) => texts[p].trim() !== ''}
        onChoose={onChannel}
        onCopyAll={copyAll}
        t={t}
      />
      <Channel
        draft={draft}
        channel={channel}
        locale={wording.locale}
        text={text}
        findings={findings}
        thread={thread}
        exact={channel !== 'x' || xExact}
        editing={editing}
        setEditing={setEditing}
        notice={notice}
        setNotice={setNotice}
        t={t}
      />
      {tools ? (
        <Findings text={text} findings={findings} t={t} />
      ) : (
        <p class="muted review-pending">{t('statement.reviewPending')}</p>
      )}
      <Approval
        draft={draft}
        texts={texts}
        current={settled === draft}
        wording={wording}
        canApprove={texts.website !== ''}
        onApproved={() => setNotice(t('statement.approvedNotice'))}
        when={when}
        t={t}
      />
      <DraftActions draft={draft} wording={wording} when={when} t={t} />
    </>
  );
}
