/**
 * Whether two JSON-like values (what the stores hold: plain objects, arrays, strings, numbers,
 * booleans, null) are the same, deeply. Parts shared by reference are not walked again, so
 * comparing a state with one built from it by an action costs only the parts the action touched.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  const recB = b as Record<string, unknown>;
  const recA = a as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recB, key) && sameValue(recA[key], recB[key]));
}
