import { describe, expect, it } from 'vitest';
import { type Finding, lintStatement } from '../../../src/lib/statement/lint.ts';
import { RULE_IDS, type RuleId } from '../../../src/lib/statement/rules.ts';
import { messageOf, WORDING } from './wording.ts';

/** [text, rule, must the rule fire?] — texts that MUST trigger a rule and near misses that must not. */
type Case = [text: string, rule: RuleId, fires: boolean];

const EN: Case[] = [
  // conditional-apology
  ["We're sorry if anyone was offended by our post.", 'conditional-apology', true],
  ['We apologise if this caused any confusion.', 'conditional-apology', true],
  ['We are sorry you feel that way.', 'conditional-apology', true],
  ['Sorry to anyone who may have been offended.', 'conditional-apology', true],
  ['We regret if our words upset anyone.', 'conditional-apology', true],
  ['If our campaign offended anyone, we apologise.', 'conditional-apology', true],
  ['WE’RE SORRY IF ANYONE WAS OFFENDED.', 'conditional-apology', true],
  ["We're sorry we charged you twice.", 'conditional-apology', false],
  ['Sorry, if you still need help, DM us.', 'conditional-apology', false],
  ["We're sorry. If you were charged twice, you will get a refund.", 'conditional-apology', false],
  ['We are sorry that we hurt you.', 'conditional-apology', false],
  // passive-mistakes
  ['Mistakes were made in the checkout.', 'passive-mistakes', true],
  ['Errors occurred during the update.', 'passive-mistakes', true],
  ['An error occurred while processing payments.', 'passive-mistakes', true],
  ['No errors occurred in card payments; the fault was in the app.', 'passive-mistakes', false],
  ['We made mistakes, and we are sorry.', 'passive-mistakes', false],
  // sorry-but
  ["We're sorry, but the bank was slow.", 'sorry-but', true],
  ['We apologise; however, the delay was outside our control.', 'sorry-but', true],
  ['We are sorry for the delay, but demand was very high.', 'sorry-but', true],
  ["We're sorry. We are fixing it.", 'sorry-but', false],
  ["Nobody but us is to blame, and we're sorry.", 'sorry-but', false],
  // blames-customers
  ['Some users misused the discount code.', 'blames-customers', true],
  ['Customers failed to update the app.', 'blames-customers', true],
  ['The outage was due to user error.', 'blames-customers', true],
  ['If customers had followed the instructions, this would not have happened.', 'blames-customers', true],
  ['This was not due to user error: it was ours.', 'blames-customers', false],
  ['Customers failed to receive their orders.', 'blames-customers', false],
  ['We misused your trust.', 'blames-customers', false],
  // no-acknowledgement
  ["We're sorry. We will refund you by Friday.", 'no-acknowledgement', true],
  ['We know some orders were charged twice.', 'no-acknowledgement', false],
  ['It was our mistake.', 'no-acknowledgement', false],
  // no-apology
  ['We know some orders were charged twice. Refunds by 13:00.', 'no-apology', true],
  ['We will not apologise for our prices.', 'no-apology', true],
  ['We apologise for charging you twice.', 'no-apology', false],
  // no-corrective-measure
  ["We know about the outage and we're sorry.", 'no-corrective-measure', true],
  ['We have not fixed it yet.', 'no-corrective-measure', true],
  ['Every duplicate charge will be refunded within 48 hours.', 'no-corrective-measure', false],
  ["We've withdrawn version 5.2.", 'no-corrective-measure', false],
  // no-prevention
  ["We're sorry. Refunds are on their way.", 'no-prevention', true],
  ['We will test every release so it does not happen again.', 'no-prevention', false],
  ['From now on, payments are tested before every release.', 'no-prevention', false],
  // no-next-step
  ["We're sorry and we are fixing it.", 'no-next-step', true],
  ['Next update at 13:00.', 'no-next-step', false],
  ['Write to help@example.com.', 'no-next-step', false],
  ['Details at example.com/status', 'no-next-step', false],
  ['DM us with your order number.', 'no-next-step', false],
  ["We'll post an update tomorrow.", 'no-next-step', false],
  // jargon
  ['We regret any inconvenience caused.', 'jargon', true],
  ['We will leverage our synergies.', 'jargon', true],
  ['Pursuant to our terms, refunds take five days.', 'jargon', true],
  ["We're sorry we charged you twice.", 'jargon', false],
  // shouting
  ['WE ARE SORRY', 'shouting', true],
  ['We fixed it!!', 'shouting', true],
  ['Sorry! Fixed! Back online.', 'shouting', true],
  ['We updated the FAQ and the API docs.', 'shouting', false],
  ["We're sorry!", 'shouting', false],
  // Issue 12: more non-apologies, each with its mended twin that must pass.
  ['We apologize to anyone who may have felt offended.', 'conditional-apology', true],
  ['We are sorry you were disappointed.', 'conditional-apology', true],
  ['We regret any misunderstanding.', 'conditional-apology', true],
  ['We apologize for any distress this may have caused.', 'conditional-apology', true],
  ['We apologize for the error in your invoice.', 'conditional-apology', false],
  ['We are sorry we disappointed you.', 'conditional-apology', false],
  ['We apologize for the distress our post caused.', 'conditional-apology', false],
  ['We regret that we misled you about the price.', 'conditional-apology', false],
  ['Some customers did not follow the instructions.', 'blames-customers', true],
  ['We did not explain the instructions well.', 'blames-customers', false],
  ['Duplicate charges occurred this morning.', 'passive-mistakes', true],
  ['There have been some duplicate charges.', 'passive-mistakes', true],
  ['We charged some orders twice this morning.', 'passive-mistakes', false],
  ['The delay was beyond our control.', 'blames-others', true],
  ['The error was with the bank.', 'blames-others', true],
  ['It happened because of a third-party error.', 'blames-others', true],
  ["It was the bank's fault.", 'blames-others', true],
  ['This was not our fault.', 'blames-others', true],
  ['The error was ours.', 'blames-others', false],
  ['Our bank partner has confirmed every refund.', 'blames-others', false],
  ['We will refund every duplicate charge.', 'holding-promise', true],
  ['This will never happen again.', 'holding-promise', true],
  ['We are checking every order now.', 'holding-promise', false],
];

