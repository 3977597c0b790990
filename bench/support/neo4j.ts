// A Neo4j for a benchmark: NEO4J_URI when set, else a throwaway embedded one (stopped by close()).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbedded, type EmbeddedNeo4j } from '../../neo4j/provision.ts';
import { probe } from '../../server/db/connect.ts';
import { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';

export interface BenchNeo4j {
  db: Db;
  uri: string;
  user: string;
  password: string;
  /** The store directory of the embedded database (for LOAD CSV's import folder), if embedded. */
  home: string | undefined;
  /** The Neo4j process, when this machine runs it (embedded). */
  pid: number | undefined;
  close(): Promise<void>;
}

export async function benchNeo4j(
  opts: { heap?: string; pagecache?: string; log?: (m: string) => void } = {},
): Promise<BenchNeo4j> {
  if (process.env.NEO4J_URI) {
    const db = new Db({
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      txTimeoutMs: 600_000,
    });
    await migrate(db);
    return {
      db,
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      home: undefined,
      pid: undefined,
      close: () => db.close(),
    };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crimegraph-bench-'));
  const child: EmbeddedNeo4j = await startEmbedded({
    home: path.join(tmp, 'neo4j'),
    cacheDir: path.resolve(process.env.CRIMEGRAPH_DATA_DIR ?? '.data', 'cache'),
    heap: opts.heap ?? '4g',
    pagecache: opts.pagecache ?? '2g',
    onProgress: opts.log,
    probe: (uri, password) => probe(uri, 'neo4j', password),
  });
  const db = new Db({ uri: child.uri, user: 'neo4j', password: child.password, txTimeoutMs: 600_000 });
  await migrate(db);
  return {
    db,
    uri: child.uri,
    user: 'neo4j',
    password: child.password,
    home: path.join(tmp, 'neo4j'),
    pid: child.pid,
    close: async () => {
      await db.close();
      await child.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
