import { useEffect, useRef, useState } from 'preact/hooks';
import { format } from '../../lib/format.ts';
import {
  type ExcerptPart,
  excerptParts,
  expandQuery,
  normalizeQuery,
  SEARCH_KINDS,
  type SearchKind,
} from '../../lib/search.ts';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';

export interface SearchLabels {
  'search.label': string;
  'search.placeholder': string;
  'search.submit': string;
  'search.loading': string;
  'search.empty': string;
  'search.count': string;
  'search.countOne': string;
  'search.error': string;
  'search.filter': string;
  'search.kind.all': string;
  'search.kind.guide': string;
  'search.kind.checklist': string;
  'search.kind.glossary': string;
  'search.kind.tool': string;
  'search.kind.drill': string;
  'search.group.guide': string;
  'search.group.checklist': string;
  'search.group.glossary': string;
  'search.group.tool': string;
  'search.group.drill': string;
  'search.suggestionsTitle': string;
  'search.suggestions': string;
  'search.browse': string;
  'search.hint': string;
}

export interface SearchPanelProps {
  labels: SearchLabels;
  lang: 'es' | 'en';
  guidesUrl: string;
  inputId: string;
  /** The search page reads `?q=` and keeps it in the address; the dialog does not. */
  syncUrl?: boolean;
  /** Level of the result group headings: 2 on the search page, 3 in the dialog (under its title). */
  headingLevel?: 2 | 3;
  /** What was typed before the panel existed (in the dialog's server-rendered box). */
  initialQuery?: string;
}

interface Hit {
  url: string;
  title: string;
  /** For a checklist item: the checklist it belongs to. */
  context: string | undefined;
  excerpt: ExcerptPart[];
  sections: { url: string; title: string; excerpt: ExcerptPart[] }[];
}

interface Group {
  kind: SearchKind;
  hits: Hit[];
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'done'; query: string; groups: Group[]; kinds: SearchKind[] };

/**
 * Results come grouped by kind, guides first: a guide section is the fullest answer, and a
 * short checklist item or glossary term would otherwise outrank it on term density alone.
 * Each group keeps Pagefind's own ranking. A chosen filter shows one group, longer.
 */
const GROUP_SIZE: Record<SearchKind, number> = { guide: 5, checklist: 4, glossary: 3, tool: 3, drill: 3 };
const FILTERED_SIZE = 12;

function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return <>{parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

function toHit(d: PagefindResultData): Hit {
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    context: d.meta['list'],
    excerpt: excerptParts(d.excerpt),
    sections: (d.sub_results ?? [])
      .filter((s) => s.url !== d.url && s.title !== d.meta.title)
      .slice(0, 3)
      .map((s) => ({ url: s.url, title: s.title, excerpt: excerptParts(s.excerpt) })),
  };
}

