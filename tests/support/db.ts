// Connects a test file to the suite's Neo4j, migrated, and empties it between test files.
import { inject } from 'vitest';
import { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { loadConfig, type Config } from '../../server/config.ts';

export function testConnection() {
  return inject('neo4j');
}

/** A Config pointing at the test database (as an external NEO4J_URI). */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const n = inject('neo4j');
  return loadConfig({
    NEO4J_URI: n.uri,
    NEO4J_USER: n.user,
    NEO4J_PASSWORD: n.password,
    CRIMEGRAPH_DATA_DIR: n.dataDir,
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

/** A migrated database handle. Call db.close() in afterAll. */
export async function openTestDb(): Promise<Db> {
  const n = inject('neo4j');
  const db = new Db({ uri: n.uri, user: n.user, password: n.password });
  await migrate(db);
  return db;
}

/** Deletes all data except schema bookkeeping; used at the start of a test file. */
export async function resetData(db: Db): Promise<void> {
  await db.autoCommit('queries/testing/delete-all-data');
}
