/**
 * Hand-over: one incident as a JSON file, with its checklist session, its statement drafts and
 * its screenshots (base64, each with its SHA-256), so a colleague can import it and carry on.
 *
 *   { "format": "crisis-playbook/incident", "version": 1, "exportedAt": ISO,
 *     "incident": Incident, "run": Session | null, "drafts": Draft[],
 *     "screenshots": [{ "blobId", "sha256", "type", "base64" }] }
 *
 * Reading is strict, as for runs (src/lib/transfer.ts, whose error codes and wording we reuse):
 * a file that is not ours, from a newer version, with an unknown or malformed field, or whose
 * screenshot does not match its hash is refused whole, and nothing changes.
 */
import * as v from 'valibot';
import type { Draft } from '../drafts.ts';
import { IdSchema } from '../schemas/common.ts';
import { DraftSchema } from '../schemas/draft.ts';
import { INCIDENTS_VERSION, Incident } from '../schemas/incident.ts';
import { problemOf } from '../schemas/issues.ts';
import { SessionSchema } from '../schemas/session.ts';
import type { Session } from '../sessions.ts';
import type { ImportError } from '../transfer.ts';
import { sha256Hex } from './evidence.ts';

export const INCIDENT_FORMAT = 'crisis-playbook/incident';
/** Screenshots make these files larger than a runs export. */
export const MAX_INCIDENT_BYTES = 60 * 1024 * 1024;

const ScreenshotFile = v.strictObject({
  blobId: IdSchema,
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  type: v.string(),
  base64: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});

const IncidentFile = v.strictObject({
  format: v.literal(INCIDENT_FORMAT),
  version: v.literal(INCIDENTS_VERSION),
  exportedAt: v.string(),
  incident: Incident,
  run: v.nullable(SessionSchema),
  drafts: v.array(DraftSchema),
  screenshots: v.array(ScreenshotFile),
});
export type IncidentFile = v.InferOutput<typeof IncidentFile>;

export function exportIncident(
  incident: Incident,
  run: Session | null,
  drafts: Draft[],
  screenshots: IncidentFile['screenshots'],
  now: string,
): string {
  const file: IncidentFile = {
    format: INCIDENT_FORMAT,
    version: INCIDENTS_VERSION,
    exportedAt: now,
    incident,
    run,
    drafts,
    screenshots,
  };
  return JSON.stringify(file, null, 2);
}

export type IncidentImport = { ok: true; file: IncidentFile } | ({ ok: false } & ImportError);

export async function parseIncidentImport(text: string): Promise<IncidentImport> {
  if (text.length > MAX_INCIDENT_BYTES) return { ok: false, code: 'too-large', limit: MAX_INCIDENT_BYTES };
  if (!text.trim()) return { ok: false, code: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, code: 'not-json' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== INCIDENT_FORMAT) {
    return { ok: false, code: 'not-ours' };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > INCIDENTS_VERSION) return { ok: false, code: 'newer-version', version };
  const parsed = v.safeParse(IncidentFile, raw, { abortEarly: true });
  if (!parsed.success) return { ok: false, ...problemOf(parsed.issues) };
  const file = parsed.output;
  if (file.run && file.run.id !== file.incident.runId) return { ok: false, code: 'invalid-field', path: ['run', 'id'] };
  for (const [i, shot] of file.screenshots.entries()) {
    const bytes = base64ToBytes(shot.base64);
    if (!bytes || (await sha256Hex(bytes)) !== shot.sha256) {
      return { ok: false, code: 'invalid-field', path: ['screenshots', i, 'sha256'] };
    }
  }
  return { ok: true, file };
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
