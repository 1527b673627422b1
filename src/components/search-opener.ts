/**
 * The only script on a page without islands: opens the search dialog from the header link,
 * `/`, Ctrl+K or Cmd+K. The panel and Pagefind load on the first open. Without JavaScript the
 * header link simply goes to the search page.
 */
export function initSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  if (!dialog || typeof dialog.showModal !== 'function') return;
  let mounted: Promise<void> | undefined;
  let ready = false;
  let returnTo: HTMLElement | null = null;
  // Keys typed while the panel's code is still loading, handed to it when it mounts.
  let typed = '';

  const open = async () => {
    if (dialog.open) return;
    returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    mounted ??= import('./islands/search-dialog.tsx').then((m) => {
      m.mountSearch(dialog, typed);
      ready = true;
    });
    try {
      await mounted;
    } catch {
      mounted = undefined;
      const fallback = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
      if (fallback) location.href = fallback.href; // offline without the code: the page still works
      return;
    }
    dialog.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  };

  dialog.addEventListener('close', () => returnTo?.focus());
  // A click on the backdrop (outside the panel) closes, like Esc.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  for (const trigger of document.querySelectorAll('[data-search-open]')) {
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      void open();
    });
  }
  dialog.addEventListener('keydown', (event) => {
    if (ready) return;
    const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (event.key !== 'Backspace' && !printable) return;
    // Taken for the search box, so it must not also act on whatever has focus (a space would
    // press the Close button).
    event.preventDefault();
    typed = event.key === 'Backspace' ? typed.slice(0, -1) : typed + event.key;
  });
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
