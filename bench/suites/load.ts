// The service under load, as investigators use it: 100 concurrent authenticated clients (one
// account each) for 60 s on a mix of search, 1-2 hop neighbourhoods and shortest paths, against a
// generated network of 100,000 people (seeds/), through the real service process (server/main.ts
// on its own Node, as deployed). Prints throughput, p50/p99 and the error count (HTTP errors,
// timeouts and GraphQL errors; the target is zero). The reference, in the same run, is the same
// clients asking only `health` (one trivial Neo4j round trip): the ratio is what the real
// queries, auth, rate limiting, cost checks and the audit trail cost on top.
// BENCH_LOAD_PEOPLE, BENCH_LOAD_SECONDS, BENCH_LOAD_CLIENTS change the size (smoke runs only).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import seedrandom from 'seedrandom';
import type { BenchResult, BenchSuite } from '../types.ts';
import { benchNeo4j } from '../support/neo4j.ts';
import { plantedTruth } from '../../seeds/generator.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import { Accounts } from '../../server/auth/accounts.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PEOPLE = Number(process.env.BENCH_LOAD_PEOPLE ?? 100_000);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const REF_SECONDS = Math.max(5, Math.round(SECONDS / 4));
const CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 100);
const SEED = 7;
const AUTH_SECRET = 'bench-load-session-signing-secret-0123456789';

const SEARCH = 'query($q: String!) { search(query: $q, first: 10) { items { __typename } } }';
const HOOD = `query($id: ID!, $hops: Int) { neighbourhood(input: { ids: [$id], hops: $hops }) {
  nodes { id type } edges { id type source target } truncated } }`;
const PATH = `query($a: ID!, $b: ID!) { paths(input: { from: $a, to: $b, maxHops: 4 }) {
  paths { length nodeIds } } }`;
const HEALTH = '{ health { status } }';

interface Run {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  graphqlErrors: number;
  sampleError: string | null;
}

function startService(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    let port = 0;
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /"port":(\d+)/.exec(out);
      if (m && !port) port = Number(m[1]);
      if (port && /is healthy/.test(out)) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve({ child, port });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => reject(new Error(`service exited (${code}):\n${out.slice(-3000)}`)));
  });
}

async function cannon(
  port: number,
  tokens: readonly string[],
  seconds: number,
  body: () => string,
): Promise<Run> {
  let graphqlErrors = 0;
  let sampleError: string | null = null;
  let client = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections: tokens.length,
    duration: seconds,
    timeout: 30,
    setupClient: (c) => {
      c.setHeaders({
        'content-type': 'application/json',
        authorization: `Bearer ${tokens[client++ % tokens.length]}`,
      });
    },
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, body: body() }),
        onResponse: (status, resBody) => {
          if (status === 200 && resBody.includes('"errors"')) {
            graphqlErrors += 1;
            sampleError ??= resBody.slice(0, 500);
          }
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    graphqlErrors,
    sampleError,
  };
}

