import { describe, expect, it } from 'vitest';
import { compose } from '../../../src/lib/statement/compose.ts';
import { coverage } from '../../../src/lib/statement/coverage.ts';
import { lintStatement } from '../../../src/lib/statement/lint.ts';
import { measure } from '../../../src/lib/statement/platforms.ts';
import { splitThread } from '../../../src/lib/statement/thread.ts';
import { PLATFORM_IDS } from '../../../src/lib/statement/types.ts';
import { messageOf, WORDING } from './wording.ts';

const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Inputs built to be slow for naive regular expressions and counters. */
const HOSTILE: [string, string][] = [
  ['plain letters', fill('a')],
  ['one long word of dots', fill('a.')],
  ['repeated non-apologies', fill('Lo sentimos, pero sorry if mistakes were made ')],
  ['exclamation marks', fill('!')],
  ['capitals', fill('SORRY ')],
  ['emoji families and flags', fill('👨‍👩‍👧‍👦🇪🇸')],
  ['combining marks', fill('e\u0301\u0300')],
  ['zero-width characters', fill('se\u200b cometieron\u200d errores ')],
  ['right-to-left text', fill('مرحبا بالعالم نحن آسفون ')],
  ['HTML', fill('<b onclick="x">sorry if</b> &amp; ')],
  ['URLs', fill('https://example.com/a.b.c example.com/x ')],
  ['e-mail-like runs', fill('a@a.')],
  ['lone surrogates', fill('\ud800a\udc00')],
];

/** A guard, not a benchmark: generous enough for a slow CI machine. */
const BOUND_MS = 4000;

describe.each(HOSTILE)('100,000 characters of %s', (_, text) => {
  it('lints in time with offsets inside the text', () => {
    const started = performance.now();
    const findings = lintStatement(text, WORDING.es, { platform: 'x' });
    lintStatement(text, WORDING.en);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(messageOf(f, 'es').length).toBeLessThan(600);
    }
  });

  it('measures on every platform in time', () => {
    const started = performance.now();
    for (const platform of PLATFORM_IDS) expect(measure(text, platform).length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it('meters coverage and splits a thread in time', () => {
    const started = performance.now();
    coverage(text, WORDING.en);
    const posts = splitThread(text, 'x');
    expect(posts.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});

describe('plain text stays plain text', () => {
  it('finds phrases inside HTML without interpreting it', () => {
    const text = '<p>We are sorry, but <a href="x">the bank</a> was slow.</p><img alt="sorry if">';
    const finding = lintStatement(text, WORDING.en).find((f) => f.rule === 'sorry-but');
    expect(finding && text.slice(finding.start, finding.end)).toBe('sorry, but');
    // An attribute is text like any other: the linter does not know it is HTML.
    expect(lintStatement(text, WORDING.en).some((f) => f.rule === 'conditional-apology')).toBe(true);
  });

  it('composes HTML, RTL and zero-width input as the same characters', () => {
    const odd = '<img src=x onerror=alert(1)> \u202eتم الشحن\u202c \u200bok';
    const out = compose(
      { kind: 'holding', crisisType: 'service-outage', tone: 'warm', brand: odd, whatHappened: odd },
      WORDING.en,
    );
    expect(out.website).toContain(odd);
    expect(out.website.endsWith(`The ${odd} team`)).toBe(true);
  });
});
