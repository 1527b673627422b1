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

export function encodeEnvelope<T>(version: number, data: T): string {
  return JSON.stringify({ version, data } satisfies Envelope<T>);
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
