import type { Labels } from '../../i18n/labels.ts';
import { $storageStatus, $unkept } from '../../stores/storage.ts';
import { useMounted } from './useMounted.ts';
import { useStore } from './useStore.ts';

export type StorageNoticeLabels = Labels<'storage.'>;

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
          <button
            type="button"
            class="link-button" // Rarely needed: the download code loads on the click, not with every checklist.
            onClick={() => void import('./download.ts').then((m) => m.downloadSetAside())}
          >
            {labels['storage.download']}
          </button>
        </>
      ) : null}
    </p>
  );
}
