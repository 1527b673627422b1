import { describe, expect, it } from 'vitest';
import { asCatalog, buildCatalog, mayAllMatch, wordStart } from '../../src/lib/search-catalog.ts';
import { asPlan, planPlaceholder, type SearchPlan, writePlans } from '../../src/lib/search-plan.ts';

describe('buildCatalog', () => {
  it('keeps each record’s kind, title, address and list, and the starts of its words', () => {
    const catalog = buildCatalog(
      new Map([
        [
          'es_1',
          {
            url: '/es/guides/a/',
            content: 'Gestión de crisis, ya',
            meta: { title: 'A' },
            filters: { kind: ['guide'] },
          },
        ],
        [
          'es_2',
          {
            url: '/es/checklists/#l--i',
            content: 'Aviso',
            meta: { title: 'I', list: 'L' },
            filters: { kind: ['checklist'] },
          },
        ],
        ['es_3', { url: '/es/other/', content: 'zzz', meta: { title: 'O' }, filters: { kind: ['page'] } }],
      ]),
    );
    expect(catalog.rows).toEqual({
      es_1: ['guide', 'A', '/es/guides/a/'],
      es_2: ['checklist', 'I', '/es/checklists/#l--i', 'L'],
    });
    expect(catalog.starts).toBe('avi cri de ges ya');
  });
});

describe('mayAllMatch', () => {
  const starts = new Set(['cri', 'ges', 'x']);
  it('holds when every word starts like a word of the site, accents and case aside', () => {
    expect(mayAllMatch(['Gestión', 'CRISIS'], starts)).toBe(true);
    expect(mayAllMatch(['cr'], starts)).toBe(true);
    expect(mayAllMatch(['x'], starts)).toBe(true);
  });
  it('fails for a word no word of the site starts like', () => {
    expect(mayAllMatch(['xyzzy', 'crisis'], starts)).toBe(false);
    expect(mayAllMatch(['q'], starts)).toBe(false);
  });
  it('compares the first three letters', () => {
    expect(wordStart('¿Qué?')).toBe('que');
  });
});

describe('asCatalog', () => {
  it('accepts a catalog and refuses anything else', () => {
    const ok = { rows: { a: ['guide', 'T', '/u/'] }, starts: 'abc' };
    expect(asCatalog(ok)).toEqual(ok);
    expect(asCatalog({ rows: { a: ['nope', 'T', '/u/'] }, starts: '' })).toBeUndefined();
    expect(asCatalog({ rows: {} })).toBeUndefined();
    expect(asCatalog('x')).toBeUndefined();
    expect(asCatalog(null)).toBeUndefined();
  });
});

describe('search plan', () => {
  const plan: SearchPlan = {
    tag: 't1',
    files: ['pagefind-entry.json?ts=t1', 'index/en_1.pf_index'],
    catalog: 'c.json',
  };

  it('is written into each page for its language and read back', () => {
    const html = `<dialog data-pagefind="${planPlaceholder('en')}"></dialog><i data-pagefind="${planPlaceholder('fr')}">`;
    const written = writePlans(html, { en: plan });
    expect(written).toContain('data-pagefind="{&quot;tag&quot;:&quot;t1&quot;');
    expect(written).toContain('"@pagefind:fr"'); // no plan for it: left as it was
    const attr = /data-pagefind="([^"]*)"/.exec(written)?.[1] ?? '';
    expect(asPlan(attr.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))).toEqual(plan);
  });

  it('is absent where the build wrote none', () => {
    expect(asPlan(planPlaceholder('en'))).toBeUndefined();
    expect(asPlan(undefined)).toBeUndefined();
    expect(asPlan('{"tag":1}')).toBeUndefined();
    expect(asPlan('{oops')).toBeUndefined();
  });
});
