// The content files themselves: every guide in both languages with the same checklist, every
// checklist valid, and the checklist schema's rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countWords } from '../../src/lib/guides.ts';
import { checklistSchema } from '../../src/lib/schemas/checklist.ts';

const content = resolve(import.meta.dirname, '../../src/content');
const guideIds = (lang: string) =>
  readdirSync(join(content, 'guides', lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
const frontmatter = (lang: string, id: string) => {
  const text = readFileSync(join(content, 'guides', lang, `${id}.mdx`), 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
};
const checklistFiles = readdirSync(join(content, 'checklists')).filter((f) => f.endsWith('.yaml'));

describe('guides', () => {
  it('exist in both languages', () => {
    expect(guideIds('es')).toEqual(guideIds('en'));
    expect(guideIds('es').length).toBeGreaterThan(0);
  });

  it.each(guideIds('es'))('%s has the same checklist, kind and place in both languages', (id) => {
    const es = frontmatter('es', id);
    const en = frontmatter('en', id);
    for (const field of ['checklist', 'order', 'kind', 'tools']) expect(es[field], field).toEqual(en[field]);
  });

  it.each(guideIds('es').flatMap((id) => ['es', 'en'].map((lang) => [lang, id])))(
    '%s/%s has at least 900 words, its sections and the worked example',
    (lang, id) => {
      const text = readFileSync(join(content, 'guides', lang, `${id}.mdx`), 'utf8');
      expect(countWords(text)).toBeGreaterThanOrEqual(900);
      if (frontmatter(lang, id)['kind'] === 'glossary') return;
      const h2 = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(h2.length).toBeGreaterThanOrEqual(6);
      expect(h2.some((h) => /Café Lumbre/.test(h ?? ''))).toBe(true);
    },
  );

  it('name checklists that exist', () => {
    const lists = new Set(checklistFiles.map((f) => f.replace(/\.yaml$/, '')));
    for (const id of guideIds('es')) {
      const checklist = frontmatter('es', id)['checklist'];
      if (checklist !== undefined) expect(lists.has(String(checklist)), `${id} → ${checklist}`).toBe(true);
    }
  });
});

describe('checklist files', () => {
  it.each(checklistFiles)('%s matches the schema', (file) => {
    const result = checklistSchema.safeParse(parse(readFileSync(join(content, 'checklists', file), 'utf8')));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
});

describe('checklist schema', () => {
  const item = (id: string) => ({ id, es: `Haz ${id}.`, en: `Do ${id}.` });
  const valid = {
    title: { es: 'Lista', en: 'List' },
    summary: { es: 'Para probar.', en: 'For testing.' },
    mode: 'read-do',
    phase: 'during',
    items: ['a', 'b', 'c', 'd', 'e'].map(item),
  };
  const issuePaths = (value: unknown) =>
    checklistSchema.safeParse(value).error?.issues.map((i) => i.path.join('.')) ?? [];

  it('accepts a valid checklist', () => {
    expect(checklistSchema.safeParse(valid).success).toBe(true);
  });

  it('accepts a list placed after another one', () => {
    expect(checklistSchema.safeParse({ ...valid, after: 'escalate-a-conflict' }).success).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['fewer than 5 items', { ...valid, items: valid.items.slice(0, 4) }, 'items'],
    ['more than 9 items', { ...valid, items: 'abcdefghij'.split('').map(item) }, 'items'],
    ['a duplicate item id', { ...valid, items: [...valid.items.slice(0, 4), item('a')] }, 'items.4.id'],
    [
      'an id that is not kebab-case',
      { ...valid, items: [{ ...item('x'), id: 'Bad Id' }, ...valid.items] },
      'items.0.id',
    ],
    ['an item without English', { ...valid, items: [{ id: 'x', es: 'Solo español' }, ...valid.items] }, 'items.0.en'],
    ['an unknown mode', { ...valid, mode: 'do-whatever' }, 'mode'],
    ['an unknown phase', { ...valid, phase: 'someday' }, 'phase'],
    ['a missing title language', { ...valid, title: { es: 'Lista' } }, 'title.en'],
    ['an unknown field', { ...valid, colour: 'red' }, ''],
    ['an after that is not a checklist id', { ...valid, after: 'Escalate A Conflict' }, 'after'],
  ])('rejects %s at %j', (_, value, path) => {
    expect(issuePaths(value)).toContain(path);
  });
});
