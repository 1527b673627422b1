/** Pure ordering of the checklists page: crisis order, built on the learning path. */

export interface OrderableChecklist {
  id: string;
  /** id of the checklist this one follows, for a list that no guide owns */
  after?: string | undefined;
}

/**
 * Checklists in crisis order. A list owned by a guide takes its guide's place on the learning path
 * (`guideOrder`); a list with `after` comes right after the list it names (several after the same
 * list keep id order, and chains are followed); anything else goes last, by id. Throws, naming the
 * list, when `after` names a list that does not exist, the list itself, or a loop.
 */
export function crisisOrder<T extends OrderableChecklist>(
  lists: readonly T[],
  guideOrder: (id: string) => number | undefined,
): T[] {
  const byId = new Map(lists.map((list) => [list.id, list]));
  const followers = new Map<string, T[]>();
  for (const list of lists) {
    if (list.after === undefined) continue;
    if (list.after === list.id) throw new Error(`checklist "${list.id}": "after" names the list itself`);
    if (!byId.has(list.after)) throw new Error(`checklist "${list.id}": after "${list.after}", which does not exist`);
    followers.set(list.after, [...(followers.get(list.after) ?? []), list]);
  }
  const byIdOrder = (a: T, b: T) => a.id.localeCompare(b.id);
  const roots = lists.filter((list) => list.after === undefined);
  const owned = roots
    .filter((list) => guideOrder(list.id) !== undefined)
    .sort((a, b) => (guideOrder(a.id) ?? 0) - (guideOrder(b.id) ?? 0) || byIdOrder(a, b));
  const loose = roots.filter((list) => guideOrder(list.id) === undefined).sort(byIdOrder);

  const ordered: T[] = [];
  const place = (list: T) => {
    ordered.push(list);
    for (const next of [...(followers.get(list.id) ?? [])].sort(byIdOrder)) place(next);
  };
  for (const list of [...owned, ...loose]) place(list);
  if (ordered.length !== lists.length) {
    const placed = new Set(ordered.map((list) => list.id));
    const stuck = lists.filter((list) => !placed.has(list.id)).map((list) => list.id);
    throw new Error(`checklists ${stuck.map((id) => `"${id}"`).join(', ')}: their "after" fields form a loop`);
  }
  return ordered;
}
