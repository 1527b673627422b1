import type { SearchLabels } from './labels.ts';

/** The search box, its button and the keyboard hint under it. */
export function SearchBox({
  inputId,
  query,
  onQuery,
  labels,
}: {
  inputId: string;
  query: string;
  onQuery: (value: string) => void;
  labels: SearchLabels;
}) {
  return (
    <>
      <search>
        <form
          class="search-form"
          method="get"
          onSubmit={(e) => {
            e.preventDefault();
            onQuery(query);
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
            onInput={(e) => onQuery(e.currentTarget.value)}
          />
          <button type="submit">{labels['search.submit']}</button>
        </form>
      </search>
      <p class="search-hint" id={`${inputId}-hint`}>
        {labels['search.hint']}
      </p>
    </>
  );
}
