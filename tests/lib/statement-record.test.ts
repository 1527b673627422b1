/**
 * The publishing record: frozen versions, editing after publication, "start the next update",
 * the promised next-update time and the clock that follows it, the approval request.
 * Times of day are built with local Date constructors, so the tests hold in any time zone.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { approvalMessage, mailtoHref } from '../../src/lib/approval-message.ts';
import { draftTexts, draftToMarkdown } from '../../src/lib/draft-text.ts';
import {
  addDraft,
  approve,
  createDraft,
  DRAFTS_MIGRATIONS,
  type DraftsState,
  markPublished,
  setEdit,
  updateInput,
} from '../../src/lib/drafts.ts';
import { cadenceAt, computeClocks } from '../../src/lib/incident/clocks.ts';
import { incidentDrafts, incidentOfDraft, publishedStatements } from '../../src/lib/incident/timeline.ts';
import { advancedTime, carryEdits, promiseText, startNextUpdate } from '../../src/lib/next-update.ts';
import { promisedTime } from '../../src/lib/promised-time.ts';
import { DraftsStateSchema } from '../../src/lib/schemas/draft.ts';
import { PLATFORM_IDS, type Platform } from '../../src/lib/statement/types.ts';
import { loadWording } from '../../src/lib/statement/wording.ts';
import { recordedVersions } from '../../src/lib/statement-record.ts';
import { incident } from './incident/fixtures.ts';

const EN = await loadWording('en');
/** A local time on 24 November 2026 (day offsets allowed), as ISO. */
const local = (h: number, m = 0, day = 24) => new Date(2026, 10, day, h, m).toISOString();

const empty: DraftsState = { currentDraftId: null, drafts: {} };
const written = (nextUpdate = '13:00') =>
  updateInput(
    addDraft(empty, createDraft({ id: 'd1', name: 'Holding', locale: 'en', runId: 'run-1', now: local(10) })),
    'd1',
    { brand: 'Café Lumbre', whatHappened: 'some app orders were charged twice', nextUpdate },
    local(10),
  );
const textsOf = (s: DraftsState, id = 'd1') => draftTexts(s.drafts[id]!, EN);
const approved = (s: DraftsState, at: string, name = 'Andrés Gil') =>
  approve(s, 'd1', { name, role: 'Marketing director' }, at);
/** Publishes as the builder does: the words shown, and the promise read at the click. */
const record = (s: DraftsState, at: string) => ({
  texts: textsOf(s),
  nextUpdateAt: promisedTime(s.drafts['d1']?.input.nextUpdate, at),
});
const published = (s: DraftsState, at: string) => markPublished(s, 'd1', record(s, at), at);
/** Written, approved at 10:05, published at 10:10 (version 1). */
const v1 = (nextUpdate?: string) => published(approved(written(nextUpdate), local(10, 5)), local(10, 10));

describe('publishing freezes a version', () => {
  it('keeps the words of every channel, the approver, role, time and the promised next update', () => {
    const s = v1();
    const d = s.drafts['d1']!;
    expect(d.publishedAt).toBe(local(10, 10));
    expect(d.versions).toHaveLength(1);
    const [version] = d.versions;
    expect(version).toMatchObject({
      number: 1,
      locale: 'en',
      approval: { name: 'Andrés Gil', role: 'Marketing director', at: local(10, 5) },
      publishedAt: local(10, 10),
      nextUpdateAt: local(13),
    });
    expect(version?.texts).toEqual(textsOf(s));
    expect(version?.texts.website).toContain('13:00');
    expect(v.is(DraftsStateSchema, s)).toBe(true);
  });

  it.each<[string, () => DraftsState]>([
    ['without an approval', () => written()],
    ['when this text is already published', () => v1()],
  ])('is refused %s', (_, state) => {
    const s = state();
    expect(markPublished(s, 'd1', record(s, local(11)), local(11))).toBe(s);
  });

  it('is refused without the words to freeze', () => {
    const s = approved(written(), local(10, 5));
    const none = Object.fromEntries(PLATFORM_IDS.map((p) => [p, ''])) as Record<Platform, string>;
    expect(markPublished(s, 'd1', { texts: none, nextUpdateAt: null }, local(11))).toBe(s);
  });
});

