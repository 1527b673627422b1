// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialSessionsState } from '../../src/lib/sessions.ts';
import { closePages, loadPage, stored } from './helpers.ts';

const RUNS = 'crisis-playbook:runs';
const DRAFTS = 'crisis-playbook:drafts';

beforeEach(() => localStorage.clear());
afterEach(() => {
  closePages();
  vi.restoreAllMocks();
});

/** A storage that refuses every write of `key` from now on, as a full disk would. */
function refuseWritesOf(key: string) {
  const setItem = Storage.prototype.setItem;
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k, v) {
    if (k === key) throw new DOMException('full', 'QuotaExceededError');
    setItem.call(this, k, v);
  });
}

describe('import everything, all or nothing', () => {
  const imported = initialSessionsState({ id: 'imported', now: '2026-11-24T10:00:00.000Z' });
  const importedDrafts = { currentDraftId: null, drafts: {} };

  it('writes sessions and drafts together', async () => {
    const page = await loadPage();
    await page.newDraft('Old draft', 'en');
    expect(await page.importEverything(imported, importedDrafts)).toBe(true);
    expect(stored(RUNS).data.currentRunId).toBe('imported');
    expect(stored(DRAFTS).data.drafts).toEqual({});
    expect(page.$currentSession.get()?.id).toBe('imported');
  });

  it('puts the sessions back when the drafts cannot be written', async () => {
    const page = await loadPage();
    await page.toggleItem('list', 'a', true);
    await page.newDraft('Old draft', 'en');
    const runsBefore = localStorage.getItem(RUNS);
    const draftsBefore = localStorage.getItem(DRAFTS);
    refuseWritesOf(DRAFTS);
    expect(await page.importEverything(imported, importedDrafts)).toBe(false);
    expect(localStorage.getItem(RUNS)).toBe(runsBefore);
    expect(localStorage.getItem(DRAFTS)).toBe(draftsBefore);
    expect(page.$currentSession.get()?.id).not.toBe('imported');
    expect(Object.keys(page.$drafts.get().drafts)).toHaveLength(1);
    expect(page.$storageStatus.get()).toBe('write-failed');
  });

  it('clears nothing when one concern cannot be cleared', async () => {
    const page = await loadPage();
    await page.toggleItem('list', 'a', true);
    await page.newDraft('Keep me', 'en');
    const runsBefore = localStorage.getItem(RUNS);
    refuseWritesOf(DRAFTS);
    expect(await page.clearEverything()).toBe(false);
    expect(localStorage.getItem(RUNS)).toBe(runsBefore);
    expect(Object.keys(page.$currentSession.get()?.ticks ?? {})).toEqual(['list/a']);
  });
});

describe('export everything', () => {
  it('holds the sessions and the drafts', async () => {
    const page = await loadPage();
    await page.toggleItem('list', 'a', true);
    await page.newDraft('Holding', 'es');
    const file = JSON.parse(page.exportEverything(new Date('2026-11-24T10:00:00Z')));
    expect(file.scope).toBe('all');
    expect(Object.keys(file.data.runs)).toHaveLength(1);
    expect(Object.values<{ name: string }>(file.drafts.drafts)[0]?.name).toBe('Holding');
  });
});

describe('incidents in everything', () => {
  const input = {
    title: 'Double charges',
    severity: 'high' as const,
    reason: '',
    triage: null,
    startedAt: '2026-03-06T09:20:00.000Z',
    detectedAt: '2026-03-06T09:30:00.000Z',
    declaredAt: '2026-03-06T09:55:00.000Z',
  };
  const NOW = new Date('2026-03-06T10:00:00Z');

  it('exports them, and clearing everything deletes them', async () => {
    const page = await loadPage();
    expect(await page.startIncident(input, NOW)).toBeNull();
    const file = JSON.parse(page.exportEverything(NOW));
    expect(Object.values<{ title: string }>(file.incidents.incidents)[0]?.title).toBe('Double charges');
    expect(await page.clearEverything()).toBe(true);
    expect(page.$incidents.get()).toEqual({ currentIncidentId: null, incidents: {} });
    expect(stored('crisis-playbook:incidents').data.incidents).toEqual({});
  });

  it('importing everything replaces them with the file’s (none, from an older file)', async () => {
    const page = await loadPage();
    await page.startIncident(input, NOW);
    const imported = initialSessionsState({ id: 'imported', now: '2026-11-24T10:00:00.000Z' });
    expect(await page.importEverything(imported, null)).toBe(true);
    expect(page.$incident.get()).toBeUndefined();
  });
});

describe('the learning path’s progress in everything', () => {
  const PROGRESS = 'crisis-playbook:progress';
  const NOW = new Date('2026-11-24T12:00:00Z');
  const imported = initialSessionsState({ id: 'imported', now: '2026-11-24T10:00:00.000Z' });

  it('exports the guides read and the drills completed, and clearing everything forgets them', async () => {
    const page = await loadPage();
    expect(await page.markGuideRead('response', '2026-11-24T10:10:00.000Z')).toBe(true);
    expect(await page.completeDrill('service-outage', '2026-11-24T11:00:00.000Z')).toBe(true);
    const file = JSON.parse(page.exportEverything(NOW));
    expect(file.progress).toEqual({
      read: { response: '2026-11-24T10:10:00.000Z' },
      drills: { 'service-outage': '2026-11-24T11:00:00.000Z' },
    });
    expect(await page.clearEverything()).toBe(true);
    expect(page.$progress.get()).toEqual({ read: {}, drills: {} });
    expect(stored(PROGRESS).data).toEqual({ read: {}, drills: {} });
  });

  it('importing everything replaces it with the file’s (none, from an older file)', async () => {
    const page = await loadPage();
    await page.markGuideRead('response');
    const progress = { read: { escalation: '2026-11-20T09:00:00.000Z' }, drills: {} };
    expect(await page.importEverything(imported, null, undefined, progress)).toBe(true);
    expect(stored(PROGRESS).data).toEqual(progress);
    expect(await page.importEverything(imported, null)).toBe(true);
    expect(page.$progress.get()).toEqual({ read: {}, drills: {} });
  });

  it('puts the sessions back when the progress cannot be written', async () => {
    const page = await loadPage();
    await page.markGuideRead('response');
    const runsBefore = localStorage.getItem(RUNS);
    refuseWritesOf(PROGRESS);
    expect(await page.importEverything(imported, null, undefined, { read: {}, drills: {} })).toBe(false);
    expect(localStorage.getItem(RUNS)).toBe(runsBefore);
    expect(Object.keys(page.$progress.get().read)).toEqual(['response']);
  });
});
