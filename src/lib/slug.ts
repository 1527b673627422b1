import GithubSlugger from 'github-slugger';
import { stripAccents } from './text.ts';

export { stripAccents };

/**
 * One slugger per document: accent-free slugs ("Cadena de aprobación" → "cadena-de-aprobacion",
 * easy to type and share); repeated headings get -1, -2… like GitHub.
 */
export function createSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(stripAccents(text));
}
