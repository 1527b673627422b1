// The crisis order of the checklists page: lists owned by a guide follow the learning path, and a
// list no guide owns sits right after the list it names.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { crisisOrder } from '../../src/lib/checklists.ts';

const order = (guides: Record<string, number>) => (id: string) => guides[id];
const ids = (lists: { id: string }[]) => lists.map((l) => l.id);

describe('crisisOrder', () => {
  it('follows the guides, places a list after the one it names, and follows chains', () => {
    const lists = [
      { id: 'hold', after: 'stop' },
      { id: 'respond' },
      { id: 'stop', after: 'escalate' },
      { id: 'escalate' },
      { id: 'spot' },
    ];
    expect(ids(crisisOrder(lists, order({ spot: 1, escalate: 2, respond: 3 })))).toEqual([
      'spot',
      'escalate',
      'stop',
      'hold',
      'respond',
    ]);
  });

  it('keeps id order among lists after the same one, and puts lists with no guide and no after last', () => {
    const lists = [{ id: 'z-loose' }, { id: 'b', after: 'first' }, { id: 'a', after: 'first' }, { id: 'first' }];
    expect(ids(crisisOrder(lists, order({ first: 1 })))).toEqual(['first', 'a', 'b', 'z-loose']);
  });

  it.each([
    ['a list that does not exist', [{ id: 'a', after: 'ghost' }], /"a": after "ghost", which does not exist/],
    ['the list itself', [{ id: 'a', after: 'a' }], /"a": "after" names the list itself/],
    [
      'a loop',
      [
        { id: 'a', after: 'b' },
        { id: 'b', after: 'a' },
      ],
      /"a", "b": their "after" fields form a loop/,
    ],
  ])('refuses an after that names %s, naming the list', (_, lists, message) => {
    expect(() => crisisOrder(lists, order({}))).toThrow(message);
  });
});

describe('the project’s checklists', () => {
  const dir = resolve(import.meta.dirname, '../../src/content');
  const guideOrder: Record<string, number> = {};
  for (const file of readdirSync(join(dir, 'guides', 'en'))) {
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, 'guides', 'en', file), 'utf8'))?.[1] ?? '');
    if (front.checklist) guideOrder[front.checklist] = front.order;
  }
  const lists = readdirSync(join(dir, 'checklists'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, 'checklists', f), 'utf8')) }));

  it('are all owned by a guide or placed after another list, so none falls to the end by accident', () => {
    for (const list of lists) expect(list.id in guideOrder || list.after !== undefined, list.id).toBe(true);
  });

  it('put stopping everything scheduled and the holding statement right after escalating', () => {
    const ordered = ids(crisisOrder(lists, order(guideOrder)));
    const at = ordered.indexOf('escalate-a-conflict');
    expect(ordered.slice(at, at + 4)).toEqual([
      'escalate-a-conflict',
      'stop-everything-scheduled',
      'publish-holding-statement',
      'choose-the-strategy',
    ]);
    expect(ordered[0]).toBe('is-it-a-crisis');
  });
});
