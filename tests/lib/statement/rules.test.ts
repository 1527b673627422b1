import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../src/i18n/routes.ts';
import { createSlugger } from '../../../src/lib/slug.ts';
import { compilePhrase, findHits } from '../../../src/lib/statement/match.ts';
import { messageKey } from '../../../src/lib/statement/messages.ts';
import { guideFor, RULE_IDS, RULES } from '../../../src/lib/statement/rules.ts';
import { fold } from '../../../src/lib/statement/text.ts';
import { messageOf, WORDING } from './wording.ts';

/** Heading ids of a guide, as the site builds them (src/lib/markdown/heading-ids.ts). */
function headingIds(locale: 'es' | 'en'): string[] {
  const source = readFileSync(new URL(`../../../src/content/guides/${locale}/response.mdx`, import.meta.url), 'utf8');
  const slug = createSlugger();
  return Array.from(source.matchAll(/^#{1,6}\s+(.+)$/gmu), (m) => slug(m[1] ?? ''));
}

describe.each(['es', 'en'] as const)('rules in %s', (locale) => {
  const ids = headingIds(locale);

  it.each(RULE_IDS)('%s links to a heading of the response guide', (rule) => {
    const guide = guideFor(rule, locale);
    const [path, anchor] = guide.split('#');
    expect(path).toBe(paths.guide(locale, 'response'));
    expect(ids).toContain(anchor);
  });

  it.each(RULE_IDS)('%s has a message', (rule) => {
    const finding = {
      rule,
      severity: RULES[rule].severity,
      details: { match: 'x', variant: 'caps', length: 300, limit: 280, platform: 'x' },
      start: 0,
      end: 1,
      guide: guideFor(rule, locale),
    } as const;
    const message = messageOf(finding, locale);
    expect(message.length).toBeGreaterThan(20);
    expect(message).not.toContain(messageKey(finding));
  });

  it('compiles every phrase of the table', () => {
    const table = WORDING[locale].phrases;
    const sets = [...Object.values(table.flagged), ...Object.values(table.signals)];
    for (const set of sets) {
      for (const phrase of [...set.phrases, ...(set.except ?? [])]) {
        expect(() => new RegExp(compilePhrase(phrase), 'u')).not.toThrow();
      }
    }
  });
});

describe('severities', () => {
  it.each([
    ['conditional-apology', 'error'],
    ['passive-mistakes', 'error'],
    ['sorry-but', 'error'],
    ['blames-customers', 'error'],
    ['no-acknowledgement', 'warning'],
    ['no-apology', 'warning'],
    ['no-corrective-measure', 'warning'],
    ['no-prevention', 'warning'],
    ['no-next-step', 'warning'],
    ['jargon', 'info'],
    ['shouting', 'warning'],
    ['too-long', 'error'],
  ] as const)('%s is an %s', (rule, severity) => {
    expect(RULES[rule].severity).toBe(severity);
  });
});

describe('phrase notation', () => {
  const negation = WORDING.en.phrases.negation;
  const hits = (phrase: string, text: string) =>
    findHits(fold(text), { phrases: [phrase] }, negation).map((h) => fold(text).text.slice(h.from, h.to));

  it.each<[string, string, string[]]>([
    ['we know', 'We   KNOW it', ['we   know']],
    ['we know', 'weknow it', []],
    ['refund*', 'Refunds and refunded, not prerefund', ['refunds', 'refunded']],
    ['(very |)sorry', 'very sorry / sorry', ['very sorry', 'sorry']],
    ['sorry … but', 'sorry for the mess, but', ['sorry for the mess, but']],
    ['sorry … but', 'sorry. But', []],
    ['perdón', 'PERDON, perdón', ['perdon', 'perdon']],
    ['{time}', 'at 13:00 or 9am, not 5.214', ['13:00', '9am']],
    ['{url}', 'see example.com/x. or https://a.io', ['example.com/x', 'https://a.io']],
    ['{email}', 'write to ayuda@cafe.es.', ['ayuda@cafe.es']],
  ])('%s in %j', (phrase, text, expected) => {
    expect(hits(phrase, text)).toEqual(expected);
  });

  it('defuses a negated phrase only when the set is negatable', () => {
    const text = 'This was not due to user error.';
    const phrase = '(due to) (user) error';
    expect(findHits(fold(text), { phrases: [phrase], negatable: true }, negation)).toHaveLength(0);
    expect(findHits(fold(text), { phrases: [phrase] }, negation)).toHaveLength(1);
    expect(findHits(fold('not only due to user error'), { phrases: [phrase], negatable: true }, negation)).toHaveLength(
      1,
    );
  });

  it('drops a hit that overlaps an exception', () => {
    const set = { phrases: ['manana'], except: ['esta manana'] };
    expect(findHits(fold('Esta mañana falló; mañana lo arreglamos.'), set, WORDING.es.phrases.negation)).toHaveLength(
      1,
    );
  });
});
