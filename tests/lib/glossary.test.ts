import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { ALPHABETS, alphabetIndex, letterOf } from '../../src/lib/glossary.ts';
import { createSlugger } from '../../src/lib/slug.ts';

describe('the letter a term files under', () => {
  it.each([
    ['Alcance', 'es', 'A'],
    ['Ética', 'es', 'E'],
    ['ñandú', 'es', 'Ñ'],
    ['Ñandú', 'en', 'N'],
    ['“Sin comentarios”', 'es', 'S'],
    ['2FA', 'en', 'F'],
    ['#', 'en', null],
  ] as const)('%s (%s) → %s', (term, lang, letter) => {
    expect(letterOf(term, lang)).toBe(letter);
  });
});

describe('the A–Z index', () => {
  const terms = [
    { slug: 'alcance', text: 'Alcance' },
    { slug: 'aliado', text: 'Aliado' },
    { slug: 'etica', text: 'Ética' },
    { slug: 'nandu', text: 'Ñandú' },
  ];

  it('links each letter to its first term and leaves the others without a link', () => {
    const index = alphabetIndex(terms, 'es');
    expect(index.map((e) => e.letter)).toEqual(ALPHABETS.es);
    expect(index.find((e) => e.letter === 'A')?.slug).toBe('alcance');
    expect(index.find((e) => e.letter === 'E')?.slug).toBe('etica');
    expect(index.find((e) => e.letter === 'Ñ')?.slug).toBe('nandu');
    expect(index.find((e) => e.letter === 'N')?.slug).toBeNull();
    expect(index.find((e) => e.letter === 'B')?.slug).toBeNull();
  });

  it('has Ñ in Spanish only, after N', () => {
    expect(ALPHABETS.es.slice(13, 16)).toEqual(['N', 'Ñ', 'O']);
    expect(ALPHABETS.es).toHaveLength(27);
    expect(ALPHABETS.en).toHaveLength(26);
    expect(alphabetIndex(terms, 'en').find((e) => e.letter === 'N')?.slug).toBe('nandu');
  });

  it.each(locales)('files every term of the %s glossary under a letter of the index', (lang) => {
    const source = readFileSync(new URL(`../../src/content/guides/${lang}/glossary.mdx`, import.meta.url), 'utf8');
    const slug = createSlugger();
    const headings = Array.from(source.matchAll(/^##\s+(.+)$/gmu), (m) => ({
      text: m[1] ?? '',
      slug: slug(m[1] ?? ''),
    }));
    expect(headings.length).toBeGreaterThan(20);
    const index = alphabetIndex(headings, lang);
    for (const { text } of headings) {
      const letter = letterOf(text, lang);
      expect(
        index.some((e) => e.letter === letter && e.slug !== null),
        text,
      ).toBe(true);
    }
    expect(index.filter((e) => e.slug === null).length).toBeGreaterThan(0);
  });
});
