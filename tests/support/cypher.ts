// The tests' own statements (tests/cypher/**), loadable by every Db in a test as 'tests/<path>'.
// Vitest runs this before each test file (setupFiles in vitest.config.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addCypherDir } from '../../server/db/cypher.ts';

export const TEST_CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../cypher');
export const TEST_CYPHER_PREFIX = 'tests/';

addCypherDir(TEST_CYPHER_PREFIX, TEST_CYPHER_DIR);
