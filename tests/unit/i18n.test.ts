import { describe, expect, it } from 'vitest';
import { dictionaries, isLocale, locales, otherLocale, useTranslations } from '../../src/i18n/index.ts';
import { localizePath, paths, sections } from '../../src/i18n/routes.ts';

describe('dictionaries', () => {
  it('have exactly the same keys in every locale', () => {
    const [first, ...rest] = locales.map((l) => Object.keys(dictionaries[l]).sort());
    for (const keys of rest) expect(keys).toEqual(first);
  });

  it.each(locales)('%s has no empty string', (lang) => {
    for (const [key, value] of Object.entries(dictionaries[lang])) expect(value.trim(), key).not.toBe('');
  });

  it.each(locales)('%s keeps the placeholders of the other language', (lang) => {
    const other = dictionaries[otherLocale(lang)];
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(dictionaries[lang])) {
      expect(names(value), key).toEqual(names(other[key as keyof typeof other]));
    }
  });

  it('translates with placeholders', () => {
    expect(useTranslations('es')('checklist.progress', { done: 1, total: 5 })).toBe('1 de 5 hechos');
    expect(useTranslations('en')('checklist.progress', { done: 1, total: 5 })).toBe('1 of 5 done');
  });
});

describe('locales', () => {
  it.each([
    ['es', true],
    ['en', true],
    ['fr', false],
    [undefined, false],
    ['ES', false],
  ])('isLocale(%s) is %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});

describe('localizePath', () => {
  it.each([
    ['/es/', 'en', '/en/'],
    ['/es/guides/monitoring/', 'en', '/en/guides/monitoring/'],
    ['/en/checklists/', 'es', '/es/checklists/'],
    ['/en/search/', 'es', '/es/search/'],
    ['/es', 'en', '/en/'],
    ['/', 'en', '/en/'],
    ['/fr/guides/', 'es', '/es/'],
    ['/404.html', 'en', '/en/'],
  ] as const)('%s → %s gives %s', (from, to, expected) => {
    expect(localizePath(from, to)).toBe(expected);
  });

  it('every section path switches to its twin', () => {
    for (const s of sections) expect(localizePath(s.path('es'), 'en')).toBe(s.path('en'));
    expect(localizePath(paths.guide('en', 'response'), 'es')).toBe(paths.guide('es', 'response'));
  });
});
