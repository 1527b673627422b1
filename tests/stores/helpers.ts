/** Shared by the store tests (jsdom): page loads, a full storage, stored values. */
import { vi } from 'vitest';

/**
 * The stores read storage when their modules load, so each call is one page load: a fresh copy
 * of every store module, over the same localStorage (two calls without a reset: two tabs).
 */
export async function loadPage() {
  vi.resetModules();
  // The stores listen to the window (other tabs, pagehide): note those listeners so that
  // closePages() can end this page's life, as closing a tab would.
  const add = window.addEventListener.bind(window);
  const spy = vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
    if (listener) open.push([type, listener]);
    add(type, listener, options);
  });
  try {
    const sessions = await import('../../src/stores/sessions.ts');
    const drafts = await import('../../src/stores/drafts.ts');
    const storage = await import('../../src/stores/storage.ts');
    const transfer = await import('../../src/stores/transfer.ts');
    const incidents = await import('../../src/stores/incidents.ts');
    const progress = await import('../../src/stores/progress.ts');
    return { ...sessions, ...drafts, ...storage, ...transfer, ...incidents, ...progress };
  } finally {
    spy.mockRestore();
  }
}

const open: [string, EventListenerOrEventListenerObject][] = [];

/** Closes every page loaded so far: their stores stop hearing the window. */
export function closePages(): void {
  for (const [type, listener] of open.splice(0)) window.removeEventListener(type, listener);
}

/** Fills the rest of jsdom's 5 MB quota, so the next write of any size is refused. */
export function fillStorage(): void {
  let filler = 'x'.repeat(1_000_000);
  for (let i = 0; filler.length > 0; i++) {
    try {
      localStorage.setItem(`filler-${i}`, filler);
    } catch {
      filler = filler.slice(0, Math.floor(filler.length / 2));
    }
  }
}

export function freeStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
}

export const stored = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null');
