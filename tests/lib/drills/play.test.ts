import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DrillEventSchema, DrillPlay, EVENTS_LIMIT, evidenceComplete } from '../../../src/lib/drills/play.ts';

const at = '2026-01-01T10:00:00.000Z';

describe('stored drill events', () => {
  it.each([
    { type: 'start', at, mode: 'solo', speed: 6 },
    { type: 'start', at, mode: 'facilitated', speed: 1 },
    { type: 'pause', at },
    { type: 'skip', at },
    { type: 'release', at, inject: 'reporter-call' },
    { type: 'choose', at, decision: 'first-move', choice: 'alert-and-check', sure: false },
    { type: 'statement', at, kind: 'holding' },
    { type: 'statement', at, kind: 'follow-up', text: 'We are on it. Next update at 11:30.', promisedMinutes: 30 },
    { type: 'statement', at, kind: 'full', promisedMinutes: null },
    { type: 'severity', at, level: 'critical' },
    { type: 'escalate', at, to: 'data-protection' },
    { type: 'evidence', at, inject: 'first-report', complete: true },
    { type: 'note', at, text: 'Call the backup approver sooner.' },
    { type: 'end', at },
  ])('accepts %j', (event) => {
    expect(v.is(DrillEventSchema, event)).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['an unknown type', { type: 'explode', at }, 'type'],
    ['a time that is not a time', { type: 'pause', at: 'yesterday' }, 'at'],
    ['a speed of zero', { type: 'start', at, mode: 'solo', speed: 0 }, 'speed'],
    ['an unknown mode', { type: 'start', at, mode: 'team', speed: 6 }, 'mode'],
    ['a choice with no certainty', { type: 'choose', at, decision: 'a', choice: 'b' }, 'sure'],
    ['an unknown statement kind', { type: 'statement', at, kind: 'tweet' }, 'kind'],
    ['an unknown person', { type: 'escalate', at, to: 'the-ceo-s-dog' }, 'to'],
    ['an unknown severity', { type: 'severity', at, level: 'severe' }, 'level'],
    ['an extra field', { type: 'pause', at, by: 'facilitator' }, 'by'],
    ['a note too long', { type: 'note', at, text: 'x'.repeat(4001) }, 'text'],
  ])('refuses %s, naming the field', (_, event, path) => {
    const result = v.safeParse(DrillEventSchema, event);
    expect(result.success).toBe(false);
    if (!result.success) expect(v.getDotPath(result.issues[0] as v.BaseIssue<unknown>) ?? 'type').toBe(path);
  });
});

describe('a stored play', () => {
  it('holds the drill, its incident and its events, up to a limit', () => {
    const play = {
      id: 'play-1',
      drillId: 'data-incident',
      incidentId: null,
      events: [{ type: 'start', at, mode: 'solo', speed: 6 }],
    };
    expect(v.is(DrillPlay, play)).toBe(true);
    const tooMany = { ...play, events: Array.from({ length: EVENTS_LIMIT + 1 }, () => ({ type: 'pause', at })) };
    expect(v.is(DrillPlay, tooMany)).toBe(false);
    expect(v.is(DrillPlay, { ...play, drillId: 'Data Incident' })).toBe(false);
  });
});

describe('a complete evidence card', () => {
  const card = {
    handle: '@sofiruns',
    url: 'https://x.com/sofiruns/status/1',
    seenAt: at,
    text: 'Why can I see…',
    screenshot: { blobId: 'b1' },
  };
  it.each([
    ['has everything', card, true],
    ['has no screenshot', { ...card, screenshot: null }, false],
    ['has no address', { ...card, url: ' ' }, false],
    ['has no text', { ...card, text: '' }, false],
    ['has no handle', { ...card, handle: '' }, false],
  ])('%s → %s', (_, c, expected) => {
    expect(evidenceComplete(c)).toBe(expected);
  });
});
