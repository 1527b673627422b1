import { render } from 'preact';
import SearchPanel, { type SearchLabels } from './SearchPanel.tsx';

/**
 * Mounts the search panel inside the header's dialog. Loaded by the opener on first use only,
 * so no page pays for search before someone searches.
 */
export function mountSearch(dialog: HTMLElement, typed = ''): void {
  const root = dialog.querySelector<HTMLElement>('[data-search-root]');
  if (!root || root.childElementCount > 0) return;
  const labels = JSON.parse(dialog.dataset['labels'] ?? '{}') as SearchLabels;
  const lang = dialog.dataset['lang'] === 'en' ? 'en' : 'es';
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
}
