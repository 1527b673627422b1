import type { SearchLabels } from './labels.ts';

/** When nothing matched: a few searches that do, and the way to the guides. */
export function SearchSuggestions({
  guidesUrl,
  onPick,
  labels,
}: {
  guidesUrl: string;
  onPick: (query: string) => void;
  labels: SearchLabels;
}) {
  return (
    <div class="search-empty">
      <p>{labels['search.suggestionsTitle']}</p>
      <ul>
        {labels['search.suggestions'].split('|').map((s) => (
          <li key={s}>
            <button type="button" class="chip" onClick={() => onPick(s)}>
              {s}
            </button>
          </li>
        ))}
      </ul>
      <p>
        <a href={guidesUrl}>{labels['search.browse']}</a>
      </p>
    </div>
  );
}