describe('editing a published statement makes a new version', () => {
  it.each<[string, (s: DraftsState) => DraftsState]>([
    ['a change to the form', (s) => updateInput(s, 'd1', { whatHappened: 'orders were charged twice' }, local(11))],
    ['a hand edit', (s) => setEdit(s, 'd1', 'x', 'Our own words.', local(11))],
  ])('after %s: version 1 stays exactly as it went out, version 2 needs its own approval', (_, edit) => {
    const before = v1();
    const frozen = structuredClone(before.drafts['d1']!.versions[0]);
    const editing = edit(before);
    const d = editing.drafts['d1']!;
    expect(d.approval).toBeNull();
    expect(d.publishedAt).toBeNull();
    expect(d.versions).toEqual([frozen]);

    const second = published(approved(editing, local(11, 30), 'Nuria Soler'), local(11, 40));
    const versions = second.drafts['d1']!.versions;
    expect(versions.map((x) => x.number)).toEqual([1, 2]);
    expect(versions[0]).toEqual(frozen);
    expect(versions[1]?.approval.name).toBe('Nuria Soler');
    expect(versions[1]?.texts).toEqual(textsOf(second));
  });

  it('keeps a record from before versions were kept (drafts version 1) as version 1', () => {
    const legacy = {
      ...written().drafts['d1']!,
      approval: { name: 'A', role: 'B', at: local(9) },
      publishedAt: local(9, 30),
    };
    const state: DraftsState = { currentDraftId: 'd1', drafts: { d1: { ...legacy, versions: [] } } };
    expect(recordedVersions(state.drafts['d1']!)).toMatchObject([{ number: 1, texts: {}, publishedAt: local(9, 30) }]);
    const edited = updateInput(state, 'd1', { brand: 'Other' }, local(10));
    expect(edited.drafts['d1']!.versions).toMatchObject([
      { number: 1, publishedAt: local(9, 30), input: legacy.input },
    ]);
  });

  it('reads a raw version-1 draft (the incident banner reads storage without the store)', () => {
    const { versions: _v, basedOn: _b, ...old } = written().drafts['d1']!;
    const raw = { ...old, approval: { name: 'A', role: 'B', at: local(9) }, publishedAt: local(9, 30) } as never;
    expect(recordedVersions(raw)).toMatchObject([{ number: 1, publishedAt: local(9, 30) }]);
    expect(recordedVersions({ ...old } as never)).toEqual([]);
  });

  it('migrates stored drafts of version 1: a published one gets its version, the others none', () => {
    const { versions: _v, basedOn: _b, ...old } = written().drafts['d1']!;
    const publishedOld = {
      ...old,
      id: 'd2',
      approval: { name: 'A', role: 'B', at: local(9) },
      publishedAt: local(9, 30),
    };
    const upgraded = DRAFTS_MIGRATIONS[1]!({ currentDraftId: 'd1', drafts: { d1: old, d2: publishedOld } });
    const parsed = v.parse(DraftsStateSchema, upgraded);
    expect(parsed.drafts['d1']).toMatchObject({ versions: [], basedOn: null });
    expect(parsed.drafts['d2']?.versions).toMatchObject([
      { number: 1, approval: publishedOld.approval, publishedAt: local(9, 30), texts: {}, nextUpdateAt: null },
    ]);
  });
});

