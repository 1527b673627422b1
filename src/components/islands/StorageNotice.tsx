import { useStore } from '@nanostores/preact';
import { $storageStatus } from '../../stores/storage.ts';
import { useMounted } from './useMounted.ts';

export interface StorageNoticeLabels {
  'storage.quarantined': string;
  'storage.unavailable': string;
  'storage.writeFailed': string;
}

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
