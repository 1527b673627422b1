import { describe, expect, it } from 'vitest';
import { type DrillEvent, drillState } from '../../../src/lib/drills/engine.ts';
import type { Severity } from '../../../src/lib/drills/schema.ts';
import { type Dimension, POINTS, scoreDrill } from '../../../src/lib/drills/scoring.ts';
import { targetsFor } from '../../../src/lib/incident/triage.ts';
import { loadWording } from '../../../src/lib/statement/wording.ts';
import { fixture, real, sim6 } from './fixture.ts';

const WORDING = { es: await loadWording('es'), en: await loadWording('en') };

const drill = fixture(); // severity high: first response within 30 min, updates every 60
const start: DrillEvent = { type: 'start', at: real(0), mode: 'solo', speed: 6 };
const END = real(60); // long after the path ends (all timeouts: T+75)

function score(events: DrillEvent[], lang: 'es' | 'en' = 'en', now = END) {
  return scoreDrill(drill, drillState(drill, [start, ...events], now), WORDING[lang]);
}
const dim = (events: DrillEvent[], d: Dimension, lang: 'es' | 'en' = 'en') => {
  const found = score(events, lang).dimensions.find((x) => x.dimension === d);
  if (!found) throw new Error(d);
  return found;
};

describe('the targets match crisis mode (LEVEL_DEFAULTS in src/lib/incident/triage.ts)', () => {
  it.each([
    ['critical', 15, 30],
    ['high', 30, 60],
    ['medium', 60, 120],
    ['low', 240, null],
  ] as const)('%s: first response %i min, updates every %s min', (level, first, every) => {
    expect(targetsFor(level, null)).toEqual({ firstResponseMinutes: first, updateMinutes: every });
  });
});

describe('time to the first holding statement', () => {
  it.each([
    [12, 100, 'met'],
    [30, 100, 'met'],
    [45, 50, 'late'],
    [60, 0, 'late'],
  ])('a first statement at T+%i scores %i (%s)', (at, expected, code) => {
    const d = dim([{ type: 'statement', at: sim6(at), kind: 'holding' }], 'first-response');
    expect(d.score).toBe(expected);
    expect(d.reason.code).toBe(code);
  });

  it('no statement scores nothing and points to the holding statement, in the learner’s language', () => {
    const en = dim([], 'first-response', 'en');
    expect(en).toMatchObject({ score: 0, reason: { code: 'none', values: { target: 30 } } });
    expect(en.read.map((r) => r.href)).toEqual(['/en/guides/response/#the-holding-statement']);
    expect(dim([], 'first-response', 'es').read.map((r) => r.href)).toEqual([
      '/es/guides/response/#el-comunicado-de-espera',
    ]);
  });
});

describe('update cadence', () => {
  it.each([
    ['updates every 50 minutes', [10, 60], 100, 'kept'],
    ['a gap of 70 minutes', [2, 72], 0, 'late'],
    ['one of two gaps too long', [2, 10, 72], 50, 'late'],
  ])('%s', (_, times, expected, code) => {
    const events = (times as number[]).map((at) => ({
      type: 'statement' as const,
      at: sim6(at),
      kind: 'holding' as const,
    }));
    // With no choice made, the path ends at T+75 (every timeout): the last update is not judged.
    const d = dim(events, 'cadence');
    expect(d.reason.code).toBe(code);
    expect(d.score).toBe(expected);
  });

  it('a promise of the next update replaces the cadence', () => {
    const promised = [
      { type: 'statement' as const, at: sim6(10), kind: 'holding' as const, promisedMinutes: 20 },
      { type: 'statement' as const, at: sim6(40), kind: 'follow-up' as const, promisedMinutes: 60 },
      { type: 'end' as const, at: sim6(50) },
    ];
    expect(dim(promised, 'cadence')).toMatchObject({
      score: 0,
      reason: { code: 'late', values: { late: 1, checked: 1 } },
    });
  });

  it('is not judged when the drill ended before an update was due', () => {
    const d = dim(
      [
        { type: 'statement', at: sim6(10), kind: 'holding' },
        { type: 'end', at: sim6(20) },
      ],
      'cadence',
    );
    expect(d.score).toBeNull();
  });
});

