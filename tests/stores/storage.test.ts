// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTick } from '../../src/lib/sessions.ts';
import { decodeEnvelope, encodeEnvelope, revisionOf } from '../../src/lib/storage.ts';
import { closePages, fillStorage, freeStorage, loadPage, stored } from './helpers.ts';

const RUNS = 'crisis-playbook:runs';
const DRAFTS = 'crisis-playbook:drafts';

beforeEach(() => localStorage.clear());
afterEach(() => {
  closePages();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// Issue 10, defect 5: reading never depends on being able to write.
describe('a full storage', () => {
  it('still shows the ticks it holds, and says nothing about saving being impossible', async () => {
    const first = await loadPage();
    await first.toggleItem('list', 'a', true);
    await first.toggleItem('list', 'b', true);
    fillStorage();
    const again = await loadPage();
    expect(Object.keys(again.$currentSession.get()?.ticks ?? {})).toEqual(['list/a', 'list/b']);
    expect(again.$storageStatus.get()).toBe('ok');
    expect(await again.toggleItem('list', 'c', true)).toBe(false);
    expect(again.$storageStatus.get()).toBe('write-failed');
  });
});

// Issue 10, defect 2: a value that can be neither read nor set aside is never overwritten.
describe('an unreadable value that does not fit aside', () => {
  const future = JSON.stringify({ version: 99, data: { big: 'y'.repeat(1_500_000) } });

  it('is kept as it was, offered for download, and written over only after the download', async () => {
    localStorage.setItem(RUNS, future);
    fillStorage();
    const page = await loadPage();
    expect(page.$unkept.get()[RUNS]?.raw).toBe(future);
    expect(page.$storageStatus.get()).not.toBe('quarantined');
    expect(Object.keys(localStorage).some((k) => k.startsWith(page.QUARANTINE_PREFIX))).toBe(false);
    freeStorage();
    // Room again, but the user has no copy yet: the tick is refused and the original stays.
    expect(await page.toggleItem('list', 'a', true)).toBe(false);
    expect(localStorage.getItem(RUNS)).toBe(future);
    const download = page.exportSetAside();
    expect(JSON.parse(download ?? '{}').values[RUNS]).toBe(future);
    expect(await page.toggleItem('list', 'a', true)).toBe(true);
    expect(stored(RUNS).version).toBe(2);
  });
});

// Issue 10, defect 3: two tabs ticking at once keep both ticks; drafts merge per field.
describe('two tabs', () => {
  it('keep each other’s ticks', async () => {
    const tabA = await loadPage();
    await tabA.toggleItem('list', 'seed', true);
    const tabB = await loadPage();
    // Tab A ticks; tab B has not heard of it (no storage event) and ticks another item.
    await tabA.toggleItem('list', 'a', true);
    await tabB.toggleItem('list', 'b', true);
    const runs = stored(RUNS).data.runs;
    expect(Object.keys(Object.values<{ ticks: object }>(runs)[0]?.ticks ?? {}).sort()).toEqual([
      'list/a',
      'list/b',
      'list/seed',
    ]);
  });

  it('keep both fields of one draft edited at once', async () => {
    const tabA = await loadPage();
    await tabA.newDraft('Holding', 'en');
    const tabB = await loadPage();
    await tabA.editInput({ contact: 'help@example.org' });
    await tabB.editInput({ brand: 'Café Lumbre' });
    const draft = Object.values<{ input: Record<string, string> }>(stored(DRAFTS).data.drafts)[0];
    expect(draft?.input['contact']).toBe('help@example.org');
    expect(draft?.input['brand']).toBe('Café Lumbre');
  });

  it('keep a session imported in one tab while the other ticks', async () => {
    const tabA = await loadPage();
    const tabB = await loadPage();
    const imported = {
      id: 'imported',
      kind: 'practice' as const,
      title: 'Friday drill',
      startedAt: '2026-11-24T10:00:00.000Z',
      closedAt: null,
      ticks: {},
      log: [],
    };
    await tabA.importSession(imported);
    await tabB.toggleItem('list', 'b', true);
    const data = stored(RUNS).data;
    expect(Object.keys(data.runs)).toContain('imported');
    expect(data.runs.imported.ticks).toEqual({ 'list/b': expect.any(String) });
  });
});

// Issue 10, defect 6: clear means everything of ours, quarantined copies included.
describe('clear everything', () => {
  it('removes quarantined copies too, after offering them for download', async () => {
    localStorage.setItem(DRAFTS, '{"version":1,"data":"CONFIDENTIAL: CEO resignation statement draft"}');
    const page = await loadPage();
    expect(page.$storageStatus.get()).toBe('quarantined');
    expect(page.exportSetAside()).toContain('CONFIDENTIAL');
    expect(await page.clearEverything()).toBe(true);
    const ours = Object.keys(localStorage).filter((k) => k.startsWith('crisis-playbook:'));
    expect(ours.some((k) => k.includes('quarantine'))).toBe(false);
    expect(Object.values(localStorage).some((v) => String(v).includes('CONFIDENTIAL'))).toBe(false);
    expect(page.exportSetAside()).toBeNull();
  });
});

// Issue 10, defect 1: a stored built-in name is set aside, not used.
describe('a stored current session "constructor"', () => {
  it('is quarantined and the page works', async () => {
    const value = encodeEnvelope(2, { currentRunId: 'constructor', runs: {} });
    localStorage.setItem(RUNS, value);
    const page = await loadPage();
    expect(page.$storageStatus.get()).toBe('quarantined');
    expect(await page.toggleItem('list', 'a', true)).toBe(true);
  });
});

describe('a page that goes away with a change waiting for the lock', () => {
  it('writes the change on pagehide, once', async () => {
    let grant: (() => void) | undefined;
    vi.stubGlobal('navigator', {
      ...navigator,
      locks: {
        request: (_name: string, callback: () => Promise<unknown>) =>
          new Promise((resolve) => {
            grant = () => resolve(callback());
          }),
      },
    });
    const page = await loadPage();
    const ticked = page.toggleItem('list', 'a', true);
    expect(localStorage.getItem(RUNS)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(Object.keys(Object.values<{ ticks: object }>(stored(RUNS).data.runs)[0]?.ticks ?? {})).toEqual(['list/a']);
    grant?.();
    expect(await ticked).toBe(true);
    const log = Object.values<{ log: unknown[] }>(stored(RUNS).data.runs)[0]?.log;
    expect(log).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});

describe('a tab whose copy of storage lagged', () => {
  it('has its write repaired: the changes it missed are made again on top', async () => {
    const tabA = await loadPage();
    await tabA.toggleItem('list', 'seed', true);
    const before = localStorage.getItem(RUNS) ?? '';
    await tabA.toggleItem('list', 'a', true);
    // Tab B wrote from the value before A's tick (its copy had not caught up): A's tick is missing.
    const stale = decodeEnvelope(before, tabA.SESSIONS_SPEC);
    if (!stale.ok) throw new Error('unreadable');
    const fromB = setTick(stale.data, 'list', 'b', true, '2026-11-24T10:00:00.000Z');
    const raw = encodeEnvelope(2, fromB, { rev: 'tab-b-1', base: revisionOf(before)?.rev ?? null });
    localStorage.setItem(RUNS, raw);
    window.dispatchEvent(new StorageEvent('storage', { key: RUNS, newValue: raw }));
    await vi.waitFor(() =>
      expect(Object.keys(tabA.$currentSession.get()?.ticks ?? {}).sort()).toEqual(['list/a', 'list/b', 'list/seed']),
    );
    const runs = stored(RUNS).data.runs;
    expect(Object.keys(Object.values<{ ticks: object }>(runs)[0]?.ticks ?? {}).sort()).toEqual([
      'list/a',
      'list/b',
      'list/seed',
    ]);
  });

  it('never shows the stale value in between, even for a moment (a bound field would lose typed text)', async () => {
    // The lock is granted at once until `held` is set; then requests wait, as behind another tab.
    let held: (() => void)[] | null = null;
    vi.stubGlobal('navigator', {
      ...navigator,
      locks: {
        request: (_name: string, callback: () => Promise<unknown>) =>
          held ? new Promise((resolve) => held?.push(() => resolve(callback()))) : callback(),
      },
    });
    const tabA = await loadPage();
    await tabA.toggleItem('list', 'seed', true);
    const before = localStorage.getItem(RUNS) ?? '';
    await tabA.toggleItem('list', 'a', true);
    const stale = decodeEnvelope(before, tabA.SESSIONS_SPEC);
    if (!stale.ok) throw new Error('unreadable');
    const fromB = setTick(stale.data, 'list', 'b', true, '2026-11-24T10:00:00.000Z');
    const raw = encodeEnvelope(2, fromB, { rev: 'tab-b-3', base: revisionOf(before)?.rev ?? null });
    localStorage.setItem(RUNS, raw);
    held = [];
    window.dispatchEvent(new StorageEvent('storage', { key: RUNS, newValue: raw }));
    // Before the repair can be written (the lock is held): A's own tick is already on screen.
    expect(Object.keys(tabA.$currentSession.get()?.ticks ?? {}).sort()).toEqual(['list/a', 'list/b', 'list/seed']);
    for (const grant of held) grant();
    await vi.waitFor(() =>
      expect(Object.keys(Object.values<{ ticks: object }>(stored(RUNS).data.runs)[0]?.ticks ?? {}).sort()).toEqual([
        'list/a',
        'list/b',
        'list/seed',
      ]),
    );
    vi.unstubAllGlobals();
  });

  it('makes its missed changes again in the order it made them, however many times it finds them', async () => {
    // The two-tab typing race: a name typed letter by letter while the other tab writes. Behind a
    // held lock the repair waits; meanwhile a second stale write (from a revision this tab never
    // saw) finds the same changes again, older ones included: the newest text must stay on top.
    let held: (() => void)[] | null = null;
    vi.stubGlobal('navigator', {
      ...navigator,
      locks: {
        request: (_name: string, callback: () => Promise<unknown>) =>
          held ? new Promise((resolve) => held?.push(() => resolve(callback()))) : callback(),
      },
    });
    const tabA = await loadPage();
    await tabA.toggleItem('list', 'seed', true);
    await tabA.renameCurrentSession('P', { immediate: true });
    await tabA.renameCurrentSession('Pa', { immediate: true });
    const before = localStorage.getItem(RUNS) ?? '';
    await tabA.renameCurrentSession('Pay', { immediate: true });
    const afterPa = decodeEnvelope(before, tabA.SESSIONS_SPEC);
    if (!afterPa.ok) throw new Error('unreadable');
    const fromB = (rev: string, base: string | null, item: string) =>
      encodeEnvelope(2, setTick(afterPa.data, 'list', item, true, '2026-11-24T10:00:00.000Z'), { rev, base });
    held = [];
    // First, a write based on the value after "Pa": only the last rename is missed.
    const first = fromB('tab-b-1', revisionOf(before)?.rev ?? null, 'b');
    localStorage.setItem(RUNS, first);
    window.dispatchEvent(new StorageEvent('storage', { key: RUNS, newValue: first }));
    expect(tabA.$currentSession.get()?.title).toBe('Pay');
    // Then one based on a revision this tab never read: its recent changes are found again.
    const second = fromB('tab-b-2', 'tab-b-unseen', 'c');
    localStorage.setItem(RUNS, second);
    window.dispatchEvent(new StorageEvent('storage', { key: RUNS, newValue: second }));
    expect(tabA.$currentSession.get()?.title).toBe('Pay');
    for (const grant of held) grant();
    await vi.waitFor(() => expect(stored(RUNS).data.runs[tabA.$currentSession.get()?.id ?? '']?.title).toBe('Pay'));
  });

  it('does not undo a change the other tab made after seeing ours', async () => {
    const tabA = await loadPage();
    await tabA.toggleItem('list', 'a', true);
    const seenByB = localStorage.getItem(RUNS) ?? '';
    const current = decodeEnvelope(seenByB, tabA.SESSIONS_SPEC);
    if (!current.ok) throw new Error('unreadable');
    // Tab B saw the tick and took it back: a proper successor, nothing to repair.
    const fromB = setTick(current.data, 'list', 'a', false, '2026-11-24T10:00:00.000Z');
    const raw = encodeEnvelope(2, fromB, { rev: 'tab-b-2', base: revisionOf(seenByB)?.rev ?? null });
    localStorage.setItem(RUNS, raw);
    window.dispatchEvent(new StorageEvent('storage', { key: RUNS, newValue: raw }));
    await new Promise((r) => setTimeout(r, 20));
    expect(tabA.$currentSession.get()?.ticks).toEqual({});
    expect(localStorage.getItem(RUNS)).toBe(raw);
  });
});

/** Web Locks that grant only when the test says so, one holder at a time, in request order. */
function heldLocks() {
  const queue: (() => Promise<unknown>)[] = [];
  vi.stubGlobal('navigator', {
    ...navigator,
    locks: {
      request: (_name: string, callback: () => Promise<unknown>) =>
        new Promise((resolve, reject) => queue.push(() => callback().then(resolve, reject))),
    },
  });
  return {
    waiting: () => queue.length,
    /** Grants the lock to the oldest request and waits until it is released. */
    grant: async () => {
      const next = queue.shift();
      if (!next) throw new Error('no request waits for the lock');
      await next();
    },
  };
}

const draftNames = () =>
  Object.values<{ name: string }>(stored(DRAFTS)?.data.drafts ?? {})
    .map((d) => d.name)
    .sort();

const shownNames = (page: Awaited<ReturnType<typeof loadPage>>) =>
  Object.values(page.$drafts.get().drafts)
    .map((d) => d.name)
    .sort();

// Issue 10 (flaky "several named drafts"): the end-to-end test names a draft, starts another and
// names it, then reloads, faster than the lock is granted on a loaded machine. The store merge
// keeps every rename, in whatever order the lock and the page's end come.
describe('renames and new drafts made faster than the lock is granted', () => {
  async function sequence(page: Awaited<ReturnType<typeof loadPage>>, locks: ReturnType<typeof heldLocks>) {
    // A new draft shows as soon as the checklist runs are loaded (on the click, for its link to the
    // run in progress), before any write; a rename shows at once.
    const drafts = (n: number) => vi.waitFor(() => expect(Object.keys(page.$drafts.get().drafts)).toHaveLength(n));
    const writes = [page.newDraft('Draft 1', 'en')];
    await drafts(1);
    writes.push(page.rename('First'));
    writes.push(page.newDraft('Draft 2', 'en'));
    await drafts(2);
    writes.push(page.rename('Second'));
    expect(shownNames(page)).toEqual(['First', 'Second']);
    expect(locks.waiting()).toBe(4);
    return writes;
  }

  it('keeps both names when every write gets its turn', async () => {
    const locks = heldLocks();
    const page = await loadPage();
    const writes = await sequence(page, locks);
    for (let i = 0; i < 4; i++) await locks.grant();
    expect(await Promise.all(writes)).toEqual([true, true, true, true]);
    expect(draftNames()).toEqual(['First', 'Second']);
    const again = await loadPage();
    expect(shownNames(again)).toEqual(['First', 'Second']);
  });

  it('keeps both names when the page reloads with writes still waiting for the lock', async () => {
    const locks = heldLocks();
    const page = await loadPage();
    const writes = await sequence(page, locks);
    await locks.grant();
    // The reload: what waits is written now, synchronously; the turns that come later add nothing.
    window.dispatchEvent(new Event('pagehide'));
    expect(draftNames()).toEqual(['First', 'Second']);
    const raw = localStorage.getItem(DRAFTS);
    for (let i = 0; i < 3; i++) await locks.grant();
    await Promise.all(writes);
    expect(localStorage.getItem(DRAFTS)).toBe(raw);
  });

  it('does not publish a new state when the write only confirms what is shown', async () => {
    const locks = heldLocks();
    const page = await loadPage();
    const writes = await sequence(page, locks);
    const shown = page.$drafts.get();
    const seen = vi.fn();
    const stop = page.$drafts.listen(seen);
    for (let i = 0; i < 4; i++) await locks.grant();
    await Promise.all(writes);
    stop();
    // Subscribers are not re-rendered for nothing: a field bound to the store keeps what is typed in it.
    expect(seen).not.toHaveBeenCalled();
    expect(page.$drafts.get()).toBe(shown);
  });
});

// Issue 10 (flaky "no room to set it aside"): the outcome depends on when the page's stores first
// read storage. Read after the value is written but before storage fills, the value fits aside and
// is quarantined; read only once storage is full, it is kept unwritten and offered for download.
// Both are right; the end-to-end test must put the value there after the page has hydrated.
describe('an unreadable value written while the page loads', () => {
  const future = JSON.stringify({ version: 99, data: { big: 'y'.repeat(1_500_000) } });

  it('is set aside when the stores first read it while there is room', async () => {
    localStorage.setItem(RUNS, future);
    await loadPage();
    fillStorage();
    const reloaded = await loadPage();
    expect(reloaded.$storageStatus.get()).toBe('quarantined');
    expect(reloaded.$unkept.get()[RUNS]).toBeUndefined();
  });

  it('is kept unwritten when the stores first read it once storage is full', async () => {
    await loadPage();
    localStorage.setItem(RUNS, future);
    fillStorage();
    const reloaded = await loadPage();
    expect(reloaded.$unkept.get()[RUNS]?.raw).toBe(future);
    expect(reloaded.$storageStatus.get()).not.toBe('quarantined');
  });
});
