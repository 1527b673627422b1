import { describe, expect, it } from 'vitest';
import { format } from '../../src/lib/format.ts';

describe('format', () => {
  it.each([
    ['{done} of {total} done', { done: 2, total: 7 }, '2 of 7 done'],
    ['no placeholders', {}, 'no placeholders'],
    ['{missing} stays', {}, '{missing} stays'],
    ['{a}{a}', { a: 'x' }, 'xx'],
    ['{toString}', {}, '{toString}'],
  ])('%s', (template, vars, expected) => {
    expect(format(template, vars)).toBe(expected);
  });
});
