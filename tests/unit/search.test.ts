import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, normalizeQuery } from '../../src/lib/search.ts';

describe('excerptParts', () => {
  it('splits marked words from plain text', () => {
    expect(excerptParts('Un <mark>perfil</mark> falso y otro <mark>perfil</mark>.')).toEqual([
      { text: 'Un ', mark: false },
      { text: 'perfil', mark: true },
      { text: ' falso y otro ', mark: false },
      { text: 'perfil', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('decodes entities into text, never into markup', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>caf&eacute;</mark>')).toEqual([
      { text: '<script>alert(1)</script> & ', mark: false },
      { text: 'caf&eacute;', mark: true },
    ]);
  });

  it('drops any tag other than mark', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>hola <b>mundo</b>')).toEqual([
      { text: 'hola mundo', mark: false },
    ]);
  });

  it('handles an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&#39;', "'"],
    ['&#x27;', "'"],
    ['&#241;', 'ñ'],
    ['&#0;', '&#0;'],
    ['&#x110000;', '&#x110000;'],
    ['&unknown;', '&unknown;'],
  ])('%s → %s', (input, out) => {
    expect(decodeEntities(input)).toBe(out);
  });
});

describe('normalizeQuery', () => {
  it('trims, collapses and bounds', () => {
    expect(normalizeQuery('  perfil \n falso ')).toBe('perfil falso');
    expect(normalizeQuery('x'.repeat(100_000))).toHaveLength(200);
  });
});
