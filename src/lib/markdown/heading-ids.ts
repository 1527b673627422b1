import { createSlugger } from '../slug.ts';

/**
 * Sätteri hast plugin: gives every heading an accent-free id before Astro's own heading-id
 * plugin runs (Astro keeps an id that is already set and uses it for `headings`).
 * A factory, so each document gets a fresh slugger.
 */
export function accentFreeHeadingIds() {
  const slug = createSlugger();
  return {
    name: 'accent-free-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(
        node: { properties?: Record<string, unknown> },
        ctx: { textContent(node: unknown): string; setProperty(node: unknown, key: string, value: unknown): void },
      ) {
        if (typeof node.properties?.['id'] === 'string') return;
        ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
      },
    },
  };
}
