// Starts the real Neo4j the suite runs against: the embedded one in a throwaway directory, or the
// server named by NEO4J_URI. Tests read the connection through inject('neo4j').
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded, type EmbeddedNeo4j } from '../../neo4j/provision.ts';
import { probe } from '../../server/db/connect.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  embedded: boolean;
  dataDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

let child: EmbeddedNeo4j | undefined;
let tmp: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crimegraph-test-'));
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      embedded: false,
      dataDir: tmp,
    });
    return;
  }
  const cacheDir = path.resolve(process.env.CRIMEGRAPH_DATA_DIR ?? '.data', 'cache');
  const t0 = Date.now();
  child = await startEmbedded({
    home: path.join(tmp, 'neo4j'),
    cacheDir,
    heap: process.env.NEO4J_HEAP ?? '2g',
    pagecache: '256m',
    onProgress: (m) => console.log(`[neo4j] ${m}`),
    probe: (uri, password) => probe(uri, 'neo4j', password),
  });
  console.log(`[neo4j] test database ${child.version} up at ${child.uri} in ${Date.now() - t0} ms`);
  project.provide('neo4j', {
    uri: child.uri,
    user: 'neo4j',
    password: child.password,
    embedded: true,
    dataDir: tmp,
  });
}

export async function teardown(): Promise<void> {
  await child?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
