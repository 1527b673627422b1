import { CHANNEL_GROUPS, type ChannelGroup } from '../../../lib/statement/platforms.ts';
import type { Platform } from '../../../lib/statement/types.ts';
import type { Translate } from './labels.ts';

/**
 * The channels in their groups (short posts, long posts, website and e-mail): one toggle button
 * per channel, ✎ marking a channel edited by hand, and a "Copy all" per group that puts every
 * channel of the group on the clipboard at once, each under its name.
 */
export function ChannelTabs({
  channel,
  edited,
  filled,
  onChoose,
  onCopyAll,
  t,
}: {
  channel: Platform;
  edited: (p: Platform) => boolean;
  /** The channel has text to copy. */
  filled: (p: Platform) => boolean;
  onChoose: (p: Platform) => void;
  onCopyAll: (group: ChannelGroup, n: number) => void;
  t: Translate;
}) {
  return (
    <fieldset class="channel-groups">
      <legend class="visually-hidden">{t('statement.channels')}</legend>
      {(Object.keys(CHANNEL_GROUPS) as ChannelGroup[]).map((group) => {
        const members: readonly Platform[] = CHANNEL_GROUPS[group];
        const n = members.filter(filled).length;
        return (
          <fieldset key={group} class="channel-tabs">
            <legend>{t(`statement.group.${group}`)}</legend>
            {members.map((p) => (
              <button key={p} type="button" class="chip" aria-pressed={channel === p} onClick={() => onChoose(p)}>
                {t(`statement.channel.${p}`)}
                {edited(p) ? ' ✎' : ''}
              </button>
            ))}
            <button
              type="button"
              class="button-quiet button-small copy-all"
              disabled={n === 0}
              onClick={() => onCopyAll(group, n)}
            >
              {t('statement.copyAll', { n })}
            </button>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
