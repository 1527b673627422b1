import { describe, expect, it } from 'vitest';
import { checklistRecords, glossaryRecords, plainText } from '../../src/lib/search-records.ts';

describe('search records', () => {
  it('gives every checklist item a record per language, pointing at its checkbox', () => {
    const data = {
      title: { es: 'Primera hora', en: 'First hour' },
      summary: { es: 's', en: 's' },
      mode: 'do-confirm' as const,
      phase: 'during' as const,
      items: [{ id: 'pause-posts', es: 'Pausa las publicaciones', en: 'Pause scheduled posts' }],
    };
    const records = checklistRecords([{ id: 'first-hour', data }], ['es', 'en']);
    expect(records).toEqual([
      {
        url: '/es/checklists/#first-hour--pause-posts',
        content: 'Pausa las publicaciones Primera hora',
        language: 'es',
        meta: { title: 'Pausa las publicaciones', list: 'Primera hora' },
        filters: { kind: ['checklist'] },
      },
      {
        url: '/en/checklists/#first-hour--pause-posts',
        content: 'Pause scheduled posts First hour',
        language: 'en',
        meta: { title: 'Pause scheduled posts', list: 'First hour' },
        filters: { kind: ['checklist'] },
      },
    ]);
  });

  it('turns Markdown inline markup into the words a reader sees', () => {
    expect(plainText('A *very* `short` [link](../x/) and\n\n_more_.')).toBe('A very short link and more.');
  });

  it('gives each glossary term its text up to the next term, with the page heading id', () => {
    const body =
      'Intro.\n\n## Ally\n\nA person. See [The response](../response/).\n\n## Apology\n\nA clear *admission*.\n';
    const headings = [
      { depth: 2, slug: 'ally', text: 'Ally' },
      { depth: 2, slug: 'apology', text: 'Apology' },
    ];
    expect(glossaryRecords('en', '/en/guides/glossary/', body, headings)).toEqual([
      {
        url: '/en/guides/glossary/#ally',
        content: 'Ally. A person. See The response.',
        language: 'en',
        meta: { title: 'Ally' },
        filters: { kind: ['glossary'] },
      },
      {
        url: '/en/guides/glossary/#apology',
        content: 'Apology. A clear admission.',
        language: 'en',
        meta: { title: 'Apology' },
        filters: { kind: ['glossary'] },
      },
    ]);
  });

  it('fails the build when a heading cannot be found in the source', () => {
    expect(() => glossaryRecords('es', '/es/guides/glossary/', 'nada', [{ depth: 2, slug: 'x', text: 'X' }])).toThrow(
      /heading "X" not found/,
    );
  });
});