describe('severity chosen against the scenario’s (high)', () => {
  it.each([
    [['high'], 100, 'exact'],
    [['critical'], 75, 'higher'],
    [['medium'], 25, 'lower'],
    [['medium', 'high'], 40, 'lower-corrected'],
    [['low'], 0, 'lower'],
    [[], 0, 'none'],
  ] as [Severity[], number, string][])('%j scores %i (%s)', (levels, expected, code) => {
    const events = levels.map((level, i) => ({ type: 'severity' as const, at: sim6(2 + i), level }));
    const d = dim(events, 'severity');
    expect(d.score).toBe(expected);
    expect(d.reason.code).toBe(code);
  });

  it('rating one level too high costs less than one level too low', () => {
    const higher = dim([{ type: 'severity', at: sim6(2), level: 'critical' }], 'severity').score ?? 0;
    const lower = dim([{ type: 'severity', at: sim6(2), level: 'medium' }], 'severity').score ?? 0;
    expect(higher).toBeGreaterThan(lower);
  });
});

describe('decisions: a confident wrong choice costs more than a cautious one', () => {
  // d1: a = best, b = wrong, c = cautious. End right after it so only d1 (and d1b for b) count.
  const one = (choice: string, sure: boolean) =>
    dim(
      [
        { type: 'choose', at: sim6(6), decision: 'd1', choice, sure },
        { type: 'end', at: sim6(7) },
      ],
      'decisions',
    ).score ?? -1;

  it.each([
    ['best, sure', 'a', true, 100],
    ['best, unsure', 'a', false, 67],
    ['cautious, sure', 'c', true, 33],
    ['cautious, unsure', 'c', false, 33],
    ['wrong, unsure', 'b', false, 0],
    ['wrong, sure', 'b', true, 0],
  ])('%s scores %i', (_, choice, sure, expected) => {
    expect(one(choice as string, sure as boolean)).toBe(expected);
  });

  it('orders the stakes: sure wrong < unsure wrong < cautious < unsure best < sure best', () => {
    expect(POINTS.wrong.sure).toBeLessThan(POINTS.wrong.unsure);
    expect(POINTS.wrong.unsure).toBeLessThan(POINTS.timeout);
    expect(POINTS.timeout).toBeLessThan(POINTS.cautious.sure);
    expect(POINTS.cautious.sure).toBeLessThan(POINTS.best.unsure);
    expect(POINTS.best.unsure).toBeLessThan(POINTS.best.sure);
  });

  it('a sure wrong choice drags a good run down more than an unsure one', () => {
    const run = (sure: boolean) =>
      dim(
        [
          { type: 'choose', at: sim6(6), decision: 'd1', choice: 'a', sure: true },
          { type: 'choose', at: sim6(21), decision: 'd2', choice: 'a', sure: true },
          { type: 'choose', at: sim6(31), decision: 'd3', choice: 'b', sure },
          { type: 'choose', at: sim6(46), decision: 'd4', choice: 'a', sure: true },
          { type: 'choose', at: sim6(61), decision: 'd5', choice: 'a', sure: true },
        ],
        'decisions',
      );
    const sure = run(true);
    const unsure = run(false);
    expect(sure.score).toBeLessThan(unsure.score ?? 0);
    expect(sure.reason.values).toMatchObject({ best: 4, wrong: 1, sureWrong: 1, total: 5 });
    // The wrong choice's feedback sections are what to read.
    expect(sure.read.map((r) => r.href)).toEqual(['/en/guides/response/#the-holding-statement']);
  });

  it('timeouts count as decisions not made', () => {
    const d = dim([], 'decisions');
    expect(d).toMatchObject({ score: 0, reason: { code: 'tally', values: { timeout: 5, total: 5 } } });
  });
});

