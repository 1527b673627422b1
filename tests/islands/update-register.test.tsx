// @vitest-environment jsdom
// The update offer (src/components/update/register.ts): shown when a new version waits, never
// while someone is typing, and the new worker takes over only when asked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTyping, registerServiceWorker } from '../../src/components/update/register.ts';

const BANNER = `
  <div data-update-banner hidden><button data-update-reload>Reload</button><button data-update-later>Later</button></div>
  <input id="name" type="text" /><input id="tick" type="checkbox" /><textarea id="body"></textarea>`;

/** A page already controlled by a worker, whose registration has a new version waiting. */
function fakeServiceWorker() {
  const waiting = { state: 'installed', postMessage: vi.fn(), addEventListener: vi.fn() };
  const registration = { waiting, installing: null, addEventListener: vi.fn() };
  const container = Object.assign(new EventTarget(), {
    controller: {},
    register: vi.fn(async () => registration),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return { waiting, container };
}

const banner = () => document.querySelector<HTMLElement>('[data-update-banner]');
const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

afterEach(() => {
  document.body.innerHTML = '';
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('isTyping', () => {
  it('is true in a text field or a text area, false on a checkbox or nowhere', () => {
    document.body.innerHTML = BANNER;
    expect(isTyping()).toBe(false);
    document.querySelector<HTMLInputElement>('#name')?.focus();
    expect(isTyping()).toBe(true);
    document.querySelector<HTMLTextAreaElement>('#body')?.focus();
    expect(isTyping()).toBe(true);
    document.querySelector<HTMLInputElement>('#tick')?.focus();
    expect(isTyping()).toBe(false);
  });

  it('is true while an island marks a field as unsaved', () => {
    document.body.innerHTML = `${BANNER}<div data-unsaved="true"></div>`;
    expect(isTyping()).toBe(true);
  });
});

describe('registerServiceWorker', () => {
  it('registers /sw.js and offers the waiting version', async () => {
    document.body.innerHTML = BANNER;
    const { container } = fakeServiceWorker();
    registerServiceWorker();
    expect(container.register).toHaveBeenCalledWith('/sw.js');
    await until(() => banner()?.hidden === false);
  });

  it('registers only once the page has loaded', async () => {
    document.body.innerHTML = BANNER;
    const { container } = fakeServiceWorker();
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      registerServiceWorker();
      expect(container.register).not.toHaveBeenCalled();
      dispatchEvent(new Event('load'));
      expect(container.register).toHaveBeenCalledWith('/sw.js');
    } finally {
      Reflect.deleteProperty(document, 'readyState');
    }
  });

  it('waits until the person leaves the text field', async () => {
    document.body.innerHTML = BANNER;
    const field = document.querySelector<HTMLInputElement>('#name');
    field?.focus();
    const { container } = fakeServiceWorker();
    registerServiceWorker();
    await vi.waitFor(() => expect(container.register).toHaveBeenCalled());
    await Promise.resolve();
    expect(banner()?.hidden).toBe(true);
    field?.blur();
    await until(() => banner()?.hidden === false);
  });

  it('asks the new worker to take over only on Reload, and Later just hides the offer', async () => {
    document.body.innerHTML = BANNER;
    const { waiting } = fakeServiceWorker();
    registerServiceWorker();
    await until(() => banner()?.hidden === false);
    document.querySelector<HTMLButtonElement>('[data-update-later]')?.click();
    expect(banner()?.hidden).toBe(true);
    expect(waiting.postMessage).not.toHaveBeenCalled();
    document.querySelector<HTMLButtonElement>('[data-update-reload]')?.click();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });

  it('does nothing where service workers do not exist', () => {
    document.body.innerHTML = BANNER;
    expect(() => registerServiceWorker()).not.toThrow();
    expect(banner()?.hidden).toBe(true);
  });
});
