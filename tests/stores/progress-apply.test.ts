// @vitest-environment jsdom
// The script behind the guide state labels: it sets each label's state from the stored progress
// and follows later changes (another tab, a drill completed).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closePages, loadPage } from './helpers.ts';

const KEY = 'crisis-playbook:progress';

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = `
    <span data-guide-state="new" data-guide="response" data-drills="service-outage data-incident"></span>
    <span data-guide-state="new" data-guide="escalation" data-drills=""></span>
    <span data-guide-state="new" data-guide="monitoring" data-drills="fake-profiles"></span>`;
});
afterEach(() => {
  closePages();
  vi.restoreAllMocks();
});

const states = () =>
  [...document.querySelectorAll<HTMLElement>('[data-guide-state]')].map((el) => el.dataset['guideState']);

describe('guide state labels', () => {
  it('show what is stored, then follow the store', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ version: 1, data: { read: { escalation: '2026-11-24T10:00:00.000Z' }, drills: {} } }),
    );
    const page = await loadPage();
    const { start } = await import('../../src/components/progress/progress-apply.ts');
    start(document);
    expect(states()).toEqual(['new', 'read', 'new']);
    await page.completeDrill('data-incident');
    expect(states()).toEqual(['practised', 'read', 'new']);
  });
});
