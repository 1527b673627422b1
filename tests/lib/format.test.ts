import { describe, expect, it } from 'vitest';
import { format, formatDate } from '../../src/lib/format.ts';

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

describe('formatDate', () => {
  // Built from local parts, so the expectations hold in any time zone the tests run in.
  const moment = new Date(2026, 10, 24, 9, 5);

  it('shows a date and time by default, in the language asked for', () => {
    const en = formatDate(moment, 'en');
    const es = formatDate(moment, 'es');
    expect(en).toContain('2026');
    expect(en).toContain('Nov');
    expect(es).toContain('nov');
    expect(en).toMatch(/9:05/);
    expect(es).toMatch(/9:05/);
  });

  it('takes an ISO string, a number or a Date alike', () => {
    const iso = moment.toISOString();
    expect(formatDate(iso, 'en')).toBe(formatDate(moment, 'en'));
    expect(formatDate(moment.getTime(), 'en')).toBe(formatDate(moment, 'en'));
  });

  it('shows only the date, or only the time with two-digit hours', () => {
    expect(formatDate(moment, 'en', 'date')).not.toMatch(/9:05/);
    expect(formatDate(moment, 'en', 'date')).toContain('2026');
    expect(formatDate(moment, 'es', 'time')).toBe('09:05');
  });

  it('shows a value that is not a date as it is instead of throwing', () => {
    expect(formatDate('not a date', 'es')).toBe('not a date');
  });
});
