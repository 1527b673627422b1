import { describe, expect, it } from 'vitest';
import { dictionaries, isLocale, labelsFor, locales, otherLocale, useTranslations } from '../../src/i18n/index.ts';
import { translator } from '../../src/i18n/labels.ts';
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

describe('labelsFor', () => {
  it('gives exactly the keys named and those under a prefix, raw', () => {
    const labels = labelsFor('en', ['checklist.undo', 'storage.']);
    expect(Object.keys(labels).sort()).toEqual([
      'checklist.undo',
      'storage.download',
      'storage.quarantined',
      'storage.unavailable',
      'storage.unkept',
      'storage.writeFailed',
    ]);
    expect(labels['checklist.undo']).toBe(dictionaries.en['checklist.undo']);
  });

  it('a prefix takes the dotted family only, not a longer name that shares its start', () => {
    const keys = Object.keys(labelsFor('es', ['statement.field.']));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key.startsWith('statement.field.')).toBe(true);
    expect(keys).not.toContain('statement.form');
  });

  it('translator fills placeholders from the labels', () => {
    const t = translator(labelsFor('en', ['checklist.progress']));
    expect(t('checklist.progress', { done: 1, total: 5 })).toBe('1 of 5 done');
  });
});
