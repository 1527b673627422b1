// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closePages, loadPage, stored } from './helpers.ts';

const KEY = 'crisis-playbook:progress';

beforeEach(() => localStorage.clear());
afterEach(() => {
  closePages();
  vi.restoreAllMocks();
});

describe('the progress store', () => {
  it('keeps a guide read across a reload, with the time it was first read', async () => {
    const page = await loadPage();
    await page.markGuideRead('response', '2026-11-24T10:00:00.000Z');
    await page.markGuideRead('response', '2026-11-25T10:00:00.000Z');
    expect(stored(KEY)).toMatchObject({ version: 1, data: { read: { response: '2026-11-24T10:00:00.000Z' } } });
    const reloaded = await loadPage();
    expect(reloaded.$progress.get().read).toEqual({ response: '2026-11-24T10:00:00.000Z' });
  });

  it('keeps what two tabs record at once', async () => {
    const one = await loadPage();
    const two = await loadPage();
    await Promise.all([one.markGuideRead('response'), two.completeDrill('service-outage')]);
    const after = stored(KEY).data;
    expect(Object.keys(after.read)).toEqual(['response']);
    expect(Object.keys(after.drills)).toEqual(['service-outage']);
  });

  it('sets an unreadable value aside and starts clean', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: { read: { response: 'not a time' }, drills: {} } }));
    const page = await loadPage();
    expect(page.$progress.get()).toEqual({ read: {}, drills: {} });
    expect(page.$storageStatus.get()).toBe('quarantined');
    expect(Object.keys(localStorage).some((k) => k.startsWith(`crisis-playbook:quarantine:${KEY}:`))).toBe(true);
  });
});
