import { render } from 'preact';
import SearchPanel from './SearchPanel.tsx';
import type { SearchLabels } from './search/labels.ts';

/**
 * Mounts the search panel inside the header's dialog, loaded by the opener on first use only.
 * The dialog's server-rendered box may already hold what the user typed while this code
 * loaded: the panel starts with that text, and focus moves to the panel's box with the caret
 * at the end, in one synchronous step so no keystroke falls between the two.
 */
export function mountSearch(dialog: HTMLElement): void {
  const root = dialog.querySelector<HTMLElement>('[data-search-root]');
  if (!root || root.dataset['mounted']) return;
  const placeholder = root.querySelector<HTMLInputElement>('input[type=search]');
  const typed = placeholder?.value ?? '';
  const hadFocus = !placeholder || document.activeElement === placeholder;
  const labels = JSON.parse(dialog.dataset['labels'] ?? '{}') as SearchLabels;
  const lang = dialog.dataset['lang'] === 'en' ? 'en' : 'es';
  root.textContent = '';
  root.dataset['mounted'] = 'true';
  render(
    <SearchPanel
      labels={labels}
      lang={lang}
      guidesUrl={dialog.dataset['guides'] ?? '/'}
      inputId="dialog-q"
      headingLevel={3}
      initialQuery={typed}
    />,
    root,
  );
  const input = root.querySelector<HTMLInputElement>('input[type=search]');
  if (input && hadFocus) {
    input.focus();
    input.setSelectionRange(typed.length, typed.length);
  }
}
