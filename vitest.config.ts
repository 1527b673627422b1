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
  },
});
