import type { Locale } from '../i18n/locales.ts';
import { fold } from './text.ts';

/**
 * Search helpers shared by the search islands. Pagefind excerpts are HTML with `<mark>` around
 * the matched words; we turn them into plain text parts so nothing from an index is ever
 * injected as HTML.
 */

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower in ENTITIES) return ENTITIES[lower] ?? whole;
    if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#')) return safeCodePoint(Number.parseInt(lower.slice(1), 10)) ?? whole;
    return whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** `a <mark>b</mark> c` → [{a, false}, {b, true}, {c, false}]; any other tag is dropped as text. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  const push = (raw: string, mark: boolean) => {
    const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
    if (text) parts.push({ text, mark });
  };
  for (let m = re.exec(html); m; m = re.exec(html)) {
    push(html.slice(last, m.index), false);
    push(m[1] ?? '', true);
    last = m.index + m[0].length;
  }
  push(html.slice(last), false);
  return parts;
}

/** A query worth searching: trimmed, collapsed, bounded (a pasted novel is cut, not rejected). */
export function normalizeQuery(raw: string, max = 200): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** What a search result is: the `kind` filter of the index. Later features add `tool` and `drill`. */
export const SEARCH_KINDS = ['guide', 'checklist', 'glossary', 'tool', 'drill'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * The words people type for the things the guides name otherwise, per index language. A phrase
 * found as whole words (case and accents ignored) is replaced by the guides' own term. Entries
 * in the other language let a query typed in Spanish work on the English index and vice versa.
 */
export const SYNONYMS: Record<Locale, readonly (readonly [from: string, to: string])[]> = {
  es: [
    ['cuentas falsas', 'perfil falso'],
    ['cuenta falsa', 'perfil falso'],
    ['perfiles falsos', 'perfil falso'],
    ['fake account', 'perfil falso'],
    ['fake profile', 'perfil falso'],
    ['cuenta fake', 'perfil falso'],
    ['suplantacion de identidad', 'suplantación'],
    ['impostor', 'suplantación'],
    ['nota de prensa', 'comunicado'],
    ['comunicado de prensa', 'comunicado'],
    ['press release', 'comunicado'],
    ['statement', 'comunicado'],
    ['mensaje de espera', 'comunicado de espera'],
    ['holding statement', 'comunicado de espera'],
    ['pedir perdon', 'disculpa'],
    ['perdon', 'disculpa'],
    ['apology', 'disculpa'],
    ['influencers', 'amplificador'],
    ['influencer', 'amplificador'],
    ['post mortem', 'revisión posterior'],
    ['postmortem', 'revisión posterior'],
    ['lecciones aprendidas', 'revisión posterior'],
    ['kpis', 'alcance'],
    ['kpi', 'alcance'],
    ['metricas', 'alcance'],
    ['crisis reputacional', 'crisis'],
    ['crisis de reputacion', 'crisis'],
    ['escalar', 'escalado'],
    ['escalation', 'escalado'],
    ['monitorizar', 'monitoreo'],
    ['monitorizacion', 'monitoreo'],
    ['evidencias', 'pruebas'],
    ['evidencia', 'prueba'],
    ['no disculpa', 'falsa disculpa'],
    ['bulo', 'rumor falso'],
    ['bulos', 'rumores falsos'],
    ['asesoria juridica', 'equipo legal'],
    ['escucha activa', 'escucha social'],
    ['causa raiz', 'causa raíz'],
    ['root cause', 'causa raíz'],
    ['baseline', 'línea base'],
    // Plain questions: the guides' words for what they ask.
    ['cuando pedir perdon', 'cuándo pedir perdón'],
    ['hacer primero', 'primero en juego'],
    ['hago primero', 'primero en juego'],
    ['no es una disculpa', 'falsa disculpa'],
    ['empleados', 'personal'],
    ['empleado', 'personal'],
    ['trabajadores', 'personal'],
    ['hackearon', 'roban'],
    ['hackeada', 'roban'],
    ['hackeo', 'roban'],
  ],
  en: [
    ['fake accounts', 'fake profile'],
    ['fake account', 'fake profile'],
    ['sock puppet', 'fake profile'],
    ['perfil falso', 'fake profile'],
    ['cuenta falsa', 'fake profile'],
    ['impostor', 'impersonator'],
    ['suplantacion', 'impersonator'],
    ['press release', 'statement'],
    ['comunicado', 'statement'],
    ['holding message', 'holding statement'],
    ['comunicado de espera', 'holding statement'],
    ['apologize', 'apology'],
    ['apologise', 'apology'],
    ['sorry', 'apology'],
    ['disculpa', 'apology'],
    ['influencers', 'amplifier'],
    ['influencer', 'amplifier'],
    ['post mortem', 'after-action review'],
    ['postmortem', 'after-action review'],
    ['lessons learned', 'after-action review'],
    ['kpis', 'reach'],
    ['kpi', 'reach'],
    ['metrics', 'reach'],
    ['backlash', 'crisis'],
    ['shitstorm', 'crisis'],
    ['pr crisis', 'crisis'],
    ['escalate', 'escalation'],
    ['escalado', 'escalation'],
    ['sign off', 'approval'],
    ['sign-off', 'approval'],
    ['listening', 'social listening'],
    ['causa raiz', 'root cause'],
    ['linea base', 'baseline'],
    // Plain questions: the guides' words for what they ask.
    ['do first', 'first at stake'],
    ['not an apology', 'non-apology'],
    ['employees', 'staff'],
    ['employee', 'staff'],
    ['workers', 'staff'],
    ['hacked', 'taken over'],
    ['handover', 'hand-over'],
    ['handovers', 'hand-overs'],
  ],
};

/**
 * Words that carry no meaning of their own in a query, per language: articles, prepositions,
 * pronouns, question words and the verbs of a plain question ("what do I do", "qué hago si").
 * They are not searched, so they neither narrow the results nor get highlighted. Compared folded
 * (no accents, lower case). Kept on purpose: "when"/"cuándo" (headings ask them: "When to
 * apologize"), "no", "not" and "sin" ("no comment", "sin comentarios").
 */
export const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  es: new Set(
    (
      'a al ante como con cual cuales de del desde donde e el ella ellos en entre es esa ese eso esta este esto ' +
      'estoy ha hace hacen hacer hago hay puede pueden la las le les lo los me mi mis o para pero por puedo que quien quienes se ' +
      'ser si sobre son su sus te tengo ti tu tus u un una unas uno unos y ya yo debo deberia'
    ).split(' '),
  ),
  en: new Set(
    (
      'a about am an and are as at be by can could did do does for from get have how i if in into is it its me my ' +
      'of on or our should so that the their them then there these they this to us was we what where which who ' +
      'whom why will with would you your'
    ).split(' '),
  ),
};

/**
 * Rewrites the words people type into the guides' terms, longest phrases first, leaving every
 * other word exactly as typed: `expandQuery('Cuenta falsa en X', 'es')` → `perfil falso en X`.
 */
export function expandQuery(query: string, lang: Locale): string {
  const words = normalizeQuery(query).split(' ').filter(Boolean);
  const folded = words.map(fold);
  const entries = [...SYNONYMS[lang]]
    .map(([from, to]) => ({ from: from.split(' ').map(fold), to }))
    .sort((a, b) => b.from.length - a.from.length);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = entries.find((e) => e.from.every((w, k) => folded[i + k] === w));
    if (hit) {
      out.push(hit.to);
      i += hit.from.length;
    } else {
      out.push(words[i] ?? '');
      i++;
    }
  }
  return out.join(' ');
}

/**
 * The words to search for `query`: the guides' terms for what people type (`expandQuery`),
 * without stop words. All of them must match for a result to count. A query made only of stop
 * words is searched as typed, so "no" or "qué" still find something.
 */
export function searchWords(query: string, lang: Locale): string[] {
  const words = expandQuery(query, lang).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !STOP_WORDS[lang].has(fold(w)));
  return meaningful.length > 0 ? meaningful : words;
}
