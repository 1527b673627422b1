import type { Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/routes.ts';

/**
 * Every guide heading that code links to, in one map: the guide and the heading's id in each
 * language (accent-free slugs, src/lib/slug.ts). tests/lib/guide-anchors.test.ts reads the guide
 * files' headings with the same slugger as the pages, so renaming a heading fails the tests
 * naming the anchor, not only the link crawl. Link to a heading only through `guideAnchor()`.
 */
export const GUIDE_ANCHORS = {
  /** The response guide's six parts of an apology (most lint findings). */
  apology: { guide: 'response', es: 'las-partes-de-la-disculpa', en: 'the-parts-of-the-apology' },
  /** The holding statement and its next-update time. */
  holding: { guide: 'response', es: 'el-comunicado-de-espera', en: 'the-holding-statement' },
  /** Strategy by type of crisis: when to apologise, hold a position, or wait for legal or HR review. */
  strategy: { guide: 'response', es: 'estrategia-segun-el-tipo-de-crisis', en: 'strategy-by-type-of-crisis' },
  /** Pitfalls such as apologising in legal language. */
  pitfalls: { guide: 'response', es: 'errores-frecuentes', en: 'pitfalls' },
  /** Adapting the format per network, keeping the facts identical. */
  publishing: { guide: 'response', es: 'publicar-en-todas-partes', en: 'publishing-everywhere' },
  /** The escalation matrix (the home page's "at hand in a crisis"). */
  escalationMatrix: { guide: 'escalation', es: 'matriz-de-escalado', en: 'escalation-matrix' },
} as const satisfies Record<string, { guide: string } & Record<Locale, string>>;

export type GuideAnchor = keyof typeof GUIDE_ANCHORS;

/** The address of a guide heading in a language: `/es/guides/response/#errores-frecuentes`. */
export function guideAnchor(anchor: GuideAnchor, locale: Locale): string {
  const { guide, [locale]: id } = GUIDE_ANCHORS[anchor];
  return `${paths.guide(locale, guide)}#${id}`;
}
