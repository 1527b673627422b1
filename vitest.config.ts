/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Tests mirror src/: tests/lib and tests/stores run in Node; island tests opt into jsdom per file. */
export default getViteConfig({
  test: {
    include: [
      'tests/lib/**/*.test.ts',
      'tests/i18n/**/*.test.ts',
      'tests/stores/**/*.test.ts',
      'tests/content/**/*.test.ts',
      'tests/islands/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    // X's exact counter is a dynamic import in the builder; tests count X exactly from the start.
    setupFiles: ['tests/setup-x-counter.ts'],
  },
});
