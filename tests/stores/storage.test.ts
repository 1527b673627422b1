// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeEnvelope } from '../../src/lib/storage.ts';
import { fillStorage, freeStorage, loadPage, stored } from './helpers.ts';

const RUNS = 'crisis-playbook:runs';
const DRAFTS = 'crisis-playbook:drafts';

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

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
