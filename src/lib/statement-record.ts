/**
 * The publishing record of a statement, pure: which versions went out. The time a statement
 * promises is read in ./promised-time.ts, "start the next update" is ./next-update.ts, the
 * approval request ./approval-message.ts: pages that only read or export drafts (checklists,
 * crisis mode) load this part only.
 */
import type { Draft, PublishedVersion } from './schemas/draft.ts';

/**
 * Every published version of a draft, oldest first. A draft published before versions were kept
 * (drafts version 1, or an older export) has `publishedAt` and `approval` but no version: it gets
 * one here, with its fields and no frozen words, so its record is never lost.
 */
export function recordedVersions(draft: Draft): PublishedVersion[] {
  // The incident banner reads drafts raw from storage, possibly still in version 1: no `versions`.
  const versions: PublishedVersion[] = Array.isArray(draft.versions) ? draft.versions : [];
  const last = versions[versions.length - 1];
  if (!draft.publishedAt || !draft.approval || last?.publishedAt === draft.publishedAt) return versions;
  return [
    ...versions,
    {
      number: (last?.number ?? 0) + 1,
      locale: draft.locale,
      input: draft.input,
      edits: draft.edits,
      texts: {},
      approval: draft.approval,
      publishedAt: draft.publishedAt,
      nextUpdateAt: null,
    },
  ];
}

export const latestPublished = (draft: Draft): PublishedVersion | undefined => recordedVersions(draft).at(-1);
