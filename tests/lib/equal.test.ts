import { describe, expect, it } from 'vitest';
import { sameValue } from '../../src/lib/equal.ts';

describe('sameValue', () => {
  it('is true for equal JSON-like values built apart', () => {
    const shared = { ticks: { 'a/b': '2026-11-24T10:00:00.000Z' } };
    expect(
      sameValue(
        { runs: { x: shared }, n: 1, list: [1, 'two', null] },
        { list: [1, 'two', null], n: 1, runs: { x: { ...shared } } },
      ),
    ).toBe(true);
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });

  it('is false for any difference, however deep', () => {
    expect(sameValue({ a: { b: [1, 2] } }, { a: { b: [1, 3] } })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue([1, 2], [1])).toBe(false);
    expect(sameValue({ a: null }, { a: {} })).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });

  it('looks at own keys only ("constructor" is data, not Object’s)', () => {
    expect(sameValue({ constructor: 1 }, { toString: 1 })).toBe(false);
    expect(sameValue(JSON.parse('{"__proto__": 1}'), JSON.parse('{"__proto__": 1}'))).toBe(true);
  });
});
