import { describe, expect, it } from 'vitest';
import { compose } from '../../../src/lib/statement/compose.ts';
import { coverage, meter } from '../../../src/lib/statement/coverage.ts';
import { APOLOGY_PARTS, type ApologyPart, type Locale, type StatementInput } from '../../../src/lib/statement/types.ts';
import { WORDING } from './wording.ts';

const none: Record<ApologyPart, boolean> = {
  acknowledgement: false,
  responsibility: false,
  regret: false,
  explanation: false,
  repair: false,
  prevention: false,
};
const all = Object.fromEntries(APOLOGY_PARTS.map((p) => [p, true])) as Record<ApologyPart, boolean>;

describe.each<[Locale, string, Partial<Record<ApologyPart, boolean>>]>([
  ['en', '', {}],
  ['en', 'Hello.', {}],
  ['en', 'We know some orders were charged twice.', { acknowledgement: true }],
  ['en', 'We made a mistake.', { acknowledgement: true, responsibility: true }],
  ['en', "We're sorry.", { regret: true }],
  ['en', 'We deeply regret it.', { regret: true }],
  ['en', 'The cause was a fault in our app.', { acknowledgement: true, explanation: true }],
  ['en', 'Every charge will be refunded.', { repair: true }],
  ['en', 'From now on we test every release.', { prevention: true }],
  ['en', 'We are not sorry.', {}],
  ['en', "We're sorry if anyone was offended.", {}],
  ['en', 'It happened because of user error.', {}],
  ['es', 'Sabemos que algunos pedidos se han cobrado dos veces.', { acknowledgement: true }],
  ['es', 'Nos equivocamos.', { acknowledgement: true, responsibility: true }],
  ['es', 'Lo sentimos mucho.', { regret: true }],
  ['es', 'Lamentamos lo ocurrido.', { regret: true }],
  ['es', 'La causa fue un fallo en la app.', { acknowledgement: true, explanation: true }],
  ['es', 'Te devolveremos el dinero.', { repair: true }],
  ['es', 'Para que no vuelva a ocurrir, probaremos cada versión.', { prevention: true }],
  ['es', 'No lo sentimos.', {}],
  ['es', 'Lamentamos si alguien se ha sentido ofendido.', {}],
  ['es', 'Ocurrió por error de los clientes.', {}],
])('coverage(%s) of %j', (locale, text, expected) => {
  it('finds exactly these parts', () => {
    expect(coverage(text, WORDING[locale])).toEqual({ ...none, ...expected });
  });
});

describe('coverage of complete statements', () => {
  it.each<[Locale, string]>([
    [
      'en',
      "A fault in our app charged 1,214 orders twice. It was our mistake and we're sorry. It happened because the app retried payments. Every duplicate charge will be refunded. From now on we test payments before every release.",
    ],
    [
      'es',
      'Un fallo en nuestra app cobró dos veces 1214 pedidos. El error es nuestro y te pedimos perdón. Pasó porque la app repetía los pagos. Te devolveremos cada cobro duplicado. Desde ahora probaremos los pagos antes de cada lanzamiento.',
    ],
  ])('%s: every part', (locale, text) => {
    expect(coverage(text, WORDING[locale])).toEqual(all);
  });
});

