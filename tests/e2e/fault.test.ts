// Faults, as they happen in production: the service starts before Neo4j, Neo4j is killed (-9)
// during reads and during an ingest, and comes back on the same store and port. The service must
// stay up, answer DB_UNAVAILABLE meanwhile, recover by itself, and the re-run ingest must end
// with exact counts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startEmbedded, type EmbeddedNeo4j } from '../../neo4j/provision.ts';
import { Accounts } from '../../server/auth/accounts.ts';
import { probe } from '../../server/db/connect.ts';
import { Db } from '../../server/db/db.ts';
import { GraphWriter } from '../../server/features/ingest/writer.ts';
import { ROOT, spawnService, waitUntil, type ServiceProcess } from '../support/process.ts';

const CDR = '/work/shared/datasets/vast2008-cdr/cdr.csv';
const MAPPING = path.join(ROOT, 'tests/fixtures/ingest/vast2008-mapping.json');
const PASSWORD = 'fault-test-neo4j-password';
const AUTH_SECRET = 'fault-test-session-signing-secret-0123456789';
const ADMIN = { username: 'fault.admin', password: 'fault admin passphrase' };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crimegraph-fault-'));
const home = path.join(tmp, 'neo4j');
let port = 0;
let uri = '';
let neo4j: EmbeddedNeo4j | undefined;
let svc: ServiceProcess | undefined;
let svcPort = 0;
let db: Db | undefined;
let token = '';

function startNeo4j(): Promise<EmbeddedNeo4j> {
  return startEmbedded({
    home,
    cacheDir: path.join(ROOT, '.data/cache'),
    heap: '768m',
    pagecache: '128m',
    port,
    probe: (u, p) => probe(u, 'neo4j', p),
  });
}

async function killNeo4j(): Promise<void> {
  const child = neo4j!.child;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  neo4j = undefined;
}

type Gql = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};
async function gql(query: string, variables: Record<string, unknown> = {}, auth = token): Promise<Gql> {
  const res = await fetch(`http://127.0.0.1:${svcPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Gql;
}
const health = async () =>
  ((await gql('{ health { status } }', {}, '')).data?.health as { status: string }).status;
const codes = (r: Gql) => (r.errors ?? []).map((e) => e.extensions?.code);

function runIngest(): { exited: Promise<number | null>; output: () => string; kill: () => void } {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/cli/ingest.ts',
      CDR,
      '--format',
      'cdr',
      '--mapping',
      MAPPING,
      '--batch-size',
      '250',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: PASSWORD,
        CRIMEGRAPH_DATA_DIR: path.join(tmp, 'cli'),
        CRIMEGRAPH_USER: ADMIN.username,
        CRIMEGRAPH_PASSWORD: ADMIN.password,
        AUTH_SECRET,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return {
    exited: new Promise((r) => child.on('exit', (code) => r(code))),
    output: () => out,
    kill: () => child.kill('SIGKILL'),
  };
}

async function counts() {
  return (await db!.read('queries/audit/test-count-calls'))[0]!;
}

beforeAll(async () => {
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(path.join(home, 'crimegraph-password'), PASSWORD, { mode: 0o600 });
  port = await freePort();
  uri = `bolt://127.0.0.1:${port}`;
});

