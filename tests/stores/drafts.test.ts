// @vitest-environment jsdom
/**
 * The drafts store's publishing record, through the actions the builder calls: publish freezes a
 * version, an edit starts the next one, "start the next update" uses the incident's cadence, a
 * refused write leaves everything as stored, and a stored version-1 value is upgraded.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftTexts } from '../../src/lib/draft-text.ts';
import { promisedTime } from '../../src/lib/promised-time.ts';
import { loadWording } from '../../src/lib/statement/wording.ts';
import { encodeEnvelope } from '../../src/lib/storage.ts';
import { closePages, fillStorage, freeStorage, loadPage, stored } from './helpers.ts';

const KEY = 'crisis-playbook:drafts';
const EN = await loadWording('en');
/** Local times on 6 March 2026, so "13:00" in a statement means 13:00 on the test's clock. */
const local = (h: number, m = 0) => new Date(2026, 2, 6, h, m);

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(local(10));
});
afterEach(() => {
  vi.useRealTimers();
  freeStorage();
  closePages();
  vi.restoreAllMocks();
});

type Stores = Awaited<ReturnType<typeof loadPage>>;
const current = (s: Stores) => s.$currentDraft.get()!;
const texts = (s: Stores) => draftTexts(current(s), EN);
/** What the builder's publish button hands over: the words shown and the promise read at the click. */
const publication = (s: Stores) => ({
  texts: texts(s),
  nextUpdateAt: promisedTime(current(s).input.nextUpdate, new Date().toISOString()),
});
/** The next-update action: its own module, loaded on the button's click (same page: loaded after the stores). */
let next: typeof import('../../src/stores/next-update.ts');
const load = async (): Promise<Stores> => {
  const s = await loadPage();
  next = await import('../../src/stores/next-update.ts');
  return s;
};

/** A holding statement written, approved and published at 10:10 (version 1). */
async function publishedHolding(s: Stores, nextUpdate = '13:00') {
  await s.newDraft('Holding', 'en');
  await s.editInput({ brand: 'Café Lumbre', whatHappened: 'some app orders were charged twice', nextUpdate });
  await s.recordApproval({ name: 'Andrés Gil', role: 'Marketing director' });
  vi.setSystemTime(local(10, 10));
  expect(await s.publish(publication(s))).toBe(true);
}

describe('drafts store: a new draft', () => {
  it('is linked to the checklist run in progress, read from storage when the draft is made', async () => {
    const checklists = await load();
    await checklists.newSession('Double charges', 'incident');
    const runId = checklists.$currentSession.get()?.id;
    expect(runId).toBeTruthy();
    closePages();
    // The builder's page: the drafts store alone; the runs load on the click.
    vi.resetModules();
    const builder = await import('../../src/stores/drafts.ts');
    expect(await builder.newDraft('Holding', 'en')).toBe(true);
    expect(builder.$currentDraft.get()?.runId).toBe(runId);
    expect(Object.values<{ runId: string }>(stored(KEY).data.drafts)[0]?.runId).toBe(runId);
  });
});

describe('drafts store: during a drill', () => {
  /** A solo drill started at 10:00, followed as the builder's page does (its scenario loads, its clock runs). */
  async function startedDrill() {
    const drills = await import('../../src/stores/drill-play.ts');
    const input = { title: 'Headphones', severity: 'high', durationMinutes: 120, mode: 'solo', lang: 'en' } as const;
    expect(await drills.startDrill({ drillId: 'defective-headphones', ...input }, local(10))).toBeNull();
    await drills.followCurrentDrill();
    return drills;
  }

  it('the builder runs on the drill clock, and a statement it publishes counts for the drill', async () => {
    const s = await load();
    const drills = await startedDrill();
    const { clockNow } = await import('../../src/stores/drill-bridge.ts');
    // One real minute later, a solo drill of 120 minutes played in 20 is six minutes on.
    vi.setSystemTime(local(10, 1));
    expect(clockNow().toISOString()).toBe(local(10, 6).toISOString());

    await s.draftStatementForIncident('en');
    await s.editInput({ brand: 'Sonora', whatHappened: 'some headphones stop charging', nextUpdate: '10:36' });
    await s.recordApproval({ name: 'Andrés Gil', role: 'Marketing director' });
    const nextUpdateAt = promisedTime(current(s).input.nextUpdate, clockNow().toISOString());
    expect(await s.publish({ texts: texts(s), nextUpdateAt })).toBe(true);

    // Stored in drill time, as crisis mode's own entries are.
    expect(current(s).versions.at(-1)?.publishedAt).toBe(local(10, 6).toISOString());
    // The drill heard it: the holding statement, at the real time, promising an update in 30 minutes.
    const statements = drills.$currentPlay.get()?.events.filter((e) => e.type === 'statement');
    expect(statements).toEqual([
      {
        type: 'statement',
        at: local(10, 1).toISOString(),
        kind: 'holding',
        text: texts(s).website,
        promisedMinutes: 30,
      },
    ]);
  });

  it('a statement of another run does not count for the drill', async () => {
    const s = await load();
    const drills = await startedDrill();
    await s.newDraft('Unrelated', 'en');
    await s.drafts.update((state) => ({
      ...state,
      drafts: Object.fromEntries(Object.entries(state.drafts).map(([id, d]) => [id, { ...d, runId: null }])),
    }));
    await s.editInput({ brand: 'Sonora', whatHappened: 'a practice text' });
    await s.recordApproval({ name: 'Andrés Gil', role: 'Marketing director' });
    expect(await s.publish({ texts: texts(s), nextUpdateAt: null })).toBe(true);
    expect(drills.$currentPlay.get()?.events.some((e) => e.type === 'statement')).toBe(false);
  });
});

