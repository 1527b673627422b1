/**
 * Building blocks of the stored and imported shapes (Valibot). Every id and key that the app
 * looks up is checked here, so a file cannot smuggle in a name that collides with JavaScript's
 * own (`constructor`, `__proto__`), and every text has a length limit.
 */
import * as v from 'valibot';

/** Ids: a letter or digit, then letters, digits, `_ . : -`; at most 100 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][\w.:-]{0,99}$/;
/**
 * Names Valibot's `record` silently drops (they would reach an object's prototype), so they are
 * refused as ids instead of vanishing from an import.
 */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && ID_PATTERN.test(value) && !RESERVED.has(value);

export const IdSchema = v.custom<string>(isId, 'Invalid id');

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const isIsoTime = (value: unknown): value is string =>
  typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));

/** An ISO 8601 date and time, with its zone. */
export const IsoTimeSchema = v.custom<string>(isIsoTime, 'Invalid time');

/** Free text a person wrote, at most `max` characters. Any character may stand there: it is only ever shown as text. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/**
 * An object used as a map from checked keys to values. Each own key is checked before Valibot's
 * `record` sees it (which skips prototype names without a word), and the issue points at the key.
 */
export function keyedRecord<K extends string, TItem extends v.GenericSchema>(
  isKey: (key: string) => key is K,
  item: TItem,
  keyMessage: 'Invalid key' | 'Unknown key' = 'Invalid key',
) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      'Invalid type',
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const input = dataset.value;
      const bad = Object.keys(input).find((key) => !isKey(key));
      if (bad !== undefined)
        addIssue({
          message: keyMessage,
          path: [{ type: 'object', origin: 'key', input, key: bad, value: input[bad] }],
        });
    }),
    v.record(
      v.custom<K>((key) => typeof key === 'string' && isKey(key)),
      item,
    ),
  );
}

/** The path of an issue a check adds itself: the keys from the checked value down to the field. */
export function pathTo(input: unknown, ...keys: string[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  const [first, ...rest] = keys.map(
    (key): v.IssuePathItem => ({
      type: 'object',
      origin: 'value',
      input: input as Record<string, unknown>,
      key,
      value: undefined,
    }),
  );
  if (!first) throw new Error('pathTo needs a key');
  return [first, ...rest];
}

/**
 * A state holding a map of items keyed by their own ids and the id of the current one (or
 * null): each item must sit under its own id, and the current one must be there (own keys only).
 */
export function withOwnIds<
  C extends string,
  M extends string,
  TSchema extends v.GenericSchema<unknown, Record<C, string | null> & Record<M, Record<string, { id: string }>>>,
>(schema: TSchema, currentKey: C, mapKey: M) {
  return v.pipe(
    schema,
    v.rawCheck<v.InferOutput<TSchema>>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const state = dataset.value as Record<C, string | null> & Record<M, Record<string, { id: string }>>;
      const items = state[mapKey];
      const current = state[currentKey];
      const moved = Object.entries(items).find(([id, item]) => item.id !== id);
      if (moved)
        addIssue({ message: 'An item is stored under another id', path: pathTo(state, mapKey, moved[0], 'id') });
      else if (current !== null && !Object.hasOwn(items, current))
        addIssue({ message: 'The current item is missing', path: pathTo(state, currentKey) });
    }),
  );
}