afterAll(async () => {
  if (svc && svc.child.exitCode === null) {
    svc.child.kill('SIGTERM');
    await svc.exited;
  }
  await db?.close().catch(() => {});
  await neo4j?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('faults', () => {
  it('starts while Neo4j is down, reports STARTING, and becomes healthy once Neo4j is up', async () => {
    svc = spawnService({
      PORT: '0',
      CRIMEGRAPH_DATA_DIR: path.join(tmp, 'svc'),
      NEO4J_URI: uri,
      NEO4J_PASSWORD: PASSWORD,
      AUTH_SECRET,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    svcPort = (await svc.waitFor(/listening/)).port as number;
    await svc.waitFor(/not reachable; retrying/, 60_000);
    expect(await health()).toBe('STARTING');
    expect(codes(await gql('{ me { id } }', {}, 'cg1.a.b'))).toEqual(['DB_UNAVAILABLE']);

    neo4j = await startNeo4j();
    await svc.waitFor(/is healthy/, 120_000);
    expect(await health()).toBe('OK');

    db = new Db({ uri, user: 'neo4j', password: PASSWORD });
    await new Accounts(db, { sessionTtlHours: 1, authSecret: AUTH_SECRET }).createUser(
      ADMIN.username,
      ADMIN.password,
      'admin',
    );
    const login = await gql(
      'mutation($u:String!,$p:String!){ login(username:$u, password:$p){ token } }',
      { u: ADMIN.username, p: ADMIN.password },
      '',
    );
    token = (login.data?.login as { token: string }).token;
    expect(token).toMatch(/^cg1\./);
  }, 300_000);

  it('answers DB_UNAVAILABLE while Neo4j is killed during reads, stays up, and recovers by itself', async () => {
    await new GraphWriter(db!).write(
      Array.from({ length: 50 }, (_, i) => ({
        type: 'Person' as const,
        key: `fault-${i}`,
        props: { name: `Fault Person ${i}` },
        source: 'fault#1',
      })),
    );
    const read = () =>
      gql('query($id:ID!){ entity(id:$id){ id } }', { id: `Person:fault-${Math.floor(Math.random() * 50)}` });
    expect(codes(await read())).toEqual([]);

    let ok = 0;
    const unavailable: number[] = [];
    const other: string[] = [];
    let stop = false;
    const reader = async () => {
      while (!stop) {
        const t0 = Date.now();
        const r = await read();
        const c = codes(r);
        if (c.length === 0) ok += 1;
        else if (c.every((x) => x === 'DB_UNAVAILABLE')) unavailable.push(Date.now() - t0);
        else other.push(JSON.stringify(r.errors));
      }
    };
    const readers = Array.from({ length: 4 }, reader);
    await waitUntil(() => ok >= 40, 60_000);
    await killNeo4j();
    expect(await waitUntil(() => unavailable.length >= 12, 120_000)).toBe(true);
    stop = true;
    await Promise.all(readers);
    expect(svc!.child.exitCode).toBeNull();
    expect(await health()).toBe('DB_UNAVAILABLE');
    expect(other).toEqual([]);
    const sorted = [...unavailable].sort((a, b) => a - b);
    console.log(
      `during the outage: ${unavailable.length} requests failed with DB_UNAVAILABLE; median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted[sorted.length - 1]} ms`,
    );

    neo4j = await startNeo4j();
    let recovered = false;
    for (let i = 0; i < 120 && !recovered; i++) {
      recovered = codes(await read()).length === 0;
      if (!recovered) await new Promise((r) => setTimeout(r, 500));
    }
    expect(recovered).toBe(true);
    expect(await health()).toBe('OK');
    expect(svc!.child.exitCode).toBeNull();
  }, 400_000);

  it('re-runs an ingest interrupted by a Neo4j kill to exact counts', async () => {
    const rows = parse(fs.readFileSync(CDR, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<
      Record<string, string>
    >;
    const phones = new Set(rows.flatMap((r) => [r.From!.trim(), r.To!.trim()]));
    const calls = new Set(rows.map((r) => Object.values(r).join('|')));

    const first = runIngest();
    let seen = 0;
    expect(
      await waitUntil(() => {
        void counts().then(
          (c) => (seen = Number(c.calls)),
          () => {},
        );
        return seen >= 500;
      }, 240_000),
    ).toBe(true);
    await killNeo4j();
    const code = await first.exited;
    const partial = seen;
    expect(code, first.output().slice(-2000)).not.toBe(0);
    expect(partial).toBeLessThan(calls.size);
    expect(svc!.child.exitCode).toBeNull();

    neo4j = await startNeo4j();
    const second = runIngest();
    expect(await second.exited, second.output().slice(-2000)).toBe(0);
    expect(await counts()).toEqual({
      phones: phones.size,
      calls: calls.size,
      fromLinks: calls.size,
      toLinks: calls.size,
    });
    // And the service, which saw the second outage too, serves again.
    let ok = false;
    for (let i = 0; i < 60 && !ok; i++) {
      ok = (await health()) === 'OK';
      if (!ok) await new Promise((r) => setTimeout(r, 500));
    }
    expect(ok).toBe(true);
  }, 600_000);
});

describe('embedded Neo4j crash', () => {
  it('restarts the embedded Neo4j after kill -9 and serves again, without restarting the service', async () => {
    const dataDir = path.join(tmp, 'embedded');
    fs.mkdirSync(path.join(dataDir, 'cache'), { recursive: true });
    for (const f of fs.readdirSync(path.join(ROOT, '.data/cache'))) {
      fs.copyFileSync(path.join(ROOT, '.data/cache', f), path.join(dataDir, 'cache', f));
    }
    const own = spawnService({
      PORT: '0',
      CRIMEGRAPH_DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      // A loaded CI machine can take minutes to start a JVM; the default would give up too soon.
      NEO4J_START_TIMEOUT_MS: '540000',
    });
    try {
      const p = (await own.waitFor(/listening/)).port as number;
      await own.waitFor(/is healthy/, 540_000);
      const jvm = () =>
        (JSON.parse(fs.readFileSync(path.join(dataDir, 'neo4j-runtime.json'), 'utf8')) as { pid: number })
          .pid;
      const first = jvm();
      process.kill(first, 'SIGKILL');
      await own.waitFor(/embedded Neo4j restarted/, 540_000);
      expect(jvm()).not.toBe(first);
      const res = await fetch(`http://127.0.0.1:${p}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { status } }' }),
      });
      expect(((await res.json()) as { data: { health: { status: string } } }).data.health.status).toBe('OK');
      expect(own.child.exitCode).toBeNull();
    } finally {
      own.child.kill('SIGTERM');
      await own.exited;
    }
  }, 1_200_000);
});
