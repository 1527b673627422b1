// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentSession, initialSessionsState, setTick } from '../../src/lib/sessions.ts';
import { encodeEnvelope } from '../../src/lib/storage.ts';
import { fillStorage } from './helpers.ts';

const KEY = 'crisis-playbook:runs';

/** The store reads storage when its module loads, so each test loads a fresh copy. */
async function loadStore() {
  vi.resetModules();
  const runs = await import('../../src/stores/sessions.ts');
  const storage = await import('../../src/stores/storage.ts');
  const transfer = await import('../../src/stores/transfer.ts');
  return { ...runs, ...storage, ...transfer };
}

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('runs store', () => {
  it('starts with a practice run and writes nothing until the first tick', async () => {
    const { $sessions, $storageStatus } = await loadStore();
    expect(currentSession($sessions.get())?.kind).toBe('practice');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect($storageStatus.get()).toBe('ok');
  });

  it('persists a tick in a versioned envelope', async () => {
    const { toggleItem, $currentSession } = await loadStore();
    expect(await toggleItem('is-it-a-crisis', 'compare-baseline', true, new Date('2026-11-24T10:00:00Z'))).toBe(true);
    expect(stored().version).toBe(2);
    expect(stored().data.runs[$currentSession.get()?.id ?? ''].ticks).toEqual({
      'is-it-a-crisis/compare-baseline': '2026-11-24T10:00:00.000Z',
    });
  });

  it('reads back what an earlier page load stored', async () => {
    const state = setTick(
      initialSessionsState({ id: 'r1', now: '2026-11-24T09:00:00Z' }),
      'a',
      'b',
      true,
      '2026-11-24T09:01:00Z',
    );
    localStorage.setItem(KEY, encodeEnvelope(2, state));
    const { $sessions } = await loadStore();
    expect($sessions.get()).toEqual(state);
  });

  it('follows another tab writing the key', async () => {
    const { $sessions } = await loadStore();
    const unbind = $sessions.listen(() => {});
    const other = setTick(
      initialSessionsState({ id: 'tab2', now: '2026-11-24T09:00:00Z' }),
      'a',
      'b',
      true,
      '2026-11-24T09:02:00Z',
    );
    const raw = encodeEnvelope(2, other);
    localStorage.setItem(KEY, raw);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: raw }));
    expect($sessions.get()).toEqual(other);
    unbind();
  });

  it.each([
    ['not JSON', '{"version":1,"data":'],
    ['a bare value', '"hello"'],
    ['a newer version', '{"version":99,"data":{}}'],
    ['the wrong shape', '{"version":2,"data":{"currentRunId":"x","runs":{}}}'],
  ])('quarantines %s, tells the user, and starts clean', async (_, raw) => {
    localStorage.setItem(KEY, raw);
    const { $sessions, $storageStatus, QUARANTINE_PREFIX } = await loadStore();
    expect($storageStatus.get()).toBe('quarantined');
    expect(currentSession($sessions.get())?.ticks).toEqual({});
    const kept = Object.keys(localStorage).filter((k) => k.startsWith(`${QUARANTINE_PREFIX}${KEY}:`));
    expect(kept).toHaveLength(1);
    expect(localStorage.getItem(kept[0] ?? '')).toBe(raw);
  });

  it('reports a refused write and keeps the previous data intact', async () => {
    const { toggleItem, $storageStatus, $currentSession } = await loadStore();
    await toggleItem('list', 'first', true);
    const before = localStorage.getItem(KEY);
    fillStorage();
    expect(await toggleItem('list', 'second-item-with-a-long-id', true)).toBe(false);
    expect($storageStatus.get()).toBe('write-failed');
    expect(localStorage.getItem(KEY)).toBe(before);
    expect(Object.keys($currentSession.get()?.ticks ?? {})).toEqual(['list/first']);
  });

  it('works in memory and says so when storage is refused', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { toggleItem, $storageStatus, $currentSession } = await loadStore();
    expect($storageStatus.get()).toBe('unavailable');
    expect(await toggleItem('list', 'first', true)).toBe(true);
    expect(Object.keys($currentSession.get()?.ticks ?? {})).toEqual(['list/first']);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});

describe('quarantine', () => {
  it('keeps the same unreadable value only once across page loads', async () => {
    localStorage.setItem(KEY, 'garbage');
    await loadStore();
    await loadStore();
    const { QUARANTINE_PREFIX } = await loadStore();
    expect(Object.keys(localStorage).filter((k) => k.startsWith(QUARANTINE_PREFIX))).toHaveLength(1);
  });
});

describe('undo, reset and runs', () => {
  it('undoes an untick, giving the item back its first time', async () => {
    const { toggleItem, undoLastChange, $currentSession, $lastChange } = await loadStore();
    await toggleItem('list', 'a', true, new Date('2026-11-24T10:00:00Z'));
    await toggleItem('list', 'a', false, new Date('2026-11-24T10:05:00Z'));
    expect($lastChange.get()?.action).toBe('untick');
    expect(await undoLastChange(new Date('2026-11-24T10:06:00Z'))).toBe(true);
    expect($currentSession.get()?.ticks).toEqual({ 'list/a': '2026-11-24T10:00:00.000Z' });
    expect($currentSession.get()?.log.map((e) => e.action)).toEqual(['tick', 'untick', 'undo']);
    expect($lastChange.get()).toBeNull();
    expect(await undoLastChange()).toBe(false);
  });

  it('resets with undo, and the reset survives a reload', async () => {
    const { toggleItem, resetSession, $currentSession } = await loadStore();
    await toggleItem('list', 'a', true);
    await toggleItem('list', 'b', true);
    await resetSession();
    expect($currentSession.get()?.ticks).toEqual({});
    const again = await loadStore();
    expect(again.$currentSession.get()?.ticks).toEqual({});
    expect(again.$currentSession.get()?.log.at(-1)).toMatchObject({ action: 'reset', count: 2 });
  });

  it('undoes a reset', async () => {
    const { toggleItem, resetSession, undoLastChange, $currentSession } = await loadStore();
    await toggleItem('list', 'a', true, new Date('2026-11-24T10:00:00Z'));
    await resetSession();
    await undoLastChange();
    expect($currentSession.get()?.ticks).toEqual({ 'list/a': '2026-11-24T10:00:00.000Z' });
  });

  it('starts a new run and keeps the old one in history', async () => {
    const { toggleItem, newSession, $history, $currentSession } = await loadStore();
    await toggleItem('list', 'a', true);
    const first = $currentSession.get()?.id;
    await newSession('Simulacro');
    expect($currentSession.get()?.title).toBe('Simulacro');
    expect($currentSession.get()?.ticks).toEqual({});
    expect($history.get().map((r) => r.id)).toContain(first);
  });

  it('clears everything to one fresh run', async () => {
    const { toggleItem, newSession, clearEverything, $history } = await loadStore();
    await toggleItem('list', 'a', true);
    await newSession('Second');
    await clearEverything();
    expect($history.get()).toHaveLength(1);
    expect($history.get()[0]?.ticks).toEqual({});
  });
});
