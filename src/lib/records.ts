/**
 * Look-ups by id in plain objects, own properties only. `state.runs["constructor"]` would
 * otherwise find Object's constructor, and `"toString" in runs` would be true for any object.
 */
export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
