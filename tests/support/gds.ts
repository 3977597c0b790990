// A throwaway embedded Neo4j with Graph Data Science (open edition, from Maven Central) for the
// tests that need GDS; the suite's shared database has none. Migrated, ready for data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveGdsJars, startEmbedded } from '../../neo4j/provision.ts';
import { probe } from '../../server/db/connect.ts';
import { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';

export interface GdsNeo4j {
  db: Db;
  /** Closes the connection, stops Neo4j and removes its store. */
  close(): Promise<void>;
}

export async function startGdsNeo4j(name: string): Promise<GdsNeo4j> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `crimegraph-${name}-`));
  const cacheDir = path.resolve(process.env.CRIMEGRAPH_DATA_DIR ?? '.data', 'cache');
  const neo4j = await startEmbedded({
    home: path.join(tmp, 'neo4j'),
    cacheDir,
    heap: process.env.NEO4J_HEAP ?? '1g',
    pagecache: '128m',
    plugins: await resolveGdsJars(cacheDir),
    probe: (uri, password) => probe(uri, 'neo4j', password),
  });
  const db = new Db({ uri: neo4j.uri, user: 'neo4j', password: neo4j.password });
  await migrate(db);
  return {
    db,
    close: async () => {
      await db.close();
      await neo4j.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
