import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { formatPath, problemOf } from '../../../src/lib/schemas/issues.ts';

describe('import problems from schema issues', () => {
  const schema = v.strictObject({ a: v.strictObject({ b: v.number() }) });
  const first = (value: unknown) => {
    const result = v.safeParse(schema, value, { abortEarly: true });
    return result.success ? null : problemOf(result.issues);
  };

  it('calls a key the shape does not have an unknown field', () => {
    expect(first({ a: { b: 1, c: 2 } })).toEqual({ code: 'unknown-field', path: ['a', 'c'] });
  });

  it('calls a wrong value an invalid field', () => {
    expect(first({ a: { b: 'x' } })).toEqual({ code: 'invalid-field', path: ['a', 'b'] });
  });
});

describe('formatPath', () => {
  it('writes plain keys with dots and indexes in brackets', () => {
    expect(formatPath(['data', 'runs', 'r1', 'log', 0, 'at'])).toBe('data.runs.r1.log[0].at');
    expect(formatPath(['data', 'runs', 'r1', 'ticks', 'list/item'])).toBe('data.runs.r1.ticks.list/item');
  });

  it('quotes keys that hold dots, quotes or spaces', () => {
    expect(formatPath(['runs', 'a.b', 'x'])).toBe('runs["a.b"].x');
    expect(formatPath(['runs', 'say "hi"'])).toBe('runs["say \\"hi\\""]');
  });

  it('bounds every key and the whole path', () => {
    expect(formatPath(['runs', 'x'.repeat(600_000)])).toBe(`runs["${'x'.repeat(39)}…"]`);
    expect(formatPath(Array.from({ length: 100 }, () => 'abcdefgh')).length).toBe(160);
  });
});
