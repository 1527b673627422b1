// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The drill-play store is heavy and loads only during a drill: here, a spy stands for it. */
const follow = vi.fn(async () => {});
vi.mock('../../../src/stores/drill-play.ts', () => ({ followCurrentDrill: follow }));
const { useDrillClock } = await import('../../../src/components/islands/statement/useDrillClock.ts');

const KEY = 'crisis-playbook:incidents';
function Probe() {
  useDrillClock();
  return null;
}
const incidents = (current: string, incident: Record<string, unknown>) =>
  JSON.stringify({ version: 1, data: { currentIncidentId: current, incidents: { [current]: incident } } });
/** Lets any import the hook started settle, so a call that should not happen would have happened. */
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  localStorage.clear();
  follow.mockClear();
});
afterEach(cleanup);

describe('useDrillClock: the builder follows a drill only when one is open', () => {
  it('follows an open drill', async () => {
    localStorage.setItem(KEY, incidents('i1', { kind: 'drill', resolvedAt: null }));
    render(<Probe />);
    await waitFor(() => expect(follow).toHaveBeenCalledTimes(1));
  });

  it.each([
    ['nothing stored', null],
    ['a real incident', incidents('i1', { kind: 'incident', resolvedAt: null })],
    ['a drill already over', incidents('i1', { kind: 'drill', resolvedAt: '2026-12-02T10:00:00.000Z' })],
    ['corrupt storage', '{"version":1,"data":{"currentIncidentId":'],
    ['a value of the wrong shape', JSON.stringify({ version: 1, data: ['drill'] })],
    ['hostile text as the kind', incidents('i1', { kind: '<img src=x onerror=alert(1)>', resolvedAt: null })],
    [
      'an id that names a built-in',
      JSON.stringify({ version: 1, data: { currentIncidentId: 'constructor', incidents: {} } }),
    ],
  ])('loads nothing for %s', async (_, raw) => {
    if (raw !== null) localStorage.setItem(KEY, raw);
    render(<Probe />);
    await settle();
    expect(follow).not.toHaveBeenCalled();
  });

  it('follows a drill started in another tab while the builder is open', async () => {
    render(<Probe />);
    await settle();
    expect(follow).not.toHaveBeenCalled();
    localStorage.setItem(KEY, incidents('i1', { kind: 'drill', resolvedAt: null }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    await waitFor(() => expect(follow).toHaveBeenCalledTimes(1));
  });
});
