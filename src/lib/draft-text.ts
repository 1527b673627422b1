/**
 * What a draft says on each channel, and a draft as Markdown. Apart from src/lib/drafts.ts so
 * that pages which only manage drafts (clear all) do not load the statement templates.
 */
import type { Draft } from './drafts.ts';
import { compose } from './statement/compose.ts';
import { PLATFORM_IDS, type Platform } from './statement/types.ts';
import type { StatementWording } from './statement/wording.ts';

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
}

/** A draft as Markdown, every channel's text under its name, with its approval record. */
export function draftToMarkdown(
  draft: Draft,
  wording: StatementWording,
  labels: DraftMarkdownLabels,
  formatTime: (iso: string) => string,
): string {
  const texts = draftTexts(draft, wording);
  const line = (t: string) => t.replace(/\r\n?/g, '\n');
  const out = [`# ${draft.name.replace(/\s+/g, ' ')}`, ''];
  out.push(
    draft.approval
      ? `- ${labels.approvedBy.replace('{name}', draft.approval.name).replace('{role}', draft.approval.role).replace('{time}', formatTime(draft.approval.at))}`
      : `- ${labels.notApproved}`,
    `- ${draft.publishedAt ? labels.publishedAt.replace('{time}', formatTime(draft.publishedAt)) : labels.notPublished}`,
  );
  for (const p of PLATFORM_IDS) {
    if (!texts[p].trim()) continue;
    // A fenced block keeps the text exactly as it will be published, whatever it contains.
    const fence = '`'.repeat(Math.max(3, ...[...texts[p].matchAll(/`+/g)].map((m) => m[0].length + 1)));
    out.push('', `## ${labels.channels[p]}`, '', `${fence}text`, line(texts[p]), fence);
  }
  return `${out.join('\n')}\n`;
}