describe('statements, through the statement builder’s linter', () => {
  it('a clean holding statement scores full marks; a non-apology loses them', () => {
    const clean = dim(
      [
        {
          type: 'statement',
          at: sim6(10),
          kind: 'holding',
          text: "We know some of you can't pay with the app right now and we're looking into it. We'll post an update at 11:30.",
        },
      ],
      'statements',
    );
    expect(clean).toMatchObject({ score: 100, reason: { code: 'clean' } });
    const bad = dim(
      [{ type: 'statement', at: sim6(10), kind: 'holding', text: "We're sorry if anyone was offended by our post." }],
      'statements',
    );
    expect(bad.score).toBeLessThan(50);
    expect(bad.reason.values['rules']).toContain('conditional-apology');
    expect(bad.read.map((r) => r.href)).toContain('/en/guides/response/#the-parts-of-the-apology');
  });

  it('lints in the learner’s language', () => {
    const es = dim(
      [
        {
          type: 'statement',
          at: sim6(10),
          kind: 'holding',
          text: 'Sabemos que algunos pagos con la app fallan ahora mismo y lo estamos revisando. Publicaremos una actualización a las 11:30.',
        },
      ],
      'statements',
      'es',
    );
    expect(es.score).toBe(100);
  });

  it('is left out when no statement has text', () => {
    expect(dim([{ type: 'statement', at: sim6(10), kind: 'holding' }], 'statements').score).toBeNull();
  });
});

describe('evidence cards', () => {
  it.each([
    ['complete card', [{ inject: 'p1', complete: true }], 100, 'complete'],
    ['a card missing fields', [{ inject: 'p1', complete: false }], 50, 'missing'],
    ['no card', [], 0, 'missing'],
  ])('%s', (_, cards, expected, code) => {
    const events = cards.map((c) => ({ type: 'evidence' as const, at: sim6(3), ...c }));
    const d = dim(events, 'evidence');
    expect(d.score).toBe(expected);
    expect(d.reason.code).toBe(code);
  });

  it('counts only posts that came out (the branch post did not)', () => {
    expect(dim([], 'evidence').reason.values).toMatchObject({ required: 1 });
    const branch = dim([{ type: 'choose', at: sim6(6), decision: 'd1', choice: 'b', sure: true }], 'evidence');
    expect(branch.reason.values).toMatchObject({ required: 2 });
  });
});

describe('escalation to the right people', () => {
  it.each([
    [
      'both on time',
      [
        ['lead', 5],
        ['legal', 20],
      ],
      100,
      '',
      '',
    ],
    [
      'legal late',
      [
        ['lead', 5],
        ['legal', 40],
      ],
      75,
      'legal',
      '',
    ],
    ['legal never', [['lead', 5]], 50, '', 'legal'],
    ['someone else only', [['hr', 5]], 0, '', 'lead, legal'],
  ])('%s', (_, told, expected, late, missing) => {
    const events = (told as [string, number][]).map(([to, at]) => ({
      type: 'escalate' as const,
      at: sim6(at),
      to: to as 'lead',
    }));
    const d = dim(events, 'escalation');
    expect(d.score).toBe(expected);
    if (expected < 100) expect(d.reason.values).toMatchObject({ late, missing });
  });
});

describe('the overall score and what to read next', () => {
  it('averages the measured dimensions and lists sections weakest first, without repeats', () => {
    const s = score([
      { type: 'escalate', at: sim6(3), to: 'lead' },
      { type: 'escalate', at: sim6(4), to: 'legal' },
      { type: 'severity', at: sim6(4), level: 'high' },
      { type: 'evidence', at: sim6(4), inject: 'p1', complete: true },
    ]);
    const measured = s.dimensions.filter((d) => d.score !== null);
    expect(s.overall).toBe(Math.round(measured.reduce((a, d) => a + (d.score ?? 0), 0) / measured.length));
    const hrefs = s.readNext.map((r) => r.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs[0]).toBe('/en/guides/response/#the-holding-statement');
    expect(hrefs).toContain('/en/guides/response/#updates');
    expect(hrefs).not.toContain('/en/guides/escalation/#escalation-matrix'); // escalation and severity were perfect
  });
});
