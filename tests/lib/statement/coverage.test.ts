import { describe, expect, it } from 'vitest';
import { coverage } from '../../../src/lib/statement/coverage.ts';
import { APOLOGY_PARTS, type ApologyPart, type Locale } from '../../../src/lib/statement/types.ts';
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
