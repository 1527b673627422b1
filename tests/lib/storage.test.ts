import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, type EnvelopeSpec, encodeEnvelope } from '../../src/lib/storage.ts';

interface V3 {
  items: string[];
  owner: string;
}
const V3Schema: v.GenericSchema<unknown, V3> = v.object({ items: v.array(v.string()), owner: v.string() });

// A concern at version 3 with two migrations: v1 stored a comma-separated string,
// v2 stored an array, v3 adds an owner.
const spec: EnvelopeSpec<V3> = {
  version: 3,
  migrations: {
    1: (d) => String(d).split(',').filter(Boolean),
    2: (d) => ({ items: d, owner: 'unknown' }),
  },
  schema: V3Schema,
};

describe('storage envelope', () => {
  it('round-trips the current version', () => {
    const raw = encodeEnvelope(3, { items: ['a'], owner: 'Lucía' });
    expect(JSON.parse(raw)).toEqual({ version: 3, data: { items: ['a'], owner: 'Lucía' } });
    expect(decodeEnvelope(raw, spec)).toEqual({ ok: true, data: { items: ['a'], owner: 'Lucía' }, fromVersion: 3 });
  });

  it('upgrades a stored version-1 value through every migration', () => {
    const decoded = decodeEnvelope(JSON.stringify({ version: 1, data: 'x,y' }), spec);
    expect(decoded).toEqual({ ok: true, data: { items: ['x', 'y'], owner: 'unknown' }, fromVersion: 1 });
  });

  it.each([
    ['', 'not valid JSON'],
    ['{"version":3,"data":', 'not valid JSON'],
    ['null', 'not a versioned envelope'],
    ['[1,2]', 'not a versioned envelope'],
    ['{"items":[]}', 'not a versioned envelope'],
    ['{"version":"3","data":{}}', 'invalid version'],
    ['{"version":0,"data":{}}', 'invalid version'],
    ['{"version":1.5,"data":{}}', 'invalid version'],
    ['{"version":4,"data":{}}', 'written by a newer version (4)'],
    ['{"version":3,"data":{"items":"a","owner":"x"}}', 'data does not match the expected shape'],
    ['{"version":3,"data":{"items":["<script>alert(1)</script>"]}}', 'data does not match the expected shape'],
  ])('rejects %j: %s', (raw, reason) => {
    expect(decodeEnvelope(raw, spec)).toEqual({ ok: false, reason });
  });

  it('reports a missing migration instead of guessing', () => {
    const gap: EnvelopeSpec<V3> = { ...spec, migrations: { 2: spec.migrations[2] as (d: unknown) => unknown } };
    expect(decodeEnvelope('{"version":1,"data":"a"}', gap)).toEqual({
      ok: false,
      reason: 'no migration from version 1',
    });
  });

  it('reports a migration that throws', () => {
    const throwing: EnvelopeSpec<V3> = {
      ...spec,
      migrations: {
        ...spec.migrations,
        1: () => {
          throw new Error('boom');
        },
      },
    };
    expect(decodeEnvelope('{"version":1,"data":"a"}', throwing)).toEqual({
      ok: false,
      reason: 'migration from version 1 failed',
    });
  });
});
