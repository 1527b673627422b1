/**
 * JSON from outside (an imported file, a stored value another version or a hand wrote) is
 * bounded before it is parsed deeply: a file of 500,000 nested arrays must get a message, not a
 * stack overflow in whatever walks it next.
 */

/** Deeper than any shape the app writes (a draft's input sits at depth 5). */
export const MAX_JSON_DEPTH = 32;

/** How deeply `text` nests arrays and objects, stopping as soon as it passes `limit`. Strings are skipped. */
export function jsonDepthExceeds(text: string, limit: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return false;
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; reason: 'not-json' | 'too-deep' };

/** JSON.parse that never throws and refuses nesting deeper than `limit`. */
export function parseJson(text: string, limit: number = MAX_JSON_DEPTH): ParsedJson {
  if (jsonDepthExceeds(text, limit)) return { ok: false, reason: 'too-deep' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}
