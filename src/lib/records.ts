/**
 * Ids for new records, and look-ups by id in plain objects, own properties only.
 * `state.runs["constructor"]` would otherwise find Object's constructor, and `"toString" in runs`
 * would be true for any object.
 */

/** A fresh id for a new record (a session, a draft, an incident entry); ID_PATTERN accepts it. */
export function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `run-${Date.now().toString(36)}`;
}

export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
