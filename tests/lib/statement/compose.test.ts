import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compose, composeSentences, contactKind } from '../../../src/lib/statement/compose.ts';
import { defaultApology } from '../../../src/lib/statement/fields.ts';
import { lintStatement } from '../../../src/lib/statement/lint.ts';
import { measure } from '../../../src/lib/statement/platforms.ts';
import { listTemplates, templateFor } from '../../../src/lib/statement/templates.ts';
import { threadFor } from '../../../src/lib/statement/thread.ts';
import {
  CRISIS_TYPES,
  type CrisisType,
  type Locale,
  PLATFORM_IDS,
  STATEMENT_KINDS,
  type StatementInput,
  type StatementKind,
  TONES,
  type Tone,
} from '../../../src/lib/statement/types.ts';
import { loadWording } from '../../../src/lib/statement/wording.ts';
import { T, WORDING } from './wording.ts';

/** Short, realistic inputs per locale (a rumour's "what happened" is the false claim). Every field is filled: each template uses those its form shows. */
const SHORT: Record<Locale, Omit<StatementInput, 'kind' | 'crisisType' | 'tone'>> = {
  en: {
    brand: 'Café Lumbre',
    whatHappened: 'some app orders were charged twice this morning',
    cause: 'the app retried payments instead of waiting for the bank',
    whoIsAffected: '1,214 orders',
    doingNow: 'we have paused app payments while we check every order',
    sorryFor: 'charging your order twice',
    fix: 'every duplicate charge will be refunded within 48 hours',
    prevention: 'we now test payments before every release',
    whatToDo: 'check your bank statement',
    dataInvolved: 'names and e-mail addresses',
    authority: 'the data protection authority',
    dataContact: 'privacy@cafelumbre.com',
    nextUpdate: '17:00',
    contact: 'ayuda@cafelumbre.com',
  },
  es: {
    brand: 'Café Lumbre',
    whatHappened: 'algunos pedidos de la app se han cobrado dos veces',
    cause: 'la app repetía los pagos en lugar de esperar al banco',
    whoIsAffected: 'los pedidos de esta mañana',
    doingNow: 'hemos pausado los pagos en la app mientras revisamos cada pedido',
    sorryFor: 'cobrar dos veces tu pedido',
    fix: 'te devolveremos cada cobro duplicado en 48 horas',
    prevention: 'desde ahora probaremos los pagos antes de cada lanzamiento',
    whatToDo: 'revisa tu extracto bancario',
    dataInvolved: 'nombres y direcciones de correo',
    authority: 'la autoridad de protección de datos',
    dataContact: 'privacidad@cafelumbre.com',
    nextUpdate: '17:00',
    contact: 'ayuda@cafelumbre.com',
  },
};

const combos: [Locale, StatementKind, CrisisType, Tone][] = (['es', 'en'] as const).flatMap((locale) =>
  STATEMENT_KINDS.flatMap((kind) =>
    CRISIS_TYPES.flatMap((crisisType) =>
      TONES.map((tone) => [locale, kind, crisisType, tone] as [Locale, StatementKind, CrisisType, Tone]),
    ),
  ),
);

const APOLOGY_WORD: Record<Locale, RegExp> = {
  en: /sorry|apologi[sz]e|regret/iu,
  es: /sentimos|disculpas|perdón|lamentamos/iu,
};

const TEMPLATES = STATEMENT_KINDS.length * CRISIS_TYPES.length * TONES.length;