const suite: BenchSuite = {
  prefix: 'trust',
  description: `${CLIENTS} authenticated clients for ${SECONDS} s on search/neighbourhood/paths, ${PEOPLE.toLocaleString()} people`,
  async run({ log }) {
    const neo = await benchNeo4j({ heap: '3g', pagecache: '1g', log });
    let service: ChildProcess | undefined;
    try {
      const t0 = Date.now();
      const seeded = await loadSeedNetwork(neo.db, { people: PEOPLE, seed: SEED }, (p) => {
        if (p.people % 20_000 < 1000) log(`seed: ${p.people}/${p.totalPeople} people, ${p.records} records`);
      });
      log(
        `seeded ${PEOPLE} people (${seeded.nodesCreated} nodes) in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
      );

      // One account per client, as a team of investigators would be.
      const accounts = new Accounts(neo.db, { sessionTtlHours: 2, authSecret: AUTH_SECRET });
      const tokens: string[] = [];
      for (let i = 0; i < CLIENTS; i++) {
        const username = `load.detective.${i}`;
        await accounts.createUser(username, 'load test passphrase', 'detective');
        tokens.push((await accounts.login(username, 'load test passphrase')).token);
      }

      const planted = [...plantedTruth({ people: PEOPLE, seed: SEED })];
      const byGang = new Map<number, string[]>();
      for (const p of planted)
        if (p.gang !== null) byGang.set(p.gang, [...(byGang.get(p.gang) ?? []), p.key]);
      const gangs = [...byGang.values()].filter((m) => m.length >= 2);
      const rng = seedrandom('trust-load');
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
      const mixed = (): string => {
        const r = rng();
        if (r < 0.4) return JSON.stringify({ query: SEARCH, variables: { q: pick(planted).key } });
        if (r < 0.75) {
          return JSON.stringify({
            query: HOOD,
            variables: { id: `Person:${pick(planted).key}`, hops: rng() < 0.7 ? 1 : 2 },
          });
        }
        // Two different members of one gang, so a path exists and the request is valid.
        const gang = pick(gangs);
        const i = Math.floor(rng() * gang.length);
        const j = (i + 1 + Math.floor(rng() * (gang.length - 1))) % gang.length;
        return JSON.stringify({
          query: PATH,
          variables: { a: `Person:${gang[i]}`, b: `Person:${gang[j]}` },
        });
      };

      const started = await startService({
        NEO4J_URI: neo.uri,
        NEO4J_USER: neo.user,
        NEO4J_PASSWORD: neo.password,
        AUTH_SECRET,
        RATE_LIMIT_PER_MINUTE: '1000000',
        CRIMEGRAPH_DATA_DIR: path.join(ROOT, '.data'),
      });
      service = started.child;
      log('warming up (10 s)');
      await cannon(started.port, tokens.slice(0, 10), 10, mixed);
      log(`reference: health only, ${REF_SECONDS} s`);
      const ref = await cannon(started.port, tokens, REF_SECONDS, () => JSON.stringify({ query: HEALTH }));
      log(`load: mixed search/neighbourhood/paths, ${SECONDS} s`);
      const run = await cannon(started.port, tokens, SECONDS, mixed);
      const detail = {
        clients: CLIENTS,
        seconds: SECONDS,
        people: PEOPLE,
        mix: '40% search, 35% neighbourhood (70% 1 hop, 30% 2 hops), 25% shortest path within a gang',
        requests: run.requests,
        rps: Math.round(run.rps),
        p50Ms: run.p50,
        p99Ms: run.p99,
        errors: run.errors,
        graphqlErrors: run.graphqlErrors,
        sampleError: run.sampleError,
        reference: {
          query: 'health',
          rps: Math.round(ref.rps),
          p50Ms: ref.p50,
          p99Ms: ref.p99,
          errors: ref.errors,
        },
      };
      const refLabel = `${CLIENTS} clients asking only { health } (${REF_SECONDS} s, same run)`;
      return [
        {
          id: 'trust.load-errors',
          value: run.errors,
          unit: 'errors',
          target: 0,
          better: 'lower',
          reference: refLabel,
          detail,
        },
        {
          id: 'trust.load-throughput-rps',
          value: run.rps,
          unit: 'req/s',
          target: null,
          better: 'higher',
          reference: refLabel,
          detail,
        },
        {
          id: 'trust.load-p99-ms',
          value: run.p99,
          unit: 'ms',
          target: null,
          better: 'lower',
          reference: refLabel,
          detail,
        },
        {
          id: 'trust.load-throughput-vs-health',
          value: ref.rps > 0 ? run.rps / ref.rps : 0,
          unit: 'x',
          target: null,
          better: 'higher',
          reference: refLabel,
          detail,
        },
      ] satisfies BenchResult[];
    } finally {
      if (service && service.exitCode === null) {
        const exited = new Promise((r) => service!.once('exit', r));
        service.kill('SIGTERM');
        await exited;
      }
      await neo.close();
    }
  },
};
export default suite;