describe('meter: only the user’s own words count', () => {
  const present = (result: ReturnType<typeof meter>) =>
    Object.fromEntries(result.parts.map(({ part, present: on }) => [part, on]));

  it.each<[Locale, StatementInput]>([
    [
      'es',
      {
        kind: 'full',
        crisisType: 'service-outage',
        tone: 'formal',
        brand: 'Café Lumbre',
        whatHappened: 'se han producido algunos cobros duplicados',
        cause: 'algunos clientes no siguieron las instrucciones',
      },
    ],
    [
      'en',
      {
        kind: 'full',
        crisisType: 'service-outage',
        tone: 'formal',
        brand: 'Café Lumbre',
        whatHappened: 'duplicate charges occurred this morning',
        cause: 'some customers did not follow the instructions',
      },
    ],
  ])('(%s) template sentences never tick a part, and non-apologies in the fields do not either', (locale, input) => {
    const result = meter(input, WORDING[locale]);
    // The template does add an apology to the text…
    const website = compose(input, WORDING[locale]).website;
    expect(coverage(website, WORDING[locale]).regret).toBe(true);
    expect(result.templateSentences.length).toBeGreaterThan(0);
    // …but the meter counts none of it: the user's words are a passive and a blame.
    expect(result.parts.map((p) => p.part)).toEqual([...APOLOGY_PARTS]);
    expect(result.parts.filter((p) => p.present)).toEqual([]);
  });

  it('counts each part the user wrote in its field', () => {
    const input: StatementInput = {
      kind: 'full',
      crisisType: 'service-outage',
      tone: 'warm',
      brand: '',
      whatHappened: 'some app orders were charged twice',
      sorryFor: 'charging you twice',
      cause: 'the app retried payments when the bank was slow',
      fix: 'every duplicate charge will be refunded',
      prevention: 'we now test payments before every release',
    };
    expect(present(meter(input, WORDING.en))).toEqual({
      acknowledgement: true,
      responsibility: false,
      regret: true,
      explanation: true,
      repair: true,
      prevention: true,
    });
    // Responsibility in the user's own words.
    expect(present(meter({ ...input, cause: 'we made a mistake in update 5.2' }, WORDING.en)).responsibility).toBe(
      true,
    );
  });

  it('asks a holding statement for its own parts: complete without cause, fix or prevention', () => {
    const holding: StatementInput = {
      kind: 'holding',
      crisisType: 'service-outage',
      tone: 'formal',
      brand: 'Café Lumbre',
      whatHappened: 'algunos pedidos de la app se cobraron dos veces',
      doingNow: 'hemos pausado los pagos de la app',
      nextUpdate: '13:00',
      contact: 'ayuda@cafelumbre.com',
    };
    const result = meter(holding, WORDING.es);
    expect(result.parts.map((p) => p.part)).toEqual(['acknowledgement', 'action', 'next-update', 'help']);
    expect(result.parts.every((p) => p.present)).toBe(true);
    // The template's "our team is working on it" does not stand in for what the user is doing.
    const bare = meter({ ...holding, doingNow: '' }, WORDING.es);
    expect(present(bare).action).toBe(false);
    expect(bare.templateSentences).toContain('Nuestro equipo está trabajando en ello.');
  });

  it('does not ask a data incident or a staff review to take responsibility (no admission by default)', () => {
    const base = { kind: 'full', tone: 'formal', brand: '', whatHappened: 'x', apology: true } as const;
    for (const crisisType of ['data-incident', 'staff-misconduct'] as const) {
      expect(meter({ ...base, crisisType }, WORDING.es).parts.map((p) => p.part)).not.toContain('responsibility');
    }
    expect(meter({ ...base, crisisType: 'product-defect' }, WORDING.es).parts.map((p) => p.part)).toContain(
      'responsibility',
    );
  });

  it('has its own parts for a closing statement and a full response without an apology', () => {
    const base = { tone: 'formal', brand: '', whatHappened: 'x' } as const;
    expect(
      meter({ ...base, kind: 'closing', crisisType: 'product-defect' }, WORDING.en).parts.map((p) => p.part),
    ).toEqual(['acknowledgement', 'repair', 'prevention', 'help']);
    expect(
      meter({ ...base, kind: 'full', crisisType: 'policy-backlash' }, WORDING.en).parts.map((p) => p.part),
    ).toEqual(['acknowledgement', 'explanation', 'repair', 'next-update']);
  });

  it('in a hand-edited text, ignores the template sentences left in it and counts what the user added', () => {
    const input: StatementInput = {
      kind: 'full',
      crisisType: 'product-defect',
      tone: 'formal',
      brand: 'Café Lumbre',
      whatHappened: 'algunos pedidos se cobraron dos veces',
    };
    const website = compose(input, WORDING.es).website;
    expect(website).toContain('La responsabilidad es nuestra.');
    const kept = meter(input, WORDING.es, website);
    expect(kept.parts.filter((p) => p.present).map((p) => p.part)).toEqual(['acknowledgement']);
    const added = meter(input, WORDING.es, `${website}\n\nNos equivocamos. Te devolveremos el dinero.`);
    expect(added.parts.filter((p) => p.present).map((p) => p.part)).toEqual([
      'acknowledgement',
      'responsibility',
      'repair',
    ]);
    // A field's words that the edit removed no longer count.
    expect(present(meter(input, WORDING.es, 'Hola.')).acknowledgement).toBe(false);
  });

  it('does not count a field the form does not show for this kind', () => {
    const holding: StatementInput = {
      kind: 'holding',
      crisisType: 'service-outage',
      tone: 'formal',
      brand: '',
      whatHappened: '',
      fix: 'every duplicate charge will be refunded',
      contact: 'help@example.com',
    };
    // A commitment typed before switching to a holding statement is not shown, nor counted as action.
    expect(present(meter(holding, WORDING.en))).toEqual({
      acknowledgement: false,
      action: false,
      'next-update': false,
      help: true,
    });
  });
});
