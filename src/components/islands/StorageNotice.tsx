import { useStore } from '@nanostores/preact';
import { $storageStatus, $unkept } from '../../stores/storage.ts';
import { downloadSetAside } from './download.ts';
import { useMounted } from './useMounted.ts';

export interface StorageNoticeLabels {
  'storage.quarantined': string;
  'storage.unavailable': string;
  'storage.writeFailed': string;
  'storage.unkept': string;
  'storage.download': string;
}

/** Tells the user, at once, when their progress cannot be read or saved (the checklists page offers the download of what could not be read). */
export function StorageNotice({ labels }: { labels: StorageNoticeLabels }) {
  const status = useStore($storageStatus);
  const unkept = useStore($unkept);
  const mounted = useMounted();
  // A value that could not even be set aside outranks every other notice: it is still at risk.
  const waiting = Object.values(unkept).some((u) => !u.downloaded);
  const message = !mounted
    ? ''
    : waiting
      ? labels['storage.unkept']
      : status === 'ok'
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
      {waiting && mounted ? (
        <>
          {' '}
          <button type="button" class="link-button" onClick={() => downloadSetAside()}>
            {labels['storage.download']}
          </button>
        </>
      ) : null}
    </p>
  );
}
