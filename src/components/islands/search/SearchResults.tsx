import type { ExcerptPart } from '../../../lib/search.ts';
import type { Group } from '../../../lib/search-results.ts';
import type { SearchLabels } from './labels.ts';

/** An excerpt's matched words as <mark>s; everything is text, nothing from the index is HTML. */
function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return <>{parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

/**
 * The results, one titled group per kind, each hit with up to three of its sections. A hit from
 * the catalog alone (its text still on its way) shows its title only.
 */
export function SearchResults({
  groups,
  inputId,
  headingLevel,
  labels,
}: {
  groups: Group[];
  inputId: string;
  headingLevel: 2 | 3;
  labels: SearchLabels;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {groups.map((group) => (
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
                  {hit.excerpt.length > 0 ? (
                    <span class="search-excerpt">
                      <Excerpt parts={hit.excerpt} />
                    </span>
                  ) : null}
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
    </>
  );
}