const ES: Case[] = [
  // conditional-apology
  ['Lamentamos si alguien se ha sentido ofendido.', 'conditional-apology', true],
  ['Sentimos que te sientas así.', 'conditional-apology', true],
  ['Pedimos disculpas si nuestro anuncio molestó a alguien.', 'conditional-apology', true],
  ['Si alguien se sintió ofendido, lo sentimos.', 'conditional-apology', true],
  ['LAMENTAMOS SI ALGUIEN SE HA SENTIDO OFENDIDO', 'conditional-apology', true],
  ['lamentamos si alguien se ha sentido ofendido', 'conditional-apology', true],
  ['Perdón si te hemos molestado.', 'conditional-apology', true],
  ['Sentimos haberte cobrado dos veces.', 'conditional-apology', false],
  ['Lo sentimos. Si te han cobrado dos veces, te lo devolvemos.', 'conditional-apology', false],
  // passive-mistakes
  ['Se cometieron errores en el proceso de pago.', 'passive-mistakes', true],
  ['Se produjeron errores durante la actualización.', 'passive-mistakes', true],
  ['Ha habido errores en algunos pedidos.', 'passive-mistakes', true],
  ['No se produjeron errores en los pagos con tarjeta.', 'passive-mistakes', false],
  ['Cometimos un error y lo sentimos.', 'passive-mistakes', false],
  // sorry-but
  ['Lo sentimos, pero el banco tardó en responder.', 'sorry-but', true],
  ['Pedimos disculpas, sin embargo la demanda fue muy alta.', 'sorry-but', true],
  ['Lamentamos el retraso, aunque no dependía de nosotros.', 'sorry-but', true],
  ['Lo sentimos. Ya estamos trabajando en ello.', 'sorry-but', false],
  ['Sin embargo, hemos corregido el fallo y lo sentimos.', 'sorry-but', false],
  // blames-customers
  ['Algunos usuarios hicieron un mal uso del código.', 'blames-customers', true],
  ['El fallo se produjo por error de los clientes.', 'blames-customers', true],
  ['Algunos clientes no siguieron las instrucciones.', 'blames-customers', true],
  ['Debido a un error del usuario, el pedido se duplicó.', 'blames-customers', true],
  ['No fue por error de los clientes: fue culpa nuestra.', 'blames-customers', false],
  ['Los clientes no recibieron sus pedidos.', 'blames-customers', false],
  // no-acknowledgement
  ['Lo sentimos. Te devolveremos el dinero el lunes.', 'no-acknowledgement', true],
  ['Sabemos que algunos pedidos se han cobrado dos veces.', 'no-acknowledgement', false],
  ['Nos equivocamos.', 'no-acknowledgement', false],
  // no-apology
  ['Sabemos que algunos pedidos se han cobrado dos veces. Próxima actualización a las 13:00.', 'no-apology', true],
  ['No pedimos disculpas por nuestros precios.', 'no-apology', true],
  ['Te pedimos perdón por el cobro doble.', 'no-apology', false],
  ['Perdon por el cobro doble.', 'no-apology', false],
  // no-corrective-measure
  ['Sabemos lo que ha pasado y lo sentimos.', 'no-corrective-measure', true],
  ['Todavía no hemos corregido el fallo.', 'no-corrective-measure', true],
  ['Te devolveremos cada cobro duplicado en 48 horas.', 'no-corrective-measure', false],
  ['Ya hemos retirado la versión 5.2.', 'no-corrective-measure', false],
  // no-prevention
  ['Lo sentimos. Ya hemos retirado la versión 5.2.', 'no-prevention', true],
  ['Haremos lo necesario para que no vuelva a ocurrir.', 'no-prevention', false],
  ['A partir de ahora probaremos cada versión.', 'no-prevention', false],
  // no-next-step
  ['Lo sentimos y estamos trabajando en ello.', 'no-next-step', true],
  ['Esta mañana falló la app.', 'no-next-step', true],
  ['Próxima actualización a las 13:00.', 'no-next-step', false],
  ['Escríbenos a ayuda@cafelumbre.com.', 'no-next-step', false],
  ['Te informaremos mañana.', 'no-next-step', false],
  ['Más información en cafelumbre.com/estado', 'no-next-step', false],
  // jargon
  ['Lamentamos las molestias ocasionadas.', 'jargon', true],
  ['Trabajamos para resolver la incidencia a la mayor brevedad.', 'jargon', true],
  ['En aras de la transparencia, informamos de dicho incidente.', 'jargon', true],
  ['Seguimos el procedimiento habitual.', 'jargon', true],
  ['Sentimos haberte cobrado dos veces.', 'jargon', false],
  // shouting
  ['LO SENTIMOS MUCHO', 'shouting', true],
  ['¡¡Lo sentimos!!', 'shouting', true],
  ['¡Ya está! ¡Arreglado!', 'shouting', true],
  ['¡Lo sentimos!', 'shouting', false],
  ['Revisa las FAQ de la web.', 'shouting', false],
  // Issue 12: más no-disculpas, cada una con su versión corregida, que no debe marcarse.
  ['Pedimos disculpas a quienes se hayan podido sentir ofendidos.', 'conditional-apology', true],
  ['Sentimos el malestar que haya podido causar.', 'conditional-apology', true],
  ['Lamentamos cualquier malentendido.', 'conditional-apology', true],
  ['Pedimos disculpas por el error en su factura.', 'conditional-apology', false],
  ['Sentimos el malestar que ha causado nuestro anuncio.', 'conditional-apology', false],
  ['Lamentamos haber cobrado dos veces.', 'conditional-apology', false],
  ['Lamentamos la confusión que creó nuestro mensaje.', 'conditional-apology', false],
  ['Sentimos que se hayan podido sentir ofendidos.', 'conditional-apology', true],
  ['Se han producido algunos cobros duplicados.', 'passive-mistakes', true],
  ['Se produjeron retrasos en los envíos.', 'passive-mistakes', true],
  ['Hemos cobrado dos veces algunos pedidos.', 'passive-mistakes', false],
  ['El error fue del banco.', 'blames-others', true],
  ['El retraso se debió a causas ajenas a nuestra voluntad.', 'blames-others', true],
  ['La caída estuvo fuera de nuestro control.', 'blames-others', true],
  ['No fue culpa nuestra.', 'blames-others', true],
  ['El error fue nuestro.', 'blames-others', false],
  ['Nuestro banco ya ha confirmado las devoluciones.', 'blames-others', false],
  ['Algunos clientes no siguieron las instrucciones.', 'blames-customers', true],
  ['No explicamos bien las instrucciones.', 'blames-customers', false],
  ['Devolveremos cada cobro duplicado en 48 horas.', 'holding-promise', true],
  ['Le garantizamos que no volverá a ocurrir.', 'holding-promise', true],
  ['Estamos revisando cada pedido.', 'holding-promise', false],
];

