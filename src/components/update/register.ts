/**
 * Offline support: registers /sw.js and announces new deployments without surprises. A new
 * version is installed in the background and waits; the banner offers to reload, and only a
 * click on "Reload" lets the new worker take over and reloads. The banner never appears while
 * someone is typing (focus in a text field, or any field an island marks `data-unsaved`): it
 * waits until they leave the field.
 */

const TEXT_INPUTS =
  'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, [contenteditable]';

/** Typing in progress: a text field has focus, or an island says it holds text not yet saved. */
export function isTyping(doc: Document = document): boolean {
  const active = doc.activeElement;
  return Boolean(active?.matches(TEXT_INPUTS)) || doc.querySelector('[data-unsaved="true"]') !== null;
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  let waiting: ServiceWorker | null = null;
  let reloading = false;

  const offer = () => {
    if (!banner || !waiting) return;
    if (isTyping()) {
      document.addEventListener('focusout', () => queueMicrotask(offer), { once: true });
      return;
    }
    banner.hidden = false;
  };

  banner?.querySelector('[data-update-reload]')?.addEventListener('click', () => {
    reloading = true;
    waiting?.postMessage({ type: 'SKIP_WAITING' });
  });
  banner?.querySelector('[data-update-later]')?.addEventListener('click', () => {
    banner.hidden = true;
  });
  // The new worker took over because this page asked: reload into the new version.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });

  // After the page has loaded: the worker's install downloads the whole site for offline use,
  // which must not compete with the page's own first load for the network or the main thread.
  const register = () =>
    navigator.serviceWorker
      .register('/sw.js')
      .then((registration) => {
        const track = (worker: ServiceWorker | null) => {
          worker?.addEventListener('statechange', () => {
            // "installed" with a controller present = an update, not the first install.
            if (worker.state === 'installed' && navigator.serviceWorker.controller) {
              waiting = worker;
              offer();
            }
          });
        };
        if (registration.waiting && navigator.serviceWorker.controller) {
          waiting = registration.waiting;
          offer();
        }
        track(registration.installing);
        registration.addEventListener('updatefound', () => track(registration.installing));
      })
      .catch(() => {
        // No worker (private mode, blocked storage): the site still works online.
      });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
