import GithubSlugger from 'github-slugger';

/**
 * Strips diacritics so anchors stay plain ASCII where the language allows it:
 * "Cadena de aprobación" → "cadena de aprobacion". The ñ is kept as n as well, which is
 * what people type when they share a link.
 */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '');
}

/** One slugger per document: repeated headings get -1, -2… like GitHub. */
export function createSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(stripAccents(text));
}
