import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// One real Neo4j for the whole run (tests/support/global-setup.ts), so test files run one at a
// time and each cleans the data it uses. Unit tests need no database and are fast either way.
export default defineConfig({
  resolve: {
    // graphql ships CommonJS (main) and ESM (module) builds. Node loads the CommonJS one for every
    // importer, as do the dependencies Vitest leaves to Node (Apollo, graphql-jit,
    // @graphql-tools); Vite would give the project's own files the ESM one, a second copy whose
    // schema types the first does not accept. Resolve it as Node does.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // The tests' own Cypher (tests/cypher), loadable as 'tests/...' by the Db of any test.
    setupFiles: ['tests/support/cypher.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    reporters: ['default'],
  },
});
