/** Small text helpers shared by src/lib modules. */

/** Removes diacritics: "Cadena de aprobación" → "Cadena de aprobacion" (ñ → n as well). */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '');
}

/** For comparing words: accents removed, lower case. */
export function fold(text: string): string {
  return stripAccents(text).toLowerCase();
}