const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);

describe.each([
  ['en', EN],
  ['es', ES],
] as const)('lintStatement (%s)', (locale, cases) => {
  it('has at least 40 cases covering every phrase rule both ways', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const rule of RULE_IDS.filter((r) => r !== 'too-long')) {
      expect(cases.some(([, r, fires]) => r === rule && fires)).toBe(true);
      expect(cases.some(([, r, fires]) => r === rule && !fires)).toBe(true);
    }
  });

  it.each(cases)('%s → %s fires: %s', (text, rule, fires) => {
    // A promise is only a finding in a holding statement.
    const options = rule === 'holding-promise' ? { kind: 'holding' as const } : {};
    expect(rulesOf(lintStatement(text, WORDING[locale], options)).includes(rule)).toBe(fires);
  });
});

describe('good statements', () => {
  // The worked example of the response guide, in each language.
  const en =
    "Between 08:10 and 11:20 today, a fault in version 5.2 of our app charged 1,214 orders twice. It was our mistake and we're sorry: we took money that wasn't ours. When your bank was slow to confirm a payment, the app tried again instead of waiting. Every duplicate charge will be refunded automatically within 48 hours, and your next drink is on us. We've withdrawn version 5.2. From now on we test payments before every release and roll updates out gradually. We will never ask for your card details: @CafeLumbre_Ayuda is not us, please report it. Next update today at 17:00.";
  const es =
    'Hoy, entre las 08:10 y las 11:20, un fallo en la versión 5.2 de nuestra app cobró dos veces 1214 pedidos. El error es nuestro y te pedimos perdón: nos quedamos con un dinero que te pertenece. Cuando tu banco tardaba en confirmar un pago, la app lo repetía en lugar de esperar. Te devolveremos cada cobro duplicado automáticamente en 48 horas, y tu próxima bebida corre de nuestra cuenta. Ya hemos retirado la versión 5.2. Desde ahora probaremos los pagos antes de cada lanzamiento y publicaremos las actualizaciones de forma escalonada. Nunca te pediremos los datos de tu tarjeta: @CafeLumbre_Ayuda no somos nosotros; denuncia esa cuenta. Próxima actualización hoy a las 17:00.';

  it.each([
    ['en', en],
    ['es', es],
  ] as const)('the guide’s worked example (%s) has no findings', (locale, text) => {
    expect(lintStatement(text, WORDING[locale])).toEqual([]);
  });

  it.each([
    ['en', 'We know some app orders have been charged twice. We are looking into it now. Next update by 13:00.'],
    [
      'es',
      'Sabemos que algunos pedidos de la app se han cobrado dos veces. Lo estamos investigando. Próxima actualización antes de las 13:00.',
    ],
  ] as const)('the guide’s holding statement (%s) passes as a holding statement', (locale, text) => {
    expect(lintStatement(text, WORDING[locale], { kind: 'holding' })).toEqual([]);
  });
});