describe('start the next update from this one', () => {
  const next = (s: DraftsState, minutes: number, now: string) =>
    startNextUpdate(s, 'd1', { id: 'd2', name: 'Update: Holding', minutes, now });

  it('copies the latest published version, moves the promise on by the cadence, and opens the copy', () => {
    const editing = updateInput(v1(), 'd1', { whatHappened: 'not yet approved words' }, local(10, 20));
    const s = next(editing, 60, local(10, 30));
    const copy = s.drafts['d2']!;
    expect(s.currentDraftId).toBe('d2');
    expect(copy.input.whatHappened).toBe('some app orders were charged twice');
    expect(copy.input.nextUpdate).toBe('14:00');
    expect(copy).toMatchObject({
      runId: 'run-1',
      approval: null,
      publishedAt: null,
      versions: [],
      basedOn: { draftId: 'd1', version: 1 },
    });
    // The source and its record are untouched.
    expect(s.drafts['d1']).toEqual(editing.drafts['d1']);
  });

  it.each([
    ['ahead: after the promised time', '13:00', local(12), 30, '13:30'],
    ['passed: after now', '13:00', local(13, 20), 30, '13:50'],
    ['none named: after now, rounded up to five minutes', 'as soon as we know more', local(10, 31), 60, '11:35'],
    ['into tomorrow', '23:00', local(22), 120, 'tomorrow at 01:00'],
  ])('promised time %s', (_, promise, now, minutes, expected) => {
    expect(next(v1(promise), minutes, now).drafts['d2']?.input.nextUpdate).toBe(expected);
  });

  it('carries the new time into hand edits that named the old one', () => {
    const edited = setEdit(
      approved(written(), local(10, 5)),
      'd1',
      'x',
      'Next update at 13:00. Refunds for 13:005.',
      local(10, 6),
    );
    const s = next(published(approved(edited, local(10, 7)), local(10, 10)), 60, local(10, 30));
    expect(s.drafts['d2']?.edits.x).toBe('Next update at 14:00. Refunds for 13:005.');
  });

  it('is refused for a draft that was never published', () => {
    const s = approved(written(), local(10, 5));
    expect(next(s, 60, local(11))).toBe(s);
  });
});

describe('the promised time, read from the "next update" field', () => {
  const from = local(10, 10);
  it.each<[string, string | undefined, string | null]>([
    ['a bare time later today', '13:00', local(13)],
    ['with "at"', 'at 9:30 pm', local(21, 30)],
    ['Spanish "a las"', 'a las 18.30', local(18, 30)],
    ['an hour with h', '17h', local(17)],
    ['a time already passed: tomorrow', '09:00', local(9, 0, 25)],
    ['tomorrow', 'tomorrow at 10', local(10, 0, 25)],
    ['mañana', 'mañana a las 9:15', local(9, 15, 25)],
    ['a dated time', '2026-11-26 08:00', local(8, 0, 26)],
    ['words with no time', 'as soon as we know more', null],
    ['an impossible hour', '25:00', null],
    ['13 pm', '13 pm', null],
    ['an impossible date', '2026-02-30 10:00', null],
    ['empty', '', null],
    ['missing', undefined, null],
  ])('%s', (_, field, expected) => {
    expect(promisedTime(field, from)).toBe(expected);
  });

  it.each([
    ['today', local(14, 5), 'en', '14:05'],
    ['tomorrow (en)', local(9, 0, 25), 'en', 'tomorrow at 09:00'],
    ['tomorrow (es)', local(9, 0, 25), 'es', 'mañana a las 09:00'],
    ['mañana a la una', local(1, 0, 25), 'es', 'mañana a la 01:00'],
    ['later', local(8, 0, 27), 'en', '2026-11-27 08:00'],
  ] as const)('writes %s so that it reads back', (_, due, locale, text) => {
    expect(promiseText(new Date(due), from, locale)).toBe(text);
    expect(promisedTime(text, from)).toBe(due);
  });

  it('moves on from the promise when it is ahead, else from now, to the next five minutes', () => {
    expect(advancedTime(local(13), 60, local(12)).toISOString()).toBe(local(14));
    expect(advancedTime(local(13), 60, local(13, 1)).toISOString()).toBe(local(14, 5));
    expect(advancedTime(null, 45, local(10, 10)).toISOString()).toBe(local(10, 55));
  });

  it('leaves hand edits alone when the old value was not a time', () => {
    expect(carryEdits({ x: 'soon, we promise' }, 'soon', '14:00')).toEqual({ x: 'soon, we promise' });
  });
});

