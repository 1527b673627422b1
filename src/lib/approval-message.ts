/**
 * The approval request: the exact text of every channel, for the approver, through the device's
 * share sheet or a mail link. Pure; nothing here sends anything.
 */
import { PLATFORM_IDS, type Platform } from './statement/types.ts';

export interface ApprovalMessageWords {
  /** The subject, the statement's name already in it. */
  subject: string;
  /** A line before the channels: who it is for, what to answer. */
  intro: string;
  channels: Record<Platform, string>;
}

/** The approval request: every channel's exact text under its name, nothing else added to it. */
export function approvalMessage(
  texts: Readonly<Record<Platform, string>>,
  words: ApprovalMessageWords,
): { subject: string; body: string } {
  const parts = [words.intro];
  for (const p of PLATFORM_IDS) {
    if (!texts[p].trim()) continue;
    parts.push('', `== ${words.channels[p]} ==`, texts[p]);
  }
  return { subject: words.subject, body: parts.join('\n') };
}

/** A `mailto:` link with that subject and body (RFC 6068: every reserved character escaped; line breaks as CRLF). */
export function mailtoHref(message: { subject: string; body: string }): string {
  const body = message.body.replace(/\r?\n/g, '\r\n');
  return `mailto:?subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(body)}`;
}
