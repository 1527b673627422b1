/** Names of the files the app offers to download: what they hold and when, sortable, safe on every system. */
export type ExportKind = 'all' | 'session' | 'set-aside';

/** `2026-11-24T10:05:33.000Z` → `2026-11-24-10-05` (UTC: the same instant gets the same name everywhere). */
export function fileStamp(now: Date): string {
  return now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
}

export function exportFileName(kind: ExportKind, now: Date): string {
  return `crisis-playbook-${kind}-${fileStamp(now)}.json`;
}

export function markdownFileName(now: Date): string {
  return `crisis-playbook-${fileStamp(now)}.md`;
}
