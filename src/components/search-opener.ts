import { warmSearch } from './search-warm.ts';

/**
 * The only script on a page without islands: opens the search dialog from the header link,
 * `/`, Ctrl+K or Cmd+K. The panel and Pagefind start loading at the first sign of intent (hover,
 * touch or focus of the link, the shortcut), both at once. Without JavaScript the header link
 * simply goes to the search page.
 */
export function initSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  if (!dialog || typeof dialog.showModal !== 'function') return;
  let mounted: Promise<void> | undefined;
  let returnTo: HTMLElement | null = null;
  const box = () => dialog.querySelector<HTMLInputElement>('input[type=search]');

  // Intent to search (pointer over or touching the button, focus on it, `/`): start fetching
  // the panel's code and every file of Pagefind's together, so none waits for another or for
  // the click.
  const warmUp = () => {
    warmSearch();
    import('./islands/search-dialog.tsx').catch(() => {});
  };

  const open = async () => {
    warmUp();
    if (dialog.open) return;
    returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    box()?.focus(); // the server-rendered box: typing can start before the panel's code arrives
    mounted ??= import('./islands/search-dialog.tsx').then((m) => m.mountSearch(dialog));
    try {
      await mounted;
    } catch {
      // Offline without the code: the box's form still leads to the search page on Enter.
      mounted = undefined;
    }
  };

  dialog.addEventListener('close', () => returnTo?.focus());
  // A click on the backdrop (outside the panel) closes, like Esc.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  for (const trigger of document.querySelectorAll('[data-search-open]')) {
    for (const type of ['pointerenter', 'touchstart', 'focus']) {
      trigger.addEventListener(type, warmUp, { passive: true, once: true });
    }
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      void open();
    });
  }
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (dialog.open) return;
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const k = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (slash || k) {
      event.preventDefault();
      void open();
    }
  });
}
