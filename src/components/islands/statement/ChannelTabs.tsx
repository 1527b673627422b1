import { PLATFORM_IDS, type Platform } from '../../../lib/statement/types.ts';
import type { Translate } from './labels.ts';

/** One toggle button per channel; ✎ marks a channel edited by hand. */
export function ChannelTabs({
  channel,
  edited,
  onChoose,
  t,
}: {
  channel: Platform;
  edited: (p: Platform) => boolean;
  onChoose: (p: Platform) => void;
  t: Translate;
}) {
  return (
    <fieldset class="channel-tabs">
      <legend class="visually-hidden">{t('statement.channels')}</legend>
      {PLATFORM_IDS.map((p) => (
        <button key={p} type="button" class="chip" aria-pressed={channel === p} onClick={() => onChoose(p)}>
          {t(`statement.channel.${p}`)}
          {edited(p) ? ' ✎' : ''}
        </button>
      ))}
    </fieldset>
  );
}
