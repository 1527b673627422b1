import { describe, expect, it } from 'vitest';
import { countWords, learningPath, neighbours, readingMinutes, splitEntryId } from '../../src/lib/guides.ts';

const guides = [
  { id: 'response', order: 7 },
  { id: 'what-is-a-crisis', order: 1 },
  { id: 'monitoring', order: 3 },
];

describe('learning path', () => {
  it('orders guides by their order field', () => {
    expect(learningPath(guides).map((g) => g.id)).toEqual(['what-is-a-crisis', 'monitoring', 'response']);
  });

  it('finds neighbours along the path', () => {
    expect(neighbours(guides, 'monitoring')).toEqual({ prev: guides[1], next: guides[0] });
    expect(neighbours(guides, 'what-is-a-crisis')).toEqual({ next: guides[2] });
    expect(neighbours(guides, 'response')).toEqual({ prev: guides[2] });
    expect(neighbours(guides, 'missing')).toEqual({});
  });

  it('splits entry ids', () => {
    expect(splitEntryId('es/monitoring')).toEqual({ lang: 'es', id: 'monitoring' });
    expect(splitEntryId('alone')).toEqual({ lang: '', id: 'alone' });
  });
});

describe('word count and reading time', () => {
  it('counts prose, not markup', () => {
    const body = [
      '## Pasos',
      '',
      '1. **Compara** con la [línea base](../glossary/#linea-base).',
      '',
      '<FirstHour>',
      '',
      '- Guarda capturas.',
      '',
      '</FirstHour>',
      '',
      '| Señal | Quién |',
      '|---|---|',
      '| Pico | Marketing |',
    ].join('\n');
    expect(countWords(body)).toBe(12);
  });

  it('gives at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('palabra '.repeat(1000))).toBe(5);
  });
});
