import { useStore } from '@nanostores/preact';
import type { Labels } from '../../i18n/labels.ts';
import { $storageStatus } from '../../stores/storage.ts';
import { useMounted } from './useMounted.ts';

export type StorageNoticeLabels = Labels<'storage.'>;

/** Tells the user, at once, when their progress cannot be read or saved. */
export function StorageNotice({ labels }: { labels: StorageNoticeLabels }) {
  const status = useStore($storageStatus);
  const mounted = useMounted();
  const message =
    !mounted || status === 'ok'
      ? ''
      : labels[
          status === 'quarantined'
            ? 'storage.quarantined'
            : status === 'unavailable'
              ? 'storage.unavailable'
              : 'storage.writeFailed'
        ];
  return (
    <p class="storage-notice" role="alert" hidden={!message}>
      {message}
    </p>
  );
}
