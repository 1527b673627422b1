import { describe, expect, it } from 'vitest';
import { createSlugger, stripAccents } from '../../src/lib/slug.ts';

describe('slugs', () => {
  it.each([
    ['Cadena de aprobación', 'cadena-de-aprobacion'],
    ['Revisión posterior', 'revision-posterior'],
    ['Línea base', 'linea-base'],
    ['¿Qué es una crisis?', 'que-es-una-crisis'],
    ['Social-media crisis', 'social-media-crisis'],
    ['Pasos', 'pasos'],
  ])('%s → %s', (text, slug) => {
    expect(createSlugger()(text)).toBe(slug);
  });

  it('numbers repeated headings within one document', () => {
    const slug = createSlugger();
    expect([slug('Pasos'), slug('Pasos'), slug('Pasos')]).toEqual(['pasos', 'pasos-1', 'pasos-2']);
  });

  it('strips diacritics only', () => {
    expect(stripAccents('Ñandú pingüino')).toBe('Nandu pinguino');
  });
});