describe('the next-update clock follows the published statement', () => {
  const inc = incident({ detectedAt: local(9, 50), startedAt: local(9, 40), declaredAt: local(9, 55) });
  const targets = { firstResponseMinutes: 30, updateMinutes: 60 };
  const clocks = (s: DraftsState, now: string) =>
    computeClocks(inc, targets, publishedStatements(inc, incidentDrafts(inc, Object.values(s.drafts))), now);

  it('is due at the time the statement promised', () => {
    const c = clocks(v1('13:00'), local(10, 20));
    expect(c.firstResponse).toMatchObject({ state: 'done', doneAt: local(10, 10) });
    expect(c.nextUpdate).toMatchObject({ basedOn: 'promise', dueAt: local(13), state: 'ok' });
  });

  it('follows the cadence when the statement names no time', () => {
    const c = clocks(v1('as soon as we know more'), local(10, 20));
    expect(c.nextUpdate).toMatchObject({ basedOn: 'cadence', dueAt: local(11, 10) });
  });

  it('resets when the next version is published, and an edit in progress changes nothing', () => {
    const editing = updateInput(v1('13:00'), 'd1', { nextUpdate: '12:00' }, local(10, 30));
    expect(clocks(editing, local(10, 40)).nextUpdate?.dueAt).toBe(local(13));
    const second = published(approved(editing, local(10, 45)), local(10, 50));
    expect(clocks(second, local(10, 55)).nextUpdate).toMatchObject({ basedOn: 'promise', dueAt: local(12) });
  });

  it('the cadence for "next update" is the incident’s, relaxed after two hours, and only for its drafts', () => {
    expect(cadenceAt(inc, targets, local(10))).toBe(60);
    expect(cadenceAt(inc, targets, local(11, 50))).toBe(120);
    expect(cadenceAt(inc, { ...targets, updateMinutes: null }, local(10))).toBeNull();
    expect(incidentOfDraft([inc], { id: 'x', runId: 'run-1' })).toBe(inc);
    expect(incidentOfDraft([inc], { id: 'x', runId: 'other' })).toBeUndefined();
    expect(incidentOfDraft([{ ...inc, statementIds: ['x'] }], { id: 'x', runId: null })?.id).toBe(inc.id);
  });
});

describe('the Markdown export', () => {
  it('lists the versions that went out, with their approvals, after the channels', () => {
    const s = published(
      approved(updateInput(v1(), 'd1', { brand: 'Other' }, local(10, 20)), local(10, 25), '<b>N</b>'),
      local(10, 30),
    );
    const md = draftToMarkdown(
      s.drafts['d1']!,
      EN,
      {
        channels: Object.fromEntries(PLATFORM_IDS.map((p) => [p, p])) as Record<Platform, string>,
        approvedBy: 'Approved by {name} ({role}) on {time}.',
        notApproved: 'Not approved',
        publishedAt: 'Published on {time}.',
        notPublished: 'Not published',
        history: { heading: 'Versions', version: 'Version {number}', published: 'published on {time}' },
      },
      (iso) => iso,
    );
    expect(md).toContain(
      [
        '## Versions',
        '',
        `- Version 1: published on ${local(10, 10)}. Approved by Andrés Gil (Marketing director) on ${local(10, 5)}.`,
        `- Version 2: published on ${local(10, 30)}. Approved by \\<b\\>N\\</b\\> (Marketing director) on ${local(10, 25)}.`,
      ].join('\n'),
    );
  });
});

describe('send for approval', () => {
  const texts = {
    ...(Object.fromEntries(PLATFORM_IDS.map((p) => [p, ''])) as Record<Platform, string>),
    x: 'Short post & more: 100% “quoted”?\nsecond line',
    website: 'Website text #1 with &body=injected',
  };
  const words = {
    subject: 'For approval: Holding & co',
    intro: 'Please approve.',
    channels: Object.fromEntries(PLATFORM_IDS.map((p) => [p, p.toUpperCase()])) as Record<Platform, string>,
  };

  it('puts the exact text of every channel that has one in the body, under its name', () => {
    const m = approvalMessage(texts, words);
    expect(m.subject).toBe('For approval: Holding & co');
    expect(m.body).toBe(['Please approve.', '', '== X ==', texts.x, '', '== WEBSITE ==', texts.website].join('\n'));
  });

  it('builds a mailto link that gives back the same subject and body', () => {
    const href = mailtoHref(approvalMessage(texts, words));
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const url = new URL(href);
    const params = new URLSearchParams(url.search);
    expect([...params.keys()]).toEqual(['subject', 'body']);
    expect(decodeURIComponent(href.split('&body=')[1]!)).toBe(
      approvalMessage(texts, words).body.replace(/\n/g, '\r\n'),
    );
    expect(decodeURIComponent(href.slice('mailto:?subject='.length, href.indexOf('&body=')))).toBe(words.subject);
  });
});
