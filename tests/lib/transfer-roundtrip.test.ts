// Issue 10, defect 4: everything the app exports imports again, whatever people typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft, DraftsState } from '../../src/lib/drafts.ts';
import { isId } from '../../src/lib/schemas/common.ts';
import type { Session, SessionEvent, SessionsState } from '../../src/lib/sessions.ts';
import { PLATFORM_IDS } from '../../src/lib/statement/types.ts';
import { EXPORT_VERSION, exportSessions, parseImport } from '../../src/lib/transfer.ts';

/** Text people might type, and text an attacker would: markup, links, patterns, odd Unicode. */
const hostile = (max: number) =>
  fc
    .oneof(
      fc.string({ maxLength: max }),
      fc.string({ unit: 'binary', maxLength: max }),
      fc.constantFrom(
        "Prices < rivals' Black Friday deals",
        'javascript: errors at checkout',
        'Vendor onboarding=blocked',
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        "$' $` $& {name}",
        '[x](javascript:alert(1))',
        '```\n# heading\n```',
        '__proto__',
        'constructor',
        '\u202eevil\u0000',
      ),
    )
    .map((t) => t.slice(0, max));

const id = fc.stringMatching(/^[A-Za-z0-9][\w.:-]{0,30}$/).filter(isId);
const time = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const tickKey = fc.tuple(id, id).map(([a, b]) => `${a}/${b}` as const);

const event: fc.Arbitrary<SessionEvent> = fc.oneof(
  fc.record({ at: time, action: fc.constant('tick' as const), key: tickKey }),
  fc.record({ at: time, action: fc.constant('untick' as const), key: tickKey, tickedAt: time }),
  fc.record({ at: time, action: fc.constant('reset' as const), count: fc.nat(500) }),
  fc.record({ at: time, action: fc.constant('undo' as const) }),
);

const session = (sessionId: string): fc.Arbitrary<Session> =>
  fc.record({
    id: fc.constant(sessionId),
    kind: fc.constantFrom('practice' as const, 'incident' as const),
    title: hostile(200),
    startedAt: time,
    closedAt: fc.option(time, { nil: null }),
    ticks: fc.dictionary(tickKey, time, { maxKeys: 5 }),
    log: fc.array(event, { maxLength: 5 }),
  });

const sessions: fc.Arbitrary<SessionsState> = fc.uniqueArray(id, { minLength: 1, maxLength: 4 }).chain((ids) =>
  fc.tuple(fc.constantFrom(...ids), fc.tuple(...ids.map(session))).map(([current, list]) => ({
    currentRunId: current,
    runs: Object.fromEntries(list.map((s) => [s.id, s])),
  })),
);

const draft = (draftId: string): fc.Arbitrary<Draft> =>
  fc.record({
    id: fc.constant(draftId),
    name: hostile(80),
    locale: fc.constantFrom('es' as const, 'en' as const),
    runId: fc.option(id, { nil: null }),
    createdAt: time,
    updatedAt: time,
    input: fc.record(
      {
        kind: fc.constantFrom('holding' as const, 'full' as const, 'follow-up' as const),
        crisisType: fc.constantFrom('service-outage' as const, 'false-rumour' as const),
        tone: fc.constantFrom('formal' as const, 'warm' as const),
        brand: hostile(100),
        whatHappened: hostile(300),
        cause: hostile(100),
        contact: hostile(100),
        apology: fc.boolean(),
      },
      { requiredKeys: ['kind', 'crisisType', 'tone', 'brand', 'whatHappened'] },
    ),
    edits: fc.dictionary(fc.constantFrom(...PLATFORM_IDS), hostile(300), { maxKeys: 3 }),
    approval: fc.option(fc.record({ name: hostile(80), role: hostile(80), at: time }), { nil: null }),
    publishedAt: fc.option(time, { nil: null }),
    // Published versions: frozen words per channel (hostile text too), approval, promised next update.
    versions: fc.array(
      fc.record({
        number: fc.integer({ min: 1, max: 200 }),
        locale: fc.constantFrom('es' as const, 'en' as const),
        input: fc.record({
          kind: fc.constantFrom('holding' as const, 'full' as const),
          crisisType: fc.constant('data-incident' as const),
          tone: fc.constantFrom('formal' as const, 'warm' as const),
          brand: hostile(100),
          whatHappened: hostile(300),
          nextUpdate: hostile(20),
        }),
        edits: fc.dictionary(fc.constantFrom(...PLATFORM_IDS), hostile(300), { maxKeys: 2 }),
        texts: fc.dictionary(fc.constantFrom(...PLATFORM_IDS), hostile(600), { maxKeys: 8 }),
        approval: fc.record({ name: hostile(80), role: hostile(80), at: time }),
        publishedAt: time,
        nextUpdateAt: fc.option(time, { nil: null }),
      }),
      { maxLength: 3 },
    ),
    basedOn: fc.option(fc.record({ draftId: id, version: fc.integer({ min: 1, max: 200 }) }), { nil: null }),
  });

const drafts: fc.Arbitrary<DraftsState> = fc
  .uniqueArray(id, { maxLength: 3 })
  .chain((ids) =>
    fc
      .tuple(
        ids.length ? fc.option(fc.constantFrom(...ids), { nil: null }) : fc.constant(null),
        fc.tuple(...ids.map(draft)),
      )
      .map(([current, list]) => ({ currentDraftId: current, drafts: Object.fromEntries(list.map((d) => [d.id, d])) })),
  );

describe('export → import round trip', () => {
  it('imports everything it exported, text exactly as typed', () => {
    fc.assert(
      fc.property(sessions, drafts, time, (state, saved, now) => {
        const result = parseImport(exportSessions(state, 'all', now, saved));
        expect(result).toEqual({ ok: true, scope: 'all', state, drafts: saved, fromVersion: EXPORT_VERSION });
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('imports one session it exported', () => {
    fc.assert(
      fc.property(sessions, time, (state, now) => {
        const result = parseImport(exportSessions(state, { runId: state.currentRunId }, now));
        expect(result).toEqual({
          ok: true,
          scope: 'run',
          run: state.runs[state.currentRunId],
          fromVersion: EXPORT_VERSION,
        });
      }),
      { numRuns: 80 },
    );
  }, 30_000);
});