describe('drafts store: the publishing record', () => {
  it('publishing freezes version 1 in storage, envelope version 2', async () => {
    const s = await load();
    await publishedHolding(s);
    const saved = stored(KEY);
    expect(saved.version).toBe(2);
    const draft = saved.data.drafts[current(s).id];
    expect(draft.publishedAt).toBe(local(10, 10).toISOString());
    expect(draft.versions).toHaveLength(1);
    expect(draft.versions[0]).toMatchObject({
      number: 1,
      approval: { name: 'Andrés Gil', role: 'Marketing director' },
      nextUpdateAt: local(13).toISOString(),
    });
    expect(draft.versions[0].texts.website).toBe(texts(s).website);
  });

  it('an edit after publishing starts version 2; version 1 stays as it went out, after a reload too', async () => {
    let s = await load();
    await publishedHolding(s);
    const first = structuredClone(current(s).versions[0]);
    vi.setSystemTime(local(10, 20));
    await s.editInput({ whatHappened: 'app orders were charged twice between 08:10 and 11:20' });
    expect(current(s)).toMatchObject({ approval: null, publishedAt: null, versions: [first] });
    await s.recordApproval({ name: 'Nuria Soler', role: 'Legal' });
    vi.setSystemTime(local(10, 30));
    await s.publish(publication(s));
    closePages();
    s = await load();
    const versions = current(s).versions;
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions[0]).toEqual(first);
    expect(versions[1]?.texts.website).toContain('between 08:10 and 11:20');
    expect(versions[1]?.approval.name).toBe('Nuria Soler');
  });

  it('"start the next update" outside an incident moves the promise on by an hour and opens the copy', async () => {
    const s = await load();
    await publishedHolding(s);
    const sourceId = current(s).id;
    vi.setSystemTime(local(11));
    expect(await next.startNextUpdateFrom(sourceId, 'Update: Holding')).toBe(true);
    expect(current(s)).toMatchObject({
      name: 'Update: Holding',
      basedOn: { draftId: sourceId, version: 1 },
      input: { nextUpdate: '14:00', brand: 'Café Lumbre' },
      versions: [],
    });
    expect(Object.keys(stored(KEY).data.drafts)).toHaveLength(2);
  });

  it('"start the next update" of an incident’s statement moves it on by the incident’s cadence', async () => {
    const s = await load();
    // High severity: updates every 60 minutes; critical: every 30.
    await s.startIncident(
      {
        title: 'Double charges',
        severity: 'critical',
        reason: '',
        triage: null,
        startedAt: local(9, 20).toISOString(),
        detectedAt: local(9, 30).toISOString(),
        declaredAt: local(9, 40).toISOString(),
      },
      local(10),
    );
    await s.draftStatementForIncident('en', local(10));
    await s.editInput({ brand: 'Café Lumbre', nextUpdate: '10:45' });
    await s.recordApproval({ name: 'Andrés Gil', role: 'Marketing director' });
    vi.setSystemTime(local(10, 15));
    await s.publish(publication(s));
    const sourceId = current(s).id;
    vi.setSystemTime(local(10, 20));
    await next.startNextUpdateFrom(sourceId, 'Update');
    expect(current(s).input.nextUpdate).toBe('11:15');
    expect(current(s).runId).toBe(s.$incident.get()?.runId);
  });

  it('a refused write changes nothing: the published version and the stored value stay', async () => {
    const s = await load();
    await publishedHolding(s);
    const before = localStorage.getItem(KEY);
    const draft = structuredClone(current(s));
    fillStorage();
    expect(await s.editInput({ whatHappened: 'x'.repeat(1500) })).toBe(false);
    expect(await next.startNextUpdateFrom(draft.id, 'Update: Holding')).toBe(false);
    expect(s.$storageStatus.get()).toBe('write-failed');
    expect(localStorage.getItem(KEY)).toBe(before);
    expect(current(s)).toEqual(draft);
  });

  it('upgrades a stored version-1 value: a published draft keeps its record as version 1', async () => {
    const old = {
      id: 'd1',
      name: 'Holding',
      locale: 'en',
      runId: null,
      createdAt: local(9).toISOString(),
      updatedAt: local(9).toISOString(),
      input: { kind: 'holding', crisisType: 'service-outage', tone: 'formal', brand: 'B', whatHappened: 'x' },
      edits: {},
      approval: { name: 'A', role: 'B', at: local(9, 5).toISOString() },
      publishedAt: local(9, 10).toISOString(),
    };
    localStorage.setItem(KEY, encodeEnvelope(1, { currentDraftId: 'd1', drafts: { d1: old } }));
    const s = await load();
    expect(s.$storageStatus.get()).toBe('ok');
    expect(current(s).versions).toMatchObject([{ number: 1, publishedAt: old.publishedAt, texts: {} }]);
    // Editing it keeps that record.
    await s.editInput({ brand: 'Other' });
    expect(stored(KEY).data.drafts.d1.versions).toHaveLength(1);
    expect(stored(KEY).data.drafts.d1.publishedAt).toBeNull();
  });
});
