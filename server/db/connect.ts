// Finds the database: NEO4J_URI when set; else an embedded Neo4j already running on this data
// directory (started by `npm run db:start` or by another Crimegraph process); else starts one.
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { machineMemoryBytes, recommendMemory } from '../../neo4j/memory.ts';
import {
  pageCacheAdvice,
  resolveGdsJars,
  startEmbedded,
  storeBytes,
  type EmbeddedNeo4j,
} from '../../neo4j/provision.ts';
import type { Config } from '../config.ts';
import { Db } from './db.ts';

export interface RuntimeInfo {
  uri: string;
  pid: number;
  ownerPid: number;
  version: string;
  detached: boolean;
}

export interface Connection {
  db: Db;
  embedded: boolean;
  /** The child JVM when this process started it. */
  child: EmbeddedNeo4j | undefined;
  /** Closes the driver and stops the JVM if this process started it. */
  close(): Promise<void>;
}

export const storeDir = (config: Config) => path.join(config.dataDir, 'neo4j');
export const cacheDir = (config: Config) => path.join(config.dataDir, 'cache');
const runtimeFile = (config: Config) => path.join(config.dataDir, 'neo4j-runtime.json');

/** Whether a process with this pid exists (on this machine). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readRuntime(config: Config): RuntimeInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(runtimeFile(config), 'utf8')) as RuntimeInfo;
    return processAlive(info.pid) ? info : undefined;
  } catch {
    return undefined;
  }
}

export function writeRuntime(config: Config, info: RuntimeInfo): void {
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(runtimeFile(config), JSON.stringify(info, null, 2));
}

export function clearRuntime(config: Config, pid: number): void {
  const current = (() => {
    try {
      return JSON.parse(fs.readFileSync(runtimeFile(config), 'utf8')) as RuntimeInfo;
    } catch {
      return undefined;
    }
  })();
  if (current?.pid === pid) fs.rmSync(runtimeFile(config), { force: true });
}

export function storePassword(config: Config): string | undefined {
  try {
    return fs.readFileSync(path.join(storeDir(config), 'crimegraph-password'), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Resolves once the driver can open a session on the server (used as readiness probe). */
export async function probe(uri: string, user: string, password: string, database?: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 3_000 });
  try {
    await driver.verifyConnectivity({ database });
  } finally {
    await driver.close();
  }
}

export async function connect(
  config: Config,
  opts: {
    onProgress?: (m: string) => void;
    /** Something the operator should change (default: onProgress). */
    onWarning?: (m: string) => void;
    detached?: boolean;
  } = {},
): Promise<Connection> {
  const n = config.neo4j;
  const dbOpts = {
    user: n.user,
    database: n.database,
    txTimeoutMs: n.txTimeoutMs,
    batchedReads: n.batchedReads,
    unresponsiveMs: n.unresponsiveMs,
  };
  if (n.uri) {
    const db = new Db({ ...dbOpts, uri: n.uri, password: n.password ?? '' });
    return { db, embedded: false, child: undefined, close: () => db.close() };
  }

  const running = readRuntime(config);
  const runningPassword = storePassword(config);
  if (running && runningPassword) {
    opts.onProgress?.(
      `Using the Neo4j already running for ${config.dataDir} (pid ${running.pid}, ${running.uri}).`,
    );
    const db = new Db({ ...dbOpts, user: 'neo4j', uri: running.uri, password: runningPassword });
    return { db, embedded: true, child: undefined, close: () => db.close() };
  }

  const plugins = n.gds ? await resolveGdsJars(cacheDir(config), opts.onProgress) : undefined;
  const memory = recommendMemory(machineMemoryBytes(), storeBytes(storeDir(config)), {
    heap: n.heap,
    pagecache: n.pagecache,
  });
  opts.onProgress?.(memory.reason);
  const child = await startEmbedded({
    plugins,
    home: storeDir(config),
    cacheDir: cacheDir(config),
    heap: memory.heap,
    pagecache: memory.pagecache,
    timeoutMs: n.startTimeoutMs,
    detached: opts.detached ?? false,
    onProgress: opts.onProgress,
    probe: (uri, password) => probe(uri, 'neo4j', password),
  });
  const advice = pageCacheAdvice(storeDir(config), memory.pagecache);
  if (advice) (opts.onWarning ?? opts.onProgress)?.(advice);
  writeRuntime(config, {
    uri: child.uri,
    pid: child.pid,
    ownerPid: process.pid,
    version: child.version,
    detached: opts.detached ?? false,
  });
  const db = new Db({ ...dbOpts, user: 'neo4j', uri: child.uri, password: child.password });
  return {
    db,
    embedded: true,
    child,
    close: async () => {
      await db.close().catch(() => {});
      if (!opts.detached) {
        await child.stop();
        clearRuntime(config, child.pid);
      }
    },
  };
}
