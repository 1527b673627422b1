/**
 * The storage envelope: every stored concern is `{ "version": N, "data": … }` as JSON.
 *
 * Reading goes through `decodeEnvelope`, which parses, upgrades old versions one step at a time
 * with the concern's migrations, and validates the result. It never throws: a value it cannot
 * read comes back as `{ ok: false, reason }` so the caller can quarantine the raw text and start
 * clean. Nesting is bounded before parsing (src/lib/json.ts). Pure: no storage access here (see
 * src/stores for that).
 */
import * as v from 'valibot';
import { parseJson } from './json.ts';

export interface Envelope<T> {
  version: number;
  data: T;
}

export interface EnvelopeSpec<T> {
  /** The version this code writes. */
  version: number;
  /** `migrations[n]` upgrades data of version n to version n + 1. */
  migrations: Record<number, (data: unknown) => unknown>;
  /** The concern's schema (src/lib/schemas/): what a stored value must be, after migration. */
  schema: v.GenericSchema<unknown, T>;
}

export type Decoded<T> = { ok: true; data: T; fromVersion: number } | { ok: false; reason: string };

/**
 * Which write made a stored value (`rev`) and which stored value that write started from
 * (`base`): a tab that sees a value whose base is not the last one it wrote knows the other tab
 * missed its write, and applies its own changes again on top (see src/stores/storage.ts).
 */
export interface Revision {
  rev: string;
  base: string | null;
}

export function encodeEnvelope<T>(version: number, data: T, revision?: Revision): string {
  return JSON.stringify(revision ? { ...revision, version, data } : ({ version, data } satisfies Envelope<T>));
}

const REVISION = /^\{"rev":"([\w-]{1,64})","base":(?:null|"([\w-]{1,64})")/;

/** The revision written at the head of an envelope, if any. */
export function revisionOf(raw: string): Revision | null {
  const match = REVISION.exec(raw);
  return match?.[1] ? { rev: match[1], base: match[2] ?? null } : null;
}

export function decodeEnvelope<T>(raw: string, spec: EnvelopeSpec<T>): Decoded<T> {
  const json = parseJson(raw);
  if (!json.ok) return { ok: false, reason: json.reason === 'too-deep' ? 'nested too deeply' : 'not valid JSON' };
  const parsed = json.value;
  if (typeof parsed !== 'object' || parsed === null || !('version' in parsed) || !('data' in parsed)) {
    return { ok: false, reason: 'not a versioned envelope' };
  }
  const fromVersion = parsed.version;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1) {
    return { ok: false, reason: 'invalid version' };
  }
  if (fromVersion > spec.version) {
    return { ok: false, reason: `written by a newer version (${fromVersion})` };
  }
  let data: unknown = parsed.data;
  for (let v = fromVersion; v < spec.version; v++) {
    const migrate = spec.migrations[v];
    if (!migrate) return { ok: false, reason: `no migration from version ${v}` };
    try {
      data = migrate(data);
    } catch {
      return { ok: false, reason: `migration from version ${v} failed` };
    }
  }
  const checked = v.safeParse(spec.schema, data);
  if (!checked.success) return { ok: false, reason: 'data does not match the expected shape' };
  return { ok: true, data: checked.output, fromVersion };
}