describe('findings', () => {
  it('point at the phrase as typed, accents and case included', () => {
    const text = 'Hola. PERDÓN SI alguien se sintió ofendido.';
    const finding = lintStatement(text, WORDING.es).find((f) => f.rule === 'conditional-apology');
    expect(finding && text.slice(finding.start, finding.end)).toBe('PERDÓN SI alguien se sintió ofendido');
  });

  it('map offsets past accents, emoji and zero-width characters', () => {
    const text = '😀 Añadido: se\u200b cometieron errores.';
    const finding = lintStatement(text, WORDING.es).find((f) => f.rule === 'passive-mistakes');
    expect(finding && text.slice(finding.start, finding.end)).toBe('se\u200b cometieron errores');
  });

  it('explain in the locale and link to the response guide section', () => {
    const [en] = lintStatement('Mistakes were made.', WORDING.en).filter((f) => f.rule === 'passive-mistakes');
    const [es] = lintStatement('Se cometieron errores.', WORDING.es).filter((f) => f.rule === 'passive-mistakes');
    expect(en).toMatchObject({ severity: 'error', guide: '/en/guides/response/#the-parts-of-the-apology' });
    expect(en && messageOf(en, 'en')).toContain('“Mistakes were made”');
    expect(es).toMatchObject({ severity: 'error', guide: '/es/guides/response/#las-partes-de-la-disculpa' });
    expect(es && messageOf(es, 'es')).toContain('“Se cometieron errores”');
  });

  it('report missing parts at 0..0 as warnings, first in the list', () => {
    const findings = lintStatement('Mistakes were made.', WORDING.en);
    const missing = findings.filter((f) => f.rule.startsWith('no-'));
    expect(missing.length).toBeGreaterThan(0);
    for (const f of missing) expect(f).toMatchObject({ severity: 'warning', start: 0, end: 0 });
    expect(findings[0]?.rule.startsWith('no-')).toBe(true);
  });

  it('give jargon as info and shouting as a warning', () => {
    const findings = lintStatement('WE ARE SORRY for any inconvenience.', WORDING.en);
    expect(findings.find((f) => f.rule === 'jargon')?.severity).toBe('info');
    expect(findings.find((f) => f.rule === 'shouting')?.severity).toBe('warning');
  });

  it('are empty for a blank draft', () => {
    expect(lintStatement('', WORDING.en)).toEqual([]);
    expect(lintStatement(' \n\u200b ', WORDING.es)).toEqual([]);
  });

  it('keep HTML as text', () => {
    const text = '<b>Sorry if</b> anyone <script>alert(1)</script> was offended';
    const finding = lintStatement(text, WORDING.en).find((f) => f.rule === 'conditional-apology');
    expect(finding && text.slice(finding.start, finding.end)).toBe('Sorry if');
  });
});

