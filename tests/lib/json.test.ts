import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds, MAX_JSON_DEPTH, parseJson } from '../../src/lib/json.ts';

describe('bounded JSON', () => {
  it('parses what the app writes', () => {
    expect(parseJson('{"a":[{"b":"[[[[{{{{"}]}')).toEqual({ ok: true, value: { a: [{ b: '[[[[{{{{' }] } });
  });

  it('measures depth outside strings only, escaped quotes included', () => {
    expect(jsonDepthExceeds(`"${'['.repeat(100)}"`)).toBe(false);
    expect(jsonDepthExceeds(`["\\"${'['.repeat(100)}"]`)).toBe(false);
    expect(jsonDepthExceeds('['.repeat(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonDepthExceeds('['.repeat(MAX_JSON_DEPTH + 1))).toBe(true);
  });

  it('refuses deep nesting before parsing, and bad JSON without throwing', () => {
    expect(parseJson(`${'['.repeat(500_000)}${']'.repeat(500_000)}`)).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseJson('{"a":')).toEqual({ ok: false, reason: 'not-json' });
  });
});
