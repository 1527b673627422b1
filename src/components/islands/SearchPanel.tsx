import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { format } from '../../lib/format.ts';
import { normalizeQuery, type SearchKind } from '../../lib/search.ts';
import {
  arrowTarget,
  countHits,
  latestOnly,
  type Results,
  searchDelay,
  searchGrouped,
} from '../../lib/search-results.ts';
import { loadCatalog, loadPagefind } from './pagefind.ts';
import type { SearchLabels } from './search/labels.ts';
import { SearchBox } from './search/SearchBox.tsx';
import { SearchFilters } from './search/SearchFilters.tsx';
import { SearchResults } from './search/SearchResults.tsx';
import { SearchSuggestions } from './search/SearchSuggestions.tsx';

export interface SearchPanelProps {
  labels: SearchLabels;
  lang: Locale;
  guidesUrl: string;
  inputId: string;
  /** The search page reads `?q=` and keeps it in the address; the dialog does not. */
  syncUrl?: boolean;
  /** Level of the result group headings: 2 on the search page, 3 in the dialog (under its title). */
  headingLevel?: 2 | 3;
  /** What was typed before the panel existed (in the dialog's server-rendered box). */
  initialQuery?: string;
}

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'error' } | ({ kind: 'done' } & Results);

/** What the status line says. */
function statusText(state: State, labels: SearchLabels): string {
  if (state.kind === 'loading') return labels['search.loading'];
  if (state.kind === 'error') return labels['search.error'];
  if (state.kind !== 'done') return '';
  // Titles shown, their text on its way: the count is announced once, when the results settle.
  if (state.pending) return labels['search.loading'];
  const total = countHits(state.groups);
  if (total === 0) return format(labels['search.empty'], { query: state.query });
  return format(labels[total === 1 ? 'search.countOne' : 'search.count'], { count: total, query: state.query });
}

/**
 * Search as you type, filters by kind, arrow keys through the results. Used by the page and the
 * dialog. The search itself (grouping, the latest-query-wins ticket) is src/lib/search-results.ts;
 * the parts it shows are in ./search/.
 */
export default function SearchPanel({
  labels,
  lang,
  guidesUrl,
  inputId,
  syncUrl = false,
  headingLevel = 2,
  initialQuery = '',
}: SearchPanelProps) {
  const [query, setQuery] = useState(initialQuery);
  const [filter, setFilter] = useState<SearchKind | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const tickets = useRef(latestOnly()).current;
  const panel = useRef<HTMLDivElement>(null);
  /** The text last searched: one letter more or less means typing, which waits for a pause. */
  const last = useRef('');

  /** Searches `raw`; `wait` ms for more typing first (0: the query is whole, search at once). */
  async function run(raw: string, kind: SearchKind | null, wait: number) {
    const ticket = tickets.next();
    if (!normalizeQuery(raw)) return setState({ kind: 'idle' });
    setState((s) => (s.kind === 'done' ? s : { kind: 'loading' }));
    try {
      // The first groups show as soon as their data arrive; the later ones join them.
      const show = (partial: Results) => {
        if (tickets.isLatest(ticket)) setState({ kind: 'done', ...partial });
      };
      const [pagefind, catalog] = await Promise.all([loadPagefind(), loadCatalog()]);
      const results = await searchGrouped(pagefind, raw, lang, { filter: kind, show, catalog, wait });
      // A newer keystroke took over (or Pagefind's debounce dropped this one).
      if (results && tickets.isLatest(ticket)) setState({ kind: 'done', ...results });
    } catch {
      if (tickets.isLatest(ticket)) setState({ kind: 'error' });
    }
  }

  /** The box holds `value` (typed, pasted, a suggestion picked, or text typed before the panel existed). */
  function update(value: string, kind = filter) {
    setQuery(value);
    void run(value, kind, searchDelay(last.current, value));
    last.current = value;
    if (syncUrl) {
      const url = new URL(location.href);
      if (normalizeQuery(value)) url.searchParams.set('q', value);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
  }

  useLayoutEffect(() => {
    // Text typed before hydration sits in the server-rendered box with nothing listening: adopt
    // it. Otherwise take what the dialog buffered, or the page's ?q=. At mount, not after the
    // next paint: the search starts as soon as the panel exists.
    const typed = panel.current?.querySelector<HTMLInputElement>('input[type=search]')?.value ?? '';
    const fromUrl = syncUrl ? (new URLSearchParams(location.search).get('q') ?? '') : '';
    const q = typed || initialQuery || fromUrl;
    if (q) update(q);
  }, []);

  /** Someone is about to search: fetch Pagefind and the catalog now, not after the first keystroke. */
  function warmUp() {
    loadPagefind().catch(() => {}); // a failure shows on the search itself
    void loadCatalog();
  }

  function onKeyDown(event: KeyboardEvent) {
    const root = panel.current;
    if (!root) return;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a.search-link')];
    const input = root.querySelector<HTMLInputElement>('input[type=search]');
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at === -1) return;
    const target = arrowTarget(event.key, at, links.length);
    if (target === null) return;
    event.preventDefault();
    if (target === 'box') input?.focus();
    else links[target]?.focus();
  }

  const done = state.kind === 'done' ? state : undefined;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys are delegated from the box and the result links inside
    <div class="search-panel" ref={panel} onKeyDown={onKeyDown} onFocusIn={warmUp}>
      <SearchBox inputId={inputId} query={query} onQuery={(value) => update(value)} labels={labels} />
      {done && done.kinds.length > 1 ? (
        <SearchFilters
          kinds={done.kinds}
          filter={filter}
          onFilter={(k) => {
            setFilter(k);
            void run(query, k, 0); // a filter chosen: nothing is being typed
          }}
          labels={labels}
        />
      ) : null}
      <output class="search-status">{statusText(state, labels)}</output>
      {done ? (
        <SearchResults groups={done.groups} inputId={inputId} headingLevel={headingLevel} labels={labels} />
      ) : null}
      {done && countHits(done.groups) === 0 ? (
        <SearchSuggestions
          guidesUrl={guidesUrl}
          onPick={(s) => {
            setFilter(null);
            update(s, null);
          }}
          labels={labels}
        />
      ) : null}
    </div>
  );
}
