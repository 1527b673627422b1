/**
 * The glossary's A–Z index: one entry per letter of the language's alphabet, linked to the first
 * term that starts with it, or inactive (no link) when none does. Spanish sorts and files Ñ as a
 * letter of its own; accents are otherwise ignored (“Ética” files under E).
 */
import type { Locale } from '../i18n/locales.ts';

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const ALPHABETS: Record<Locale, readonly string[]> = {
  es: [...LATIN.slice(0, 14), 'Ñ', ...LATIN.slice(14)],
  en: [...LATIN],
};

export interface LetterEntry {
  letter: string;
  /** The first term's anchor, or null when no term starts with the letter. */
  slug: string | null;
}

/** The letter a term files under: its first letter, capital, without accents (Ñ kept in Spanish). */
export function letterOf(term: string, lang: Locale): string | null {
  const first = [...term.trim()].find((c) => /\p{L}/u.test(c));
  if (!first) return null;
  const upper = first.toLocaleUpperCase(lang);
  if (upper === 'Ñ' && lang === 'es') return 'Ñ';
  return upper.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The index for `terms` in page order. A term under a letter outside the alphabet is left out. */
export function alphabetIndex(terms: readonly { slug: string; text: string }[], lang: Locale): LetterEntry[] {
  const first = new Map<string, string>();
  for (const { slug, text } of terms) {
    const letter = letterOf(text, lang);
    if (letter && !first.has(letter)) first.set(letter, slug);
  }
  return ALPHABETS[lang].map((letter) => ({ letter, slug: first.get(letter) ?? null }));
}
