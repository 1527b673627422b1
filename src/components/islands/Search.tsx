import { useEffect, useRef, useState } from 'preact/hooks';
import { format } from '../../lib/format.ts';
import { type ExcerptPart, excerptParts, normalizeQuery } from '../../lib/search.ts';

export interface SearchLabels {
  'search.label': string;
  'search.placeholder': string;
  'search.submit': string;
  'search.loading': string;
  'search.empty': string;
  'search.count': string;
  'search.countOne': string;
  'search.error': string;
}

interface Hit {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
  sections: { url: string; title: string; excerpt: ExcerptPart[] }[];
}

interface PagefindResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    q: string,
    o?: unknown,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
/** Loads Pagefind on first use only; the index follows the page's `<html lang>`. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'error' } | { kind: 'done'; query: string; hits: Hit[] };

function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return <>{parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

/** The search page: reads `?q=` after mount, searches as you type, results as plain links. */
export default function Search({ labels, inputId }: { labels: SearchLabels; inputId: string }) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const latest = useRef('');

  async function run(raw: string) {
    const q = normalizeQuery(raw);
    latest.current = q;
    if (!q) return setState({ kind: 'idle' });
    setState((s) => (s.kind === 'done' ? s : { kind: 'loading' }));
    try {
      const pf = await loadPagefind();
      const found = await pf.debouncedSearch(q, {}, 150);
      if (!found || latest.current !== q) return; // superseded by a newer keystroke
      const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      if (latest.current !== q) return;
      const hits = data.map((d) => ({
        url: d.url,
        title: d.meta.title ?? d.url,
        excerpt: excerptParts(d.excerpt),
        sections: (d.sub_results ?? [])
          .filter((s) => s.url !== d.url)
          .slice(0, 3)
          .map((s) => ({ url: s.url, title: s.title, excerpt: excerptParts(s.excerpt) })),
      }));
      setState({ kind: 'done', query: q, hits });
    } catch {
      setState({ kind: 'error' });
    }
  }

  useEffect(() => {
    const q = new URLSearchParams(location.search).get('q') ?? '';
    if (q) {
      setQuery(q);
      void run(q);
    }
  }, []);

  return (
    <div class="search">
      <search>
        <form
          class="search-form"
          method="get"
          onSubmit={(e) => {
            e.preventDefault();
            const url = new URL(location.href);
            url.searchParams.set('q', query);
            history.replaceState(null, '', url);
            void run(query);
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
            onInput={(e) => {
              const value = e.currentTarget.value;
              setQuery(value);
              void run(value);
            }}
          />
          <button type="submit">{labels['search.submit']}</button>
        </form>
      </search>
      <output class="search-status">
        {state.kind === 'loading'
          ? labels['search.loading']
          : state.kind === 'error'
            ? labels['search.error']
            : state.kind === 'done'
              ? state.hits.length === 0
                ? format(labels['search.empty'], { query: state.query })
                : format(labels[state.hits.length === 1 ? 'search.countOne' : 'search.count'], {
                    count: state.hits.length,
                    query: state.query,
                  })
              : ''}
      </output>
      {state.kind === 'done' && state.hits.length > 0 ? (
        <ol class="search-results">
          {state.hits.map((hit) => (
            <li key={hit.url}>
              <a class="search-hit" href={hit.url}>
                {hit.title}
              </a>
              <p class="search-excerpt">
                <Excerpt parts={hit.excerpt} />
              </p>
              {hit.sections.length > 0 ? (
                <ul class="search-sections">
                  {hit.sections.map((s) => (
                    <li key={s.url}>
                      <a href={s.url}>{s.title}</a>
                      <p class="search-excerpt">
                        <Excerpt parts={s.excerpt} />
                      </p>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
