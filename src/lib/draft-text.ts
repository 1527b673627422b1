/**
 * What a draft says on each channel, and a draft as Markdown. Apart from src/lib/drafts.ts so
 * that pages which only manage drafts (clear all) do not load the statement templates.
 */
import type { Draft } from './drafts.ts';
import { format } from './format.ts';
import { mdDocument, mdFence, mdText } from './markdown/write.ts';
import { compose } from './statement/compose.ts';
import { PLATFORM_IDS, type Platform } from './statement/types.ts';
import type { StatementWording } from './statement/wording.ts';
import { recordedVersions } from './statement-record.ts';

/** The text of every channel: what the form composes, with the user's own edits on top. `wording` is the draft's language's. */
export function draftTexts(draft: Draft, wording: StatementWording): Record<Platform, string> {
  const composed = compose(draft.input, wording);
  return Object.fromEntries(PLATFORM_IDS.map((p) => [p, draft.edits[p] ?? composed[p]])) as Record<Platform, string>;
}

export interface DraftMarkdownLabels {
  channels: Record<Platform, string>;
  approvedBy: string;
  notApproved: string;
  publishedAt: string;
  notPublished: string;
  /** The versions that went out: a heading, "Version {number}" and "published on {time}". */
  history?: { heading: string; version: string; published: string };
}

/** A draft as Markdown, every channel's text under its name, with its approval record. */
export function draftToMarkdown(
  draft: Draft,
  wording: StatementWording,
  labels: DraftMarkdownLabels,
  formatTime: (iso: string) => string,
): string {
  const texts = draftTexts(draft, wording);
  const out = [`# ${mdText(draft.name)}`, ''];
  const { approval } = draft;
  out.push(
    approval
      ? `- ${format(labels.approvedBy, { name: mdText(approval.name), role: mdText(approval.role), time: formatTime(approval.at) })}`
      : `- ${labels.notApproved}`,
    `- ${draft.publishedAt ? format(labels.publishedAt, { time: formatTime(draft.publishedAt) }) : labels.notPublished}`,
  );
  for (const p of PLATFORM_IDS) {
    if (!texts[p].trim()) continue;
    // A fenced block keeps the text exactly as it will be published, whatever it contains.
    out.push('', `## ${labels.channels[p]}`, '', ...mdFence(texts[p]));
  }
  const versions = recordedVersions(draft);
  if (labels.history && versions.length) {
    const h = labels.history;
    out.push('', `## ${h.heading}`, '');
    for (const v of versions)
      out.push(
        `- ${format(h.version, { number: v.number })}: ${format(h.published, { time: formatTime(v.publishedAt) })}. ${format(
          labels.approvedBy,
          { name: mdText(v.approval.name), role: mdText(v.approval.role), time: formatTime(v.approval.at) },
        )}`,
      );
  }
  return mdDocument(out);
}
