/**
 * Evidence cards: checking what the user typed and the screenshot file they picked, before
 * anything is stored. Pure (SHA-256 through Web Crypto, present in browsers and Node).
 */
import * as v from 'valibot';
import { EvidenceCard, FAKE_SIGNS, type Screenshot } from '../schemas/incident.ts';

/** A screenshot larger than this is refused (a phone screenshot is usually well under 2 MB). */
export const SCREENSHOT_LIMIT = 8 * 1024 * 1024;
export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
/** Room we keep free on the device beyond the file itself. */
export const QUOTA_MARGIN = 1024 * 1024;

export type EvidenceError =
  | { code: 'missing'; field: 'handle-or-url' }
  | { code: 'bad-url' }
  | { code: 'bad-followers' }
  | { code: 'bad-time' }
  | { code: 'invalid'; path: string }
  | { code: 'file-type' }
  | { code: 'file-empty' }
  | { code: 'file-too-large'; limit: number }
  | { code: 'no-room'; needed: number; free: number };

export interface EvidenceForm {
  network: string;
  url: string;
  handle: string;
  displayName: string;
  followers: string;
  seenAt: string;
  text: string;
  fakeSigns: string[];
}

const signOrder = (sign: string) => {
  const i = (FAKE_SIGNS as readonly string[]).indexOf(sign);
  return i < 0 ? FAKE_SIGNS.length : i;
};

/**
 * Turns the form into a card, or says what is wrong. A card needs a handle or a post address;
 * the address, when given, must be http(s); followers, when given, a whole number.
 */
export function evidenceFromForm(
  form: EvidenceForm,
  init: { id: string; addedAt: string; screenshot: Screenshot | null },
): { ok: true; card: EvidenceCard } | { ok: false; error: EvidenceError } {
  const url = form.url.trim();
  const handle = form.handle.trim();
  if (!url && !handle) return { ok: false, error: { code: 'missing', field: 'handle-or-url' } };
  if (url) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) return { ok: false, error: { code: 'bad-url' } };
  }
  const followersText = form.followers.replace(/[\s.,]/g, '');
  if (followersText && !/^\d{1,12}$/.test(followersText)) return { ok: false, error: { code: 'bad-followers' } };
  const card = {
    id: init.id,
    addedAt: init.addedAt,
    network: form.network.trim().slice(0, 200),
    url,
    handle: handle.slice(0, 200),
    displayName: form.displayName.trim().slice(0, 200),
    followers: followersText ? Number(followersText) : null,
    seenAt: form.seenAt,
    text: form.text.trim().slice(0, 4000),
    screenshot: init.screenshot,
    // In the guide's order, each once: the same signs ticked in another order are the same card.
    // (an unknown sign stays, for the schema to refuse).
    fakeSigns: [...new Set(form.fakeSigns)].sort((a, b) => signOrder(a) - signOrder(b)),
    status: 'none' as const,
  };
  const checked = v.safeParse(EvidenceCard, card);
  if (!checked.success) {
    const path = v.getDotPath(checked.issues[0]) ?? '';
    return { ok: false, error: path === 'seenAt' ? { code: 'bad-time' } : { code: 'invalid', path } };
  }
  return { ok: true, card: checked.output };
}

/** Checks a picked file before reading it: an image of a kind we show, not empty, not too large. */
export function checkScreenshotFile(file: { type: string; size: number }): EvidenceError | null {
  if (!(SCREENSHOT_TYPES as readonly string[]).includes(file.type)) return { code: 'file-type' };
  if (file.size === 0) return { code: 'file-empty' };
  if (file.size > SCREENSHOT_LIMIT) return { code: 'file-too-large', limit: SCREENSHOT_LIMIT };
  return null;
}

/** Whether the device has room, from `navigator.storage.estimate()` (unknown quota: assume yes). */
export function checkRoom(size: number, estimate: { usage?: number; quota?: number } | null): EvidenceError | null {
  if (!estimate || typeof estimate.quota !== 'number') return null;
  const free = estimate.quota - (estimate.usage ?? 0);
  const needed = size + QUOTA_MARGIN;
  return free < needed ? { code: 'no-room', needed, free: Math.max(0, free) } : null;
}

/** Lowercase hex SHA-256 of some bytes. */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
