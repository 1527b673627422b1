/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Tests mirror src/: tests/lib and tests/stores run in Node; island tests opt into jsdom per file.
 * Pure logic (tests/lib, tests/i18n) shares one module graph per worker (`isolate: false`): it has
 * no module state to leak and no mocks, and importing each file's graph afresh was half its time.
 * Stores, islands and content keep a fresh graph per file (stores are module singletons).
 */
export default getViteConfig({
  test: {
    // X's exact counter is a dynamic import in the builder; tests count X exactly from the start.
    setupFiles: ['tests/setup-x-counter.ts'],
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'logic', include: ['tests/lib/**/*.test.ts', 'tests/i18n/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'islands, stores, content',
          include: ['tests/stores/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/islands/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
