import { defineConfig } from 'vitest/config';

// One real Neo4j for the whole run (tests/support/global-setup.ts), so test files run one at a
// time and each cleans the data it uses. Unit tests need no database and are fast either way.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    reporters: ['default'],
  },
});
