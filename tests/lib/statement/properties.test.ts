import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compose } from '../../../src/lib/statement/compose.ts';
import { coverage } from '../../../src/lib/statement/coverage.ts';
import { lintStatement } from '../../../src/lib/statement/lint.ts';
import { measure } from '../../../src/lib/statement/platforms.ts';
import { splitThread } from '../../../src/lib/statement/thread.ts';
import {
  CRISIS_TYPES,
  type Locale,
  PLATFORM_IDS,
  type Platform,
  STATEMENT_KINDS,
  type StatementKind,
  TONES,
} from '../../../src/lib/statement/types.ts';
import { loadWording } from '../../../src/lib/statement/wording.ts';
import { messageOf, WORDING } from './wording.ts';

/** Lone surrogates included: fast-check's 'binary' unit never produces them. */
const utf16 = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Phrases the rules look for, so the properties also exercise matches, not only misses. */
const phrase = fc.constantFrom(
  'sorry if',
  'Lo sentimos, pero',
  'mistakes were made',
  'SE COMETIERON ERRORES',
  'por error de los clientes',
  'WE ARE SO SORRY!!!',
  'en aras de',
  'https://example.com/x',
  'a@b.co',
  '13:00',
  'mañana',
  '\u200b',
  '\u202e',
  '👨‍👩‍👧‍👦',
  '🇪🇸',
  'e\u0301',
  '<script>alert(1)</script>',
);
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: utf16 }),
  fc
    .array(fc.oneof(phrase, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 30 })
    .map((parts) => parts.join(' ')),
);
const locale = fc.constantFrom('es' as const, 'en' as const);
const platform = fc.constantFrom(...PLATFORM_IDS);

describe('properties', () => {
  it('lintStatement never throws and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(anyText, locale, fc.option(platform, { nil: undefined }), (text, lang, on) => {
        for (const f of lintStatement(text, WORDING[lang], { platform: on })) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(messageOf(f, lang).length).toBeGreaterThan(0);
          expect(f.guide).toMatch(new RegExp(`^/${lang}/guides/response/#[a-z-]+$`, 'u'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('coverage never throws', () => {
    fc.assert(
      fc.property(anyText, locale, (text, lang) => {
        expect(Object.values(coverage(text, WORDING[lang])).every((v) => typeof v === 'boolean')).toBe(true);
      }),
    );
  });

  it('measure never throws and never counts below zero', () => {
    fc.assert(
      fc.property(anyText, platform, (text, on) => {
        const { length } = measure(text, on);
        expect(length).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('measure on X and Bluesky is additive over whitespace-separated words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), { maxLength: 20 }),
        (parts) => {
          const words = parts.map((p) => p.replace(/\s/gu, '')).filter(Boolean);
          for (const on of ['x', 'bluesky'] as const) {
            const sum = words.reduce((n, w) => n + measure(w, on).length, 0) + Math.max(0, words.length - 1);
            expect(measure(words.join(' '), on).length).toBe(sum);
          }
        },
      ),
    );
  });

  it('splitThread never throws on any text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('x' as const, 'bluesky' as const), (text, on) => {
        expect(Array.isArray(splitThread(text, on))).toBe(true);
      }),
    );
  });

  it('compose never throws on any text in any field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATEMENT_KINDS),
        fc.constantFrom(...CRISIS_TYPES),
        fc.constantFrom(...TONES),
        anyText,
        anyText,
        locale,
        (kind, crisisType, tone, a, b, lang) => {
          const out = compose(
            { kind, crisisType, tone, brand: a, whatHappened: b, cause: a, fix: b, nextUpdate: a, contact: b },
            WORDING[lang],
          );
          expect(Object.keys(out)).toHaveLength(PLATFORM_IDS.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('tolerates values from storage that are not what the types say', async () => {
    const odd = ['toString', 'constructor', '__proto__', '', 'xx'];
    for (const value of odd) {
      const options = { platform: value as Platform, kind: value as StatementKind };
      const wording = await loadWording(value as Locale);
      expect(() => lintStatement('Mistakes were made!!', wording, options)).not.toThrow();
      expect(() => coverage('We know.', wording)).not.toThrow();
      expect(() => measure('abc', value as Platform)).not.toThrow();
      expect(() => lintStatement(null as unknown as string, WORDING.en)).not.toThrow();
      expect(() => measure(undefined as unknown as string, 'x')).not.toThrow();
      expect(() => splitThread(42 as unknown as string, 'x')).not.toThrow();
    }
  });
});
