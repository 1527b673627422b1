import { exportFileName } from '../../lib/file-names.ts';
import { exportSetAside } from '../../stores/storage.ts';

/** Offers text as a file download (export). The only place islands create files. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads every value set aside (what could not be read); false when there is none. */
export function downloadSetAside(): boolean {
  const text = exportSetAside();
  if (text === null) return false;
  downloadText(exportFileName('set-aside', new Date()), text, 'application/json');
  return true;
}
