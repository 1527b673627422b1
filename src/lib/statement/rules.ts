import type { Locale } from './types.ts';

/**
 * The linter's rules: stable ids (the UI, stored drafts and tests key on them), severities, the
 * section of the response guide that explains each one, and the message shown in each language.
 * The phrases each rule looks for are in phrases.ts.
 *
 * Severities:
 * - `error`: a non-apology that undoes the statement (conditional apology, passive mistakes,
 *   "sorry, but", blaming customers) or a post the network will refuse (too long).
 * - `warning`: a part of the response is missing (acknowledgement, apology, corrective measure,
 *   prevention, next step), or the text shouts (capitals, several "!"), which inflames a crisis.
 * - `info`: jargon. Worth rewriting, but a statement with "in due course" still works.
 */
export const RULE_IDS = [
  'conditional-apology',
  'passive-mistakes',
  'sorry-but',
  'blames-customers',
  'no-acknowledgement',
  'no-apology',
  'no-corrective-measure',
  'no-prevention',
  'no-next-step',
  'jargon',
  'shouting',
  'too-long',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'error' | 'warning' | 'info';

/** Sections of the response guide (src/content/guides/{es,en}/response.mdx), by heading id. */
type Section = 'apology' | 'holding' | 'pitfalls' | 'publishing';

const SECTIONS: Record<Locale, Record<Section, string>> = {
  es: {
    apology: 'las-partes-de-la-disculpa',
    holding: 'el-comunicado-de-espera',
    pitfalls: 'errores-frecuentes',
    publishing: 'publicar-en-todas-partes',
  },
  en: {
    apology: 'the-parts-of-the-apology',
    holding: 'the-holding-statement',
    pitfalls: 'pitfalls',
    publishing: 'publishing-everywhere',
  },
};

export interface RuleMeta {
  severity: Severity;
  section: Section;
}

export const RULES: Record<RuleId, RuleMeta> = {
  'conditional-apology': { severity: 'error', section: 'apology' },
  'passive-mistakes': { severity: 'error', section: 'apology' },
  'sorry-but': { severity: 'error', section: 'apology' },
  'blames-customers': { severity: 'error', section: 'apology' },
  'no-acknowledgement': { severity: 'warning', section: 'apology' },
  'no-apology': { severity: 'warning', section: 'apology' },
  'no-corrective-measure': { severity: 'warning', section: 'apology' },
  'no-prevention': { severity: 'warning', section: 'apology' },
  // "Name the time of the next update" is step 2 of the holding statement.
  'no-next-step': { severity: 'warning', section: 'holding' },
  // "Apologising in legal language" is a pitfall of the guide.
  jargon: { severity: 'info', section: 'pitfalls' },
  shouting: { severity: 'warning', section: 'apology' },
  // "Adapt the format, keep the facts identical."
  'too-long': { severity: 'error', section: 'publishing' },
};

/**
 * The link to the guide section for a rule: the response guide's path (the same as
 * `paths.guide(locale, 'response')` in src/i18n/routes.ts, not imported so that the builder's
 * island does not pull in the UI dictionaries) plus the heading's anchor.
 */
export function guideFor(rule: RuleId, locale: Locale): string {
  return `/${locale}/guides/response/#${SECTIONS[locale][RULES[rule].section]}`;
}

export interface MessageContext {
  /** The text the finding is about, as the user wrote it. */
  match: string;
  /** For `shouting`: capitals or exclamation marks. */
  variant?: 'caps' | 'exclamation';
  /** For `too-long`. */
  length?: number;
  limit?: number;
  platform?: string;
}

type Messages = Record<RuleId, (ctx: MessageContext) => string>;

const en: Messages = {
  'conditional-apology': ({ match }) =>
    `“${match}” makes the apology conditional: it doubts the harm and puts it on the reader. Apologise for what you did: “We're sorry we charged you twice.”`,
  'passive-mistakes': ({ match }) =>
    `“${match}” hides who made the mistake. Make the company the subject: “We made a mistake.”`,
  'sorry-but': ({ match }) =>
    `“${match}”: the “but” cancels the apology. Apologise, full stop, and explain in a separate sentence.`,
  'blames-customers': ({ match }) => `“${match}” blames the people you hurt. Describe what you got wrong instead.`,
  'no-acknowledgement': () =>
    'Say plainly what happened, without shrinking it, so people can see you know what went wrong.',
  'no-apology': () => 'There is no apology. Say “we’re sorry” or “we apologise” for the harm to real people.',
  'no-corrective-measure': () =>
    'Say what you are doing to put it right, with dates: a refund, a fix, a product withdrawn, a post removed.',
  'no-prevention': () => 'Say what changes so that it does not happen again.',
  'no-next-step': () =>
    'Say when the next update comes (“next update at 13:00”) or where to get help (an e-mail, a link, “DM us”).',
  jargon: ({ match }) => `“${match}” is corporate or legal language. Say it in plain words.`,
  shouting: ({ variant }) =>
    variant === 'exclamation'
      ? 'Several exclamation marks sound alarmed or flippant in a crisis. Keep a calm tone.'
      : 'Text in capitals reads as shouting. Write it in normal case.',
  'too-long': ({ length, limit, platform }) =>
    `${length} characters as ${platform} counts them; the limit is ${limit}. Shorten it or split it into a thread.`,
};

const es: Messages = {
  'conditional-apology': ({ match }) =>
    `«${match}» condiciona la disculpa: pone en duda el daño y lo carga sobre quien lee. Pide perdón por lo que hiciste: «Sentimos haberte cobrado dos veces».`,
  'passive-mistakes': ({ match }) =>
    `«${match}» esconde quién se equivocó. Haz que la empresa sea el sujeto: «Cometimos un error».`,
  'sorry-but': ({ match }) => `«${match}»: el «pero» borra la disculpa. Pide perdón y punto; explica en otra frase.`,
  'blames-customers': ({ match }) => `«${match}» culpa a quien has perjudicado. Cuenta en qué fallaste tú.`,
  'no-acknowledgement': () =>
    'Di con claridad qué ha pasado, sin quitarle importancia, para que se vea que la empresa lo sabe.',
  'no-apology': () => 'No hay disculpa. Di «lo sentimos» o «pedimos disculpas» por el daño a personas concretas.',
  'no-corrective-measure': () =>
    'Cuenta qué haces para repararlo y con qué plazos: un reembolso, un arreglo, un producto retirado, una publicación borrada.',
  'no-prevention': () => 'Di qué cambia para que no vuelva a ocurrir.',
  'no-next-step': () =>
    'Di cuándo llega la próxima actualización («próxima actualización a las 13:00») o dónde pedir ayuda (un correo, un enlace, «escríbenos por privado»).',
  jargon: ({ match }) => `«${match}» es jerga corporativa o legal, o esconde lo que pasó. Dilo con palabras sencillas.`,
  shouting: ({ variant }) =>
    variant === 'exclamation'
      ? 'Varias exclamaciones suenan alarmistas o frívolas en una crisis. Mantén un tono sereno.'
      : 'Un texto en mayúsculas se lee como un grito. Escríbelo en minúsculas.',
  'too-long': ({ length, limit, platform }) =>
    `${length} caracteres según cuenta ${platform}; el límite es ${limit}. Acórtalo o divídelo en un hilo.`,
};

export const MESSAGES: Record<Locale, Messages> = { es, en };

/** Quoted matches are cut so a finding on a 100,000-character paste does not carry it all. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}