describe('templates', () => {
  it.each(['es', 'en'] as const)('lists every kind × crisis type × tone in %s with unique ids and titles', (locale) => {
    const list = listTemplates(WORDING[locale]);
    // A template's title, as the builder names its kind, crisis type and tone.
    const title = (t: (typeof list)[number]) =>
      [
        T[locale](`statement.kinds.${t.kind}`),
        T[locale](`statement.crisisTypes.${t.crisisType}`),
        T[locale](`statement.tones.${t.tone}`),
      ].join(' · ');
    expect(TEMPLATES).toBe(64);
    expect(list).toHaveLength(TEMPLATES);
    expect(new Set(list.map((t) => t.id)).size).toBe(TEMPLATES);
    expect(new Set(list.map(title)).size).toBe(TEMPLATES);
  });

  it('uses the same ids in both languages', () => {
    expect(listTemplates(WORDING.es).map((t) => t.id)).toEqual(listTemplates(WORDING.en).map((t) => t.id));
  });

  it('falls back to a full, formal, service-outage template for unknown values', async () => {
    expect(
      templateFor('nope' as StatementKind, 'nope' as CrisisType, 'nope' as Tone, await loadWording('xx' as Locale)).id,
    ).toBe('full/service-outage/formal');
  });

  it.each(['es', 'en'] as const)('gives each crisis type its own holding headline in %s', (locale) => {
    for (const tone of TONES) {
      const headlines = CRISIS_TYPES.map(
        (c) =>
          compose(
            { kind: 'holding', crisisType: c, tone, brand: '', whatHappened: 'x' },
            WORDING[locale],
          ).website.split('\n')[0],
      );
      expect(new Set(headlines).size).toBe(CRISIS_TYPES.length);
    }
  });
});

