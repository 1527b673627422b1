import type { SearchKind } from '../../../lib/search.ts';
import type { SearchLabels } from './labels.ts';

/** "All" and one toggle per kind that has results. */
export function SearchFilters({
  kinds,
  filter,
  onFilter,
  labels,
}: {
  kinds: readonly SearchKind[];
  filter: SearchKind | null;
  onFilter: (kind: SearchKind | null) => void;
  labels: SearchLabels;
}) {
  return (
    <fieldset class="search-filters">
      <legend class="visually-hidden">{labels['search.filter']}</legend>
      {[null, ...kinds].map((k) => (
        <button key={k ?? 'all'} type="button" class="chip" aria-pressed={filter === k} onClick={() => onFilter(k)}>
          {labels[k ? (`search.kind.${k}` as const) : 'search.kind.all']}
        </button>
      ))}
    </fieldset>
  );
}