/** Search as you type, filters by kind, arrow keys through the results. Used by the page and the dialog. */
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
  const latest = useRef(0);
  const panel = useRef<HTMLDivElement>(null);

  async function run(raw: string, kind: SearchKind | null) {
    const q = normalizeQuery(raw);
    const ticket = ++latest.current;
    if (!q) return setState({ kind: 'idle' });
    setState((s) => (s.kind === 'done' ? s : { kind: 'loading' }));
    try {
      const pf = await loadPagefind();
      const terms = expandQuery(q, lang);
      const found = await pf.debouncedSearch(terms, {}, 100);
      if (!found || ticket !== latest.current) return; // a newer keystroke took over
      const counts = found.totalFilters['kind'] ?? {};
      const kinds = SEARCH_KINDS.filter((k) => (counts[k] ?? 0) > 0);
      const groups = await Promise.all(
        (kind ? [kind] : kinds).map(async (k) => {
          const results = (await pf.search(terms, { filters: { kind: k } })).results;
          const data = await Promise.all(results.slice(0, kind ? FILTERED_SIZE : GROUP_SIZE[k]).map((r) => r.data()));
          return { kind: k, hits: data.map(toHit) };
        }),
      );
      if (ticket !== latest.current) return;
      setState({ kind: 'done', query: q, groups: groups.filter((g) => g.hits.length > 0), kinds });
    } catch {
      if (ticket === latest.current) setState({ kind: 'error' });
    }
  }

  function update(value: string, kind = filter) {
    setQuery(value);
    void run(value, kind);
    if (syncUrl) {
      const url = new URL(location.href);
      if (normalizeQuery(value)) url.searchParams.set('q', value);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
  }

  useEffect(() => {
    // Text typed before hydration sits in the server-rendered box with nothing listening: adopt
    // it. Otherwise take what the dialog buffered, or the page's ?q=.
    const typed = panel.current?.querySelector<HTMLInputElement>('input[type=search]')?.value ?? '';
    const fromUrl = syncUrl ? (new URLSearchParams(location.search).get('q') ?? '') : '';
    const q = typed || initialQuery || fromUrl;
    if (q) update(q);
  }, []);

  /** ↓ from the box to the first result, ↑/↓ between results, ↑ from the first back to the box. */
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const root = panel.current;
    if (!root) return;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a.search-link')];
    const input = root.querySelector<HTMLInputElement>('input[type=search]');
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const onInput = document.activeElement === input;
    if (!onInput && at === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') links[onInput ? 0 : Math.min(at + 1, links.length - 1)]?.focus();
    else if (at <= 0) input?.focus();
    else links[at - 1]?.focus();
  }

  const suggestions = labels['search.suggestions'].split('|');
  const done = state.kind === 'done' ? state : undefined;
  const total = done ? done.groups.reduce((n, g) => n + g.hits.length, 0) : 0;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys are delegated from the box and the result links inside
    <div class="search-panel" ref={panel} onKeyDown={onKeyDown}>
      <search>
        <form
          class="search-form"
          method="get"
          onSubmit={(e) => {
            e.preventDefault();
            update(query);
          }}
        >
          <label for={inputId} class="visually-hidden">
            {labels['search.label']}
          </label>
          <input
            id={inputId}
            name="q"
            type="search"
            value={query}
            placeholder={labels['search.placeholder']}
            autocomplete="off"
            enterkeyhint="search"
            spellcheck={false}
            aria-describedby={`${inputId}-hint`}
            onInput={(e) => update(e.currentTarget.value)}
          />
          <button type="submit">{labels['search.submit']}</button>
        </form>
      </search>
      <p class="search-hint" id={`${inputId}-hint`}>
        {labels['search.hint']}
      </p>
      {done && done.kinds.length > 1 ? (
        <fieldset class="search-filters">
          <legend class="visually-hidden">{labels['search.filter']}</legend>
          {[null, ...done.kinds].map((k) => (
            <button
              type="button"
              class="chip"
              aria-pressed={filter === k}
              onClick={() => {
                setFilter(k);
                void run(query, k);
              }}
            >
              {labels[k ? (`search.kind.${k}` as const) : 'search.kind.all']}
            </button>
          ))}
        </fieldset>
      ) : null}
      <output class="search-status">
        {state.kind === 'loading'
          ? labels['search.loading']
          : state.kind === 'error'
            ? labels['search.error']
            : done
              ? total === 0
                ? format(labels['search.empty'], { query: done.query })
                : format(labels[total === 1 ? 'search.countOne' : 'search.count'], {
                    count: total,
                    query: done.query,
                  })
              : ''}
      </output>
      {done?.groups.map((group) => (
        <section class="search-group" key={group.kind} aria-labelledby={`${inputId}-${group.kind}`}>
          <Heading class="search-group-title" id={`${inputId}-${group.kind}`}>
            {labels[`search.group.${group.kind}`]}
          </Heading>
          <ol class="search-results">
            {group.hits.map((hit) => (
              <li key={hit.url}>
                <a class="search-link search-hit" href={hit.url}>
                  <span class="search-hit-title">{hit.title}</span>
                  {hit.context ? <span class="search-context">{hit.context}</span> : null}
                  <span class="search-excerpt">
                    <Excerpt parts={hit.excerpt} />
                  </span>
                </a>
                {hit.sections.length > 0 ? (
                  <ul class="search-sections">
                    {hit.sections.map((s) => (
                      <li key={s.url}>
                        <a class="search-link" href={s.url}>
                          <span class="search-section-title">{s.title}</span>
                          <span class="search-excerpt">
                            <Excerpt parts={s.excerpt} />
                          </span>
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {done && total === 0 ? (
        <div class="search-empty">
          <p>{labels['search.suggestionsTitle']}</p>
          <ul>
            {suggestions.map((s) => (
              <li key={s}>
                <button
                  type="button"
                  class="chip"
                  onClick={() => {
                    setFilter(null);
                    update(s, null);
                  }}
                >
                  {s}
                </button>
              </li>
            ))}
          </ul>
          <p>
            <a href={guidesUrl}>{labels['search.browse']}</a>
          </p>
        </div>
      ) : null}
    </div>
  );
}
