import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, expandQuery, normalizeQuery, searchWords } from '../../src/lib/search.ts';

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

describe('expandQuery', () => {
  it.each([
    ['es', 'cuenta falsa', 'perfil falso'],
    ['es', 'Cuentas FALSAS en X', 'perfil falso en X'],
    ['es', 'nota de prensa', 'comunicado'],
    ['es', 'gestión', 'gestión'],
    ['es', 'perdón', 'disculpa'],
    ['es', 'Monitorización en redes', 'monitoreo en redes'],
    ['es', 'evidencias', 'pruebas'],
    ['es', 'fake account', 'perfil falso'],
    ['es', 'métricas de alcance', 'alcance de alcance'],
    ['en', 'fake account', 'fake profile'],
    ['en', 'Press release draft', 'statement draft'],
    ['en', 'post mortem', 'after-action review'],
    ['en', 'perfil falso', 'fake profile'],
    ['en', 'troll', 'troll'],
    ['en', '  sorry  ', 'apology'],
    ['en', 'falsa', 'falsa'],
  ] as const)('%s: %s → %s', (lang, query, expected) => {
    expect(expandQuery(query, lang)).toBe(expected);
  });

  it('prefers the longest phrase', () => {
    expect(expandQuery('comunicado de espera', 'en')).toBe('holding statement');
  });
});

describe('searchWords', () => {
  it.each([
    ['es', 'qué hago si un periodista llama', ['periodista', 'llama']],
    ['es', 'Qué hacer primero', ['primero', 'juego']],
    ['es', 'cuenta falsa', ['perfil', 'falso']],
    ['es', 'sin comentarios', ['sin', 'comentarios']],
    ['es', 'cuándo pedir perdón', ['cuándo', 'pedir', 'perdón']],
    ['en', 'what do I do first', ['first', 'stake']],
    ['en', 'who approves', ['approves']],
    ['en', 'not an apology', ['non-apology']],
    ['en', 'when to apologize', ['when', 'apology']],
    ['en', 'no comment', ['no', 'comment']],
  ] as const)('%s: %s → %j', (lang, query, expected) => {
    expect(searchWords(query, lang)).toEqual(expected);
  });

  it('searches a query made only of stop words as typed', () => {
    expect(searchWords('de la', 'es')).toEqual(['de', 'la']);
    expect(searchWords('what', 'en')).toEqual(['what']);
  });
});
