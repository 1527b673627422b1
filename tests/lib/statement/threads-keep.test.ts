import { describe, expect, it } from 'vitest';
import { compose } from '../../../src/lib/statement/compose.ts';
import { measure } from '../../../src/lib/statement/platforms.ts';
import { threadFor } from '../../../src/lib/statement/thread.ts';
import { CRISIS_TYPES, type Locale, STATEMENT_KINDS, type StatementInput } from '../../../src/lib/statement/types.ts';
import { WORDING } from './wording.ts';

/**
 * Issue 12: on X and Bluesky the short post used to drop the prevention and contact lines while
 * 48 of 280 characters were still free. Now a post over the limit becomes a thread that keeps
 * every sentence, and a post that fits stays one post.
 */

const LONG: Record<Locale, Omit<StatementInput, 'kind' | 'crisisType' | 'tone'>> = {
  es: {
    brand: 'Café Lumbre',
    whatHappened: 'algunos pedidos de la app se han cobrado dos veces entre las 8:00 y las 11:00 de esta mañana',
    cause: 'una actualización de la app repetía los pagos en lugar de esperar la respuesta del banco',
    whoIsAffected: '1.214 pedidos de la app',
    fix: 'hemos retirado la actualización y devolveremos cada cobro duplicado en un plazo de 48 horas',
    prevention: 'desde ahora cada cambio en los pagos se prueba con el banco antes de publicarse',
    nextUpdate: '17:00',
    contact: 'ayuda@cafelumbre.es',
  },
  en: {
    brand: 'Café Lumbre',
    whatHappened: 'some app orders were charged twice between 8:00 and 11:00 this morning',
    cause: 'an app update retried payments instead of waiting for the bank to answer',
    whoIsAffected: '1,214 app orders',
    fix: 'we have withdrawn the update and will refund every duplicate charge within 48 hours',
    prevention: 'from now on every change to payments is tested with the bank before it ships',
    nextUpdate: '17:00',
    contact: 'help@cafelumbre.com',
  },
};

const ink = (text: string) => text.replace(/\s+\d+\/\d+$/u, '').replace(/\s+/gu, ' ');

describe.each(['es', 'en'] as const)('threads keep every sentence (%s)', (locale) => {
  const fields = LONG[locale];
  describe.each(STATEMENT_KINDS)('%s', (kind) => {
    it.each(CRISIS_TYPES.map((c) => [c]))('%s', (crisisType) => {
      const out = compose({ ...fields, kind, crisisType, tone: 'formal' }, WORDING[locale]);
      for (const platform of ['x', 'bluesky'] as const) {
        const text = out[platform];
        const { length, limit } = measure(text, platform);
        const thread = threadFor(text, platform);
        // Split only when over the limit.
        expect(thread.length > 1).toBe(length > (limit ?? 0));
        for (const post of thread) expect(measure(post, platform).length).toBeLessThanOrEqual(limit ?? 0);
        // Nothing is lost between the composed text and the thread.
        if (thread.length) expect(thread.map(ink).join(' ')).toBe(ink(text).trim());
        // The contact line is never dropped; nor is prevention where the kind has one.
        expect(text).toContain(fields.contact);
        const website = out.website;
        if (website.includes(fields.prevention ?? '')) expect(text).toContain(fields.prevention);
      }
    });
  });
});

describe('a post that fits stays one post', () => {
  it.each(['es', 'en'] as const)('%s', (locale) => {
    const out = compose(
      {
        kind: 'holding',
        crisisType: 'service-outage',
        tone: 'formal',
        brand: 'Café Lumbre',
        whatHappened: '',
        nextUpdate: '17:00',
      },
      WORDING[locale],
    );
    expect(measure(out.x, 'x').length).toBeLessThanOrEqual(280);
    expect(threadFor(out.x, 'x')).toEqual([]);
    expect(threadFor(out.bluesky, 'bluesky')).toEqual([]);
  });
});
