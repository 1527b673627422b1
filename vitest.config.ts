/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests (src/lib, src/stores) run in Node; island tests opt into jsdom per file. */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/islands/**/*.test.tsx'],
    environment: 'node',
  },
});
