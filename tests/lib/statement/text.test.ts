import { describe, expect, it } from 'vitest';
import { capitalise, cleanField, fold, lowerStart, toOriginal } from '../../../src/lib/statement/text.ts';

describe('fold', () => {
  it.each([
    ['Perdón', 'perdon'],
    ['LAMENTAMOS', 'lamentamos'],
    ['Ñandú', 'nandu'],
    ['we’re', "we're"],
    ['se\u200bcometieron', 'secometieron'],
    ['İstanbul', 'istanbul'],
    ['😀', '😀'],
  ])('%s → %s', (text, folded) => {
    expect(fold(text).text).toBe(folded);
  });

  it('maps folded offsets back to the original text', () => {
    const text = '😀 Perdón\u200b si';
    const f = fold(text);
    const from = f.text.indexOf('perdon');
    const to = f.text.indexOf('si') + 2;
    const { start, end } = toOriginal(f, from, to);
    expect(text.slice(start, end)).toBe('Perdón\u200b si');
  });

  it('survives lone surrogates', () => {
    expect(fold('a\ud800b').text).toBe('a\ud800b');
  });
});

describe('fields', () => {
  it.each<[unknown, string]>([
    ['  some orders.  ', 'some orders'],
    ['line\n\nbreaks\tand  spaces', 'line breaks and spaces'],
    ['ends with a colon:', 'ends with a colon'],
    ['…', ''],
    [' . , ', ''],
    ['\u200b\u200b', ''],
    ['ok!', 'ok!'],
    ['¿qué?', '¿qué?'],
    ['😀', '😀'],
    [undefined, ''],
    [42, ''],
    [null, ''],
  ])('cleanField(%j) → %j', (value, expected) => {
    expect(cleanField(value)).toBe(expected);
  });

  it.each([
    ['some orders', 'Some orders'],
    ['iOS users', 'iOS users'],
    ['eBay orders', 'eBay orders'],
    ['example.com is down', 'example.com is down'],
    ['@cafe wrote', '@cafe wrote'],
    ['ñu', 'Ñu'],
    ['Already', 'Already'],
    ['123 orders', '123 orders'],
  ])('capitalise(%j) → %j', (text, expected) => {
    expect(capitalise(text)).toBe(expected);
  });

  const common = new Set(['some', 'we', 'los']);
  it.each([
    ['Some orders', 'some orders'],
    ['We are closing', 'we are closing'],
    ['Los clientes', 'los clientes'],
    ['Madrid customers', 'Madrid customers'],
    ['SOME ORDERS', 'SOME ORDERS'],
    ['Café Lumbre', 'Café Lumbre'],
  ])('lowerStart(%j) → %j', (text, expected) => {
    expect(lowerStart(text, common)).toBe(expected);
  });
});
