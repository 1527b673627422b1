/**
 * What a schema found wrong, as the import reports it: an unknown field or an invalid one, with
 * the field's path as a list of keys. `formatPath` writes that list for people, safely: a key
 * containing "." or any odd character is quoted (`data.runs["a.b"].title`), and every key and
 * the whole path are cut short, so an error never quotes a 600,000-character id back.
 */
import type * as v from 'valibot';

export type PathKey = string | number;
export interface Problem {
  code: 'unknown-field' | 'invalid-field';
  path: PathKey[];
}

/** The first issue as a problem. A key the shape does not allow is an unknown field; anything else is invalid. */
export function problemOf(issues: readonly v.BaseIssue<unknown>[]): Problem {
  const issue = issues[0];
  const items = issue?.path ?? [];
  const path = items.map((item) => {
    const key = (item as { key: unknown }).key;
    return typeof key === 'number' ? key : String(key);
  });
  const last = items.at(-1) as { origin?: string } | undefined;
  const unknown = issue?.type === 'strict_object' && issue.expected === 'never';
  // A key refused by a map's key check (an id or a channel) names a field we do not know only
  // when the map has a fixed set of keys; ids that break the pattern are invalid fields.
  const code =
    unknown || (last?.origin === 'key' && issue?.message === 'Unknown key') ? 'unknown-field' : 'invalid-field';
  return { code, path };
}

const PLAIN = /^[A-Za-z_$][\w$/-]*$/;
const KEY_LIMIT = 40;
const PATH_LIMIT = 160;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `["data", "runs", "a.b", "log", 0]` → `data.runs["a.b"].log[0]`, bounded. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (PLAIN.test(key) && key.length <= KEY_LIMIT) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(clip(key, KEY_LIMIT))}]`;
    if (out.length > PATH_LIMIT) return clip(out, PATH_LIMIT);
  }
  return out;
}
