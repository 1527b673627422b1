import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { drillsByGuide, emptyProgress, guideState, markDrillDone, markRead } from '../../src/lib/progress.ts';
import { readingDone } from '../../src/lib/reading.ts';
import { ProgressStateSchema } from '../../src/lib/schemas/progress.ts';

const T0 = '2026-11-24T10:00:00.000Z';
const T1 = '2026-11-24T11:00:00.000Z';

describe('marking a guide read', () => {
  it('records the first time and keeps it', () => {
    const once = markRead(emptyProgress(), 'response', T0);
    expect(once.read).toEqual({ response: T0 });
    expect(markRead(once, 'response', T1)).toBe(once);
  });

  it('treats an id such as "toString" as just an id', () => {
    const state = markRead(emptyProgress(), 'toString', T0);
    expect(state.read).toEqual({ toString: T0 });
    expect(guideState(emptyProgress(), 'toString', [])).toBe('new');
  });
});

describe('a completed drill', () => {
  it('records the first time it was completed', () => {
    const once = markDrillDone(emptyProgress(), 'service-outage', T0);
    expect(markDrillDone(once, 'service-outage', T1).drills).toEqual({ 'service-outage': T0 });
  });
});

describe('a guide’s state', () => {
  const read = markRead(emptyProgress(), 'response', T0);
  const practised = markDrillDone(read, 'service-outage', T1);

  it.each([
    ['nothing stored', emptyProgress(), 'response', ['service-outage'], 'new'],
    ['read', read, 'response', ['service-outage'], 'read'],
    ['read, the drill citing it done', practised, 'response', ['service-outage'], 'practised'],
    ['not read, a drill citing it done', practised, 'escalation', ['service-outage'], 'practised'],
    ['another drill done', practised, 'escalation', ['data-incident'], 'new'],
    ['cited by no drill', practised, 'glossary', [], 'new'],
  ] as const)('%s', (_, state, guide, drills, expected) => {
    expect(guideState(state, guide, drills)).toBe(expected);
  });

  it('is practised when a record of drill plays says so', () => {
    expect(guideState(read, 'escalation', [], ['escalation', 'response'])).toBe('practised');
    expect(guideState(read, 'monitoring', [], ['escalation'])).toBe('new');
  });
});

describe('drills by guide', () => {
  it('turns drill → guides into guide → drills, each drill once', () => {
    expect(
      drillsByGuide({ outage: ['response', 'escalation', 'response'], leak: ['response', 'legal-duties'] }),
    ).toEqual({ response: ['outage', 'leak'], escalation: ['outage'], 'legal-duties': ['leak'] });
  });

  it('is not fooled by guide ids named like Object’s own', () => {
    expect(drillsByGuide({ d: ['constructor', 'toString'] })).toEqual({ constructor: ['d'], toString: ['d'] });
  });
});

describe('reading a guide', () => {
  it.each([
    [{ start: true, end: true }, true],
    [{ start: false, end: true }, false],
    [{ start: true, end: false }, false],
  ])('%o → %s', (seen, done) => expect(readingDone(seen)).toBe(done));
});

describe('the stored shape', () => {
  it('accepts what the actions make', () => {
    const state = markDrillDone(markRead(emptyProgress(), 'response', T0), 'service-outage', T1);
    expect(v.parse(ProgressStateSchema, state)).toEqual(state);
  });

  it.each([
    ['a missing map', { read: {} }],
    ['a bad id', { read: { 'no spaces': T0 }, drills: {} }],
    ['a bad time', { read: { response: 'soon' }, drills: {} }],
    ['an unknown field', { read: {}, drills: {}, extra: 1 }],
  ])('refuses %s', (_, value) => {
    expect(v.safeParse(ProgressStateSchema, value).success).toBe(false);
  });
});