describe.each(combos)('compose (%s, %s, %s, %s)', (locale, kind, crisisType, tone) => {
  const input: StatementInput = { ...SHORT[locale], kind, crisisType, tone };
  const out = compose(input, WORDING[locale]);
  const apology = defaultApology(input);

  it('writes a statement for every platform, with no placeholder left', () => {
    expect(Object.keys(out).sort()).toEqual([...PLATFORM_IDS].sort());
    for (const text of Object.values(out)) {
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/[{}]/u);
    }
  });

  it('has no error in the template’s own words, with or without an apology, a commitment or fields', () => {
    for (const variant of [
      input,
      { ...input, apology: !apology, promise: true },
      { kind, crisisType, tone, brand: '', whatHappened: '' },
    ]) {
      const own = composeSentences(variant, WORDING[locale]).filter((s) => s.template);
      for (const sentence of own) {
        const errors = lintStatement(sentence.text, WORDING[locale]).filter((f) => f.severity === 'error');
        expect(errors, sentence.text).toEqual([]);
      }
    }
  });

  it('passes its own linter with realistic input: no error, and every part its kind needs', () => {
    const findings = lintStatement(out.website, WORDING[locale], { kind, apology });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('says only what the form asks for this kind', () => {
    if (kind === 'holding') {
      // No cause, no fix (without opting in), no prevention: the facts are not known yet.
      for (const key of ['cause', 'fix', 'prevention'] as const) expect(out.website).not.toContain(SHORT[locale][key]);
      expect(out.website).not.toMatch(APOLOGY_WORD[locale]);
    }
    if (crisisType !== 'data-incident') expect(out.website).not.toContain(SHORT[locale].dataInvolved);
  });

  it('fits one post on Threads, and one post or a thread of posts that fit on X and Bluesky', () => {
    // X and Bluesky keep every sentence: over the limit, the text becomes a thread (threads-keep.test.ts).
    for (const post of threadFor(out.x, 'x')) expect(measure(post, 'x').length).toBeLessThanOrEqual(280);
    for (const post of threadFor(out.bluesky, 'bluesky'))
      expect(measure(post, 'bluesky').length).toBeLessThanOrEqual(300);
    expect(measure(out.threads, 'threads').length).toBeLessThanOrEqual(500);
  });

  it('says when the next update comes, even on X (a closing statement has none)', () => {
    if (kind === 'closing') expect(out.website).not.toContain('17:00');
    else expect(out.x).toContain('17:00');
  });

  it('carries the key message in Instagram’s first 125 characters', () => {
    const firstLine = out.instagram.split('\n')[0] ?? '';
    expect(measure(firstLine, 'instagram').length).toBeLessThanOrEqual(125);
    if (kind === 'full' && apology) expect(firstLine).toMatch(APOLOGY_WORD[locale]);
  });

  it('signs the website and e-mail versions and greets in the e-mail', () => {
    expect(out.website.split('\n').at(-1)).toContain('Café Lumbre');
    expect(out.email.split('\n')[0]).toMatch(/^(Hello,|Hi,|Buenos días:|Hola:)$/u);
    expect(out.email.endsWith(out.website)).toBe(true);
  });

  it('leaves no dangling punctuation when the optional fields are empty', () => {
    const minimal = compose({ kind, crisisType, tone, brand: '', whatHappened: '' }, WORDING[locale]);
    for (const [platform, text] of Object.entries(minimal)) {
      expect(text.length).toBeGreaterThan(0);
      // The e-mail's first line is its greeting ("Hola:"), the only line that ends in a colon.
      for (const line of text.split('\n').slice(platform === 'email' ? 1 : 0)) {
        expect(line).not.toMatch(/[{}]|\s[.,;:]|\.\.|,\.|[:,]\s*$|\s{2,}|^\s|\s$/u);
      }
    }
  });
});

describe('compose', () => {
  const base: StatementInput = {
    kind: 'full',
    crisisType: 'service-outage',
    tone: 'formal',
    brand: 'Café Lumbre',
    whatHappened: 'some app orders were charged twice',
  };

  it('trims fields and does not double the full stop', () => {
    const out = compose({ ...base, whatHappened: '  some orders were charged twice.  \n' }, WORDING.en);
    expect(out.website).toContain('Some orders were charged twice. ');
    expect(out.website).not.toContain('..');
  });

  it('keeps a field ending in ? or ! as written', () => {
    const { website } = compose({ ...base, fix: 'refunds are done!' }, WORDING.en);
    expect(website).toContain('Refunds are done!');
    expect(website).not.toContain('!.');
  });

  it('treats placeholders and HTML in user text as plain text', () => {
    const out = compose({ ...base, whatHappened: '{brand} <script>alert(1)</script> &amp; {?apology}' }, WORDING.en);
    expect(out.website).toContain('{brand} <script>alert(1)</script> &amp; {?apology}.');
  });

  it('lower-cases a field inside a sentence only for common words', () => {
    const rumour = { ...base, crisisType: 'false-rumour' as const };
    expect(compose({ ...rumour, whatHappened: 'We are closing all stores' }, WORDING.en).website).toContain(
      'claiming that we are closing all stores.',
    );
    expect(compose({ ...rumour, whatHappened: 'Café Lumbre is closing' }, WORDING.en).website).toContain(
      'claiming that Café Lumbre is closing.',
    );
  });

  it.each<[Locale, string, string]>([
    ['en', '13:00', 'at 13:00'],
    ['en', '9am', 'at 9am'],
    ['en', 'Tomorrow at 10', 'tomorrow at 10'],
    ['es', '13:00', 'a las 13:00'],
    ['es', '1:30', 'a la 1:30'],
    ['es', 'Mañana a las 10', 'mañana a las 10'],
    ['en', 'Friday', 'on Friday'],
    ['en', 'Friday at 12:00', 'on Friday at 12:00'],
    ['en', 'December 3 at 9am', 'on December 3 at 9am'],
    ['en', '3rd of December', 'on 3rd of December'],
    ['en', 'in two hours', 'in two hours'],
    ['en', 'May 4', 'on May 4'],
    ['en', 'this evening', 'this evening'],
    ['es', 'Viernes', 'el viernes'],
    ['es', 'viernes a las 12:00', 'el viernes a las 12:00'],
    ['es', '3 de diciembre a las 9:00', 'el 3 de diciembre a las 9:00'],
    ['es', 'dentro de dos horas', 'dentro de dos horas'],
    ['es', 'Martes', 'el martes'],
  ])('writes the next update (%s) %s as “%s”', (locale, nextUpdate, expected) => {
    expect(compose({ ...base, nextUpdate }, WORDING[locale]).website).toContain(` ${expected}.`);
  });

  it.each<[string, ReturnType<typeof contactKind>]>([
    ['ayuda@cafelumbre.com', 'email'],
    ['https://cafelumbre.com/estado', 'url'],
    ['cafelumbre.com/estado', 'url'],
    ['@CafeLumbre', 'handle'],
    ['+34 910 000 000', 'phone'],
    ['DM us', 'other'],
    ['', null],
  ])('recognises the contact %j as %s', (contact, kind) => {
    expect(contactKind(contact)).toBe(kind);
  });

  it.each<[string, string]>([
    ['ayuda@cafelumbre.com', 'escríbanos a ayuda@cafelumbre.com.'],
    ['https://cafelumbre.com/estado', 'Más información: https://cafelumbre.com/estado'],
    ['+34 910 000 000', 'llámenos al +34 910 000 000.'],
    ['escríbenos por privado', 'Escríbenos por privado.'],
  ])('writes the contact %j as a sentence', (contact, sentence) => {
    expect(compose({ ...base, contact }, WORDING.es).website).toContain(sentence);
  });

  it('uses “al” before a masculine singular in Spanish', () => {
    expect(compose({ ...base, whoIsAffected: 'El turno de mañana' }, WORDING.es).website).toContain(
      'Ha afectado al turno de mañana.',
    );
    expect(compose({ ...base, whoIsAffected: 'los pedidos de hoy' }, WORDING.es).website).toContain(
      'Ha afectado a los pedidos de hoy.',
    );
  });

  it('leaves the apology out when asked, and the linter then asks for it', () => {
    const out = compose({ ...base, apology: false }, WORDING.en);
    expect(out.website).not.toMatch(APOLOGY_WORD.en);
    expect(lintStatement(out.website, WORDING.en).some((f) => f.rule === 'no-apology')).toBe(true);
  });

  it('corrects a false rumour calmly: no apology and no admission by default', () => {
    const out = compose(
      {
        ...base,
        crisisType: 'false-rumour',
        whatHappened: 'we are closing all stores',
        cause: 'all our stores remain open',
      },
      WORDING.en,
    );
    expect(out.website).not.toMatch(APOLOGY_WORD.en);
    expect(out.website).not.toMatch(/our mistake|our fault/iu);
    expect(out.x).toMatch(/not true/u);
    expect(compose({ ...base, crisisType: 'false-rumour', apology: true }, WORDING.en).website).toMatch(
      APOLOGY_WORD.en,
    );
  });

  it('never throws on missing or wrong input', async () => {
    const unknownLanguage = await loadWording('xx' as Locale);
    expect(() => compose(null as unknown as StatementInput, WORDING.es)).not.toThrow();
    expect(() => compose({} as StatementInput, WORDING.en)).not.toThrow();
    expect(() =>
      compose(
        { kind: 7, crisisType: null, tone: {}, brand: 1, whatHappened: [] } as unknown as StatementInput,
        unknownLanguage,
      ),
    ).not.toThrow();
  });
});

const anyString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc.constantFrom('', ' ', '.', '\u200b', '<b>x</b>', '{brand}', 'مرحبا بالعالم', '👨‍👩‍👧‍👦', '13:00', 'a@b.co'),
);

describe('compose properties', () => {
  it('never throws and always returns text for every platform', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            kind: fc.constantFrom(...STATEMENT_KINDS),
            crisisType: fc.constantFrom(...CRISIS_TYPES),
            tone: fc.constantFrom(...TONES),
            brand: anyString,
            whatHappened: anyString,
            cause: anyString,
            whoIsAffected: anyString,
            fix: anyString,
            prevention: anyString,
            nextUpdate: anyString,
            contact: anyString,
            apology: fc.boolean(),
          },
          { requiredKeys: ['kind', 'crisisType', 'tone', 'brand', 'whatHappened'] },
        ),
        fc.constantFrom('es', 'en'),
        (input, locale) => {
          const out = compose(input, WORDING[locale]);
          for (const platform of PLATFORM_IDS) expect(typeof out[platform]).toBe('string');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('handles 100,000-character fields', () => {
    const huge = 'Lo sentimos, pero 😀 مرحبا <b> '.repeat(3500);
    const started = performance.now();
    const out = compose(
      { ...SHORT.es, kind: 'full', crisisType: 'data-incident', tone: 'warm', whatHappened: huge, fix: huge },
      WORDING.es,
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(out.website).toContain(huge.trim().slice(0, 1000));
  });
});