describe('kinds and options', () => {
  const holding = 'We know some orders were charged twice. Next update at 13:00.';

  it('asks a holding statement only for acknowledgement and a next step', () => {
    expect(lintStatement(holding, WORDING.en, { kind: 'holding' })).toEqual([]);
    expect(rulesOf(lintStatement(holding, WORDING.en))).toEqual(
      expect.arrayContaining(['no-apology', 'no-corrective-measure', 'no-prevention']),
    );
  });

  it('flags a promise only in a holding statement that did not opt in to one', () => {
    const promise = 'We know some orders were charged twice. We will refund every one. Next update at 13:00.';
    expect(rulesOf(lintStatement(promise, WORDING.en, { kind: 'holding' }))).toEqual(['holding-promise']);
    expect(lintStatement(promise, WORDING.en, { kind: 'holding', promise: true })).toEqual([]);
    expect(rulesOf(lintStatement(promise, WORDING.en, { kind: 'full' }))).not.toContain('holding-promise');
    const [finding] = lintStatement(promise, WORDING.en, { kind: 'holding' });
    expect(finding).toMatchObject({ severity: 'warning', guide: '/en/guides/response/#the-holding-statement' });
  });

  it('asks a closing statement for what was done, not for a next update', () => {
    const closing = 'The outage is over. We have refunded every duplicate charge.';
    expect(lintStatement(closing, WORDING.en, { kind: 'closing' })).toEqual([]);
  });

  it('asks a follow-up for progress on the fix', () => {
    expect(rulesOf(lintStatement(holding, WORDING.en, { kind: 'follow-up' }))).toEqual(['no-corrective-measure']);
  });

  it('does not ask for an apology when the statement deliberately has none', () => {
    const rumour =
      'We have seen posts saying we are closing. That is not true. We have removed the fake account. Next update at 13:00. From now on we post news only on our site.';
    expect(rulesOf(lintStatement(rumour, WORDING.en, { apology: false }))).toEqual([]);
    expect(rulesOf(lintStatement(rumour, WORDING.en))).toEqual(['no-apology']);
  });

  it.each([
    ['x', 'a'.repeat(281), 280],
    ['bluesky', 'b'.repeat(301), 300],
    ['threads', 'c'.repeat(501), 500],
  ] as const)('reports too-long on %s from the first character over the limit', (platform, text, limit) => {
    const finding = lintStatement(text, WORDING.en, { platform }).find((f) => f.rule === 'too-long');
    expect(finding).toMatchObject({ severity: 'error', start: limit, end: text.length });
    expect(finding && messageOf(finding, 'en')).toContain(String(limit));
    expect(lintStatement(text.slice(1), WORDING.en, { platform }).some((f) => f.rule === 'too-long')).toBe(false);
  });

  it('never reports too-long without a platform or where there is no limit', () => {
    const text = 'word '.repeat(20_000);
    expect(lintStatement(text, WORDING.en).some((f) => f.rule === 'too-long')).toBe(false);
    expect(lintStatement(text, WORDING.en, { platform: 'website' }).some((f) => f.rule === 'too-long')).toBe(false);
  });
});
