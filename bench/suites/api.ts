// The investigation API under load: 2-hop neighbourhoods and shortest paths through the real
// HTTP + GraphQL server, 32 concurrent clients, on a generated network of 100,000 people
// (seeds/, BENCH_API_PEOPLE to change), p50 and p99 latency; and the GraphQL overhead: the same
// Cypher statements, with the same parameters, run straight through neo4j-driver by the same
// number of concurrent clients, as the reference (bench/support/api-statements.ts; also through
// the service's database layer, in the detail). The clients run in processes of their own (as
// callers of a service do), and each phase reports the CPU time per request of the service, the
// clients and (when its process is known) Neo4j. Every process runs with the service's V8 settings
// (server/v8-tuning.ts; the young generation's size from `npm run bench`'s NODE_OPTIONS), so that
// the ratio is the GraphQL layer's and not a difference of runtime settings. The service merges
// neighbourhood requests that arrive together into shared statements (server/db/batched-read.ts);
// the reference clients send one statement per request, as separate programs would, and the detail
// says how many requests the service put in each statement.
import fs from 'node:fs';
import seedrandom from 'seedrandom';
import type { BenchResult, BenchSuite } from '../types.ts';
import { LoadClients, type ClientJob } from '../support/load-client.ts';
import { benchNeo4j } from '../support/neo4j.ts';
import { plantedTruth } from '../../seeds/generator.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import { loadConfig } from '../../server/config.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createHttpApp } from '../../server/http.ts';
import { createLogger } from '../../server/logger.ts';
import { Services } from '../../server/services.ts';

const PEOPLE = Number(process.env.BENCH_API_PEOPLE ?? 100_000);
const SEED = 42;
const CLIENTS = 32;
const REQUESTS = Number(process.env.BENCH_API_REQUESTS ?? 2_000);
const WARMUP = 1_000;
/** Each phase runs this many times, interleaved with the others; latencies are pooled. */
const ROUNDS = Number(process.env.BENCH_API_ROUNDS ?? 3);

const HOOD = `query($id: ID!) { neighbourhood(input: { ids: [$id], hops: 2 }) {
  nodes { id type label hop } edges { id type source target weight firstAt lastAt } truncated totalNodes } }`;
const PATH = `query($a: ID!, $b: ID!) { paths(input: { from: $a, to: $b, maxHops: 4 }) {
  paths { length nodeIds edgeIds } subgraph { nodes { id type label } edges { id type source target } } } }`;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const suite: BenchSuite = {
  prefix: 'api',
  description: `investigation API, ${PEOPLE.toLocaleString('en')} people, ${CLIENTS} concurrent clients`,
  async run(ctx) {
    const neo = await benchNeo4j({ log: ctx.log });
    const services = new Services(
      loadConfig({
        NEO4J_URI: neo.uri,
        NEO4J_USER: neo.user,
        NEO4J_PASSWORD: neo.password,
        CRIMEGRAPH_DATA_DIR: ctx.tmpDir,
        LOG_LEVEL: 'silent',
        RATE_LIMIT_PER_MINUTE: '100000000',
      }),
      createLogger('silent'),
    );
    const http = await createHttpApp(services);
    try {
      // Who to ask about: random people; pairs from the same planted gang (connected, as the
      // people a detective asks about usually are), chosen with a seeded RNG.
      const everyone: string[] = [];
      const byGang = new Map<number, string[]>();
      for (const p of plantedTruth({ people: PEOPLE, seed: SEED })) {
        if (p.duplicateOf) continue;
        everyone.push(`Person:${p.key}`);
        if (p.gang !== null) byGang.set(p.gang, [...(byGang.get(p.gang) ?? []), `Person:${p.key}`]);
      }
      const t0 = Date.now();
      let shown = 0;
      // With NEO4J_URI naming a database where this seed is already loaded, loading it again
      // would change nothing: skip it.
      const present = await neo.db.read('queries/entities/get-by-ids', {
        ids: [everyone[0]!, everyone[everyone.length - 1]!],
      });
      const loaded =
        present.length === 2
          ? { nodesCreated: 0, relationshipsCreated: 0, reused: true }
          : await loadSeedNetwork(neo.db, { people: PEOPLE, seed: SEED }, (p) => {
              if (p.people - shown >= 10_000 || p.people === p.totalPeople) {
                shown = p.people;
                ctx.log(`seed: ${p.people}/${p.totalPeople} people, ${p.records} records, ${p.elapsedMs} ms`);
              }
            });
      const loadMs = Date.now() - t0;
      const { schemaVersion } = await migrate(neo.db);
      services.attachDb(neo.db, { ...(await neo.db.serverInfo()), embedded: true }, schemaVersion);
      const port = await http.listen(0, '127.0.0.1');
      const url = `http://127.0.0.1:${port}/graphql`;
      const user = `bench-detective-${Date.now()}`;
      await services.accounts().createUser(user, 'bench passphrase long enough', 'detective');
      const { token } = await services.accounts().login(user, 'bench passphrase long enough');

      const rng = seedrandom(`api-bench/${SEED}`);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
      const people = Array.from({ length: 500 }, () => pick(everyone));
      const gangs = [...byGang.values()].filter((g) => g.length >= 2);
      const pairs = Array.from({ length: 500 }, () => {
        const g = pick(gangs);
        const a = pick(g);
        let b = pick(g);
        while (b === a) b = pick(g);
        return [a, b] as const;
      });

      const cap = services.config.maxResultNodes;
      const clients = new LoadClients();
      // Clients of the plain driver in a process that never loads the service's database layer.
      const driverClients = new LoadClients();
      const statements = new URL('../support/api-statements.ts', import.meta.url).pathname;
      const directJob =
        (kind: 'driver' | 'db', fn: string, args: unknown[][]) =>
        (total: number): ClientJob => ({
          kind,
          neo4j: { uri: neo.uri, user: neo.user, password: neo.password },
          module: statements,
          fn,
          args,
          total,
          clients: CLIENTS,
        });
      const graphqlJob =
        (query: string, variables: Array<Record<string, unknown>>) =>
        (total: number): ClientJob => ({
          kind: 'graphql',
          url,
          token,
          query,
          variables,
          total,
          clients: CLIENTS,
        });
      const hoodGql = graphqlJob(
        HOOD,
        people.map((id) => ({ id })),
      );
      const hoodDriver = directJob(
        'driver',
        'driverNeighbourhood',
        people.map((id) => [id, cap]),
      );
      const hoodDb = directJob(
        'db',
        'dbNeighbourhood',
        people.map((id) => [id, cap]),
      );
      const pathGql = graphqlJob(
        PATH,
        pairs.map(([a, b]) => ({ a, b })),
      );
      const pathDriver = directJob(
        'driver',
        'driverPath',
        pairs.map(([a, b]) => [a, b]),
      );
      const pathDb = directJob(
        'db',
        'dbPath',
        pairs.map(([a, b]) => [a, b]),
      );

      // CPU time of the Neo4j process, when it is known (embedded, or NEO4J_PID for NEO4J_URI).
      const neo4jPid = neo.pid ?? (process.env.NEO4J_PID ? Number(process.env.NEO4J_PID) : undefined);
      const neo4jCpuMs = (): number | null => {
        if (!neo4jPid) return null;
        try {
          const f = fs.readFileSync(`/proc/${neo4jPid}/stat`, 'utf8').split(') ')[1]!.split(' ');
          return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks of 10 ms
        } catch {
          return null;
        }
      };

      let errors = 0;
      type Phase = {
        lat: number[];
        wallMs: number;
        cpuMs: number;
        clientCpuMs: number;
        neo4jCpuMs: number | null;
      };
      const phases = new Map<string, Phase>();
      const send = (job: ClientJob) => (job.kind === 'driver' ? driverClients : clients).run(job);
      const runPhase = async (name: string, job: (total: number) => ClientJob) => {
        const cpu0 = process.cpuUsage();
        const neo0 = neo4jCpuMs();
        const r = await send(job(REQUESTS));
        const cpu = process.cpuUsage(cpu0);
        const neo1 = neo4jCpuMs();
        errors += r.errors;
        if (r.firstError) ctx.log(`error: ${r.firstError}`);
        const p = phases.get(name) ?? { lat: [], wallMs: 0, cpuMs: 0, clientCpuMs: 0, neo4jCpuMs: 0 };
        p.lat.push(...r.latencies);
        p.wallMs += r.wallMs;
        p.cpuMs += (cpu.user + cpu.system) / 1000;
        p.clientCpuMs += r.clientCpuMs;
        p.neo4jCpuMs =
          neo0 === null || neo1 === null || p.neo4jCpuMs === null ? null : p.neo4jCpuMs + neo1 - neo0;
        phases.set(name, p);
      };
      const summary = (name: string) => {
        const p = phases.get(name)!;
        const n = p.lat.length;
        const lat = p.lat.sort((a, b) => a - b);
        const rps = n / (p.wallMs / 1000);
        const cpuPerRequest = {
          service: +(p.cpuMs / n).toFixed(3),
          clients: +(p.clientCpuMs / n).toFixed(3),
          neo4j: p.neo4jCpuMs === null ? null : +(p.neo4jCpuMs / n).toFixed(3),
        };
        ctx.log(
          `${name}: p50 ${pct(lat, 50).toFixed(1)} ms, p99 ${pct(lat, 99).toFixed(1)} ms, ${rps.toFixed(0)}/s; ` +
            `CPU ms per request: service ${cpuPerRequest.service}, clients ${cpuPerRequest.clients}, neo4j ${cpuPerRequest.neo4j ?? 'n/a'}`,
        );
        return { lat, rps, cpuPerRequest };
      };

      ctx.log('warming up');
      for (const job of [hoodGql, hoodDriver, hoodDb, pathGql, pathDriver, pathDb]) {
        await send(job(WARMUP));
      }
      // How many neighbourhood requests the service merged into each statement (the reference
      // sends one statement per request, as separate programs would): counted over the rounds.
      const merged = services.db().batched('queries/graph/expand-neighbourhood').stats;
      const mergedBefore = { ...merged };
      // Interleave GraphQL and direct runs, several rounds, so that all see the same machine.
      // The audit-stubbed runs show how much of the overhead is the audit record of each read.
      const record = services.audit.record.bind(services.audit);
      for (let round = 1; round <= ROUNDS; round++) {
        ctx.log(`round ${round} of ${ROUNDS}`);
        await runPhase('neighbourhood 2 hops (GraphQL)', hoodGql);
        await runPhase('neighbourhood 2 hops (driver)', hoodDriver);
        await runPhase('neighbourhood 2 hops (database layer)', hoodDb);
        await runPhase('shortest path (GraphQL)', pathGql);
        await runPhase('shortest path (driver)', pathDriver);
        await runPhase('shortest path (database layer)', pathDb);
        services.audit.record = () => Promise.resolve();
        await runPhase('neighbourhood 2 hops (GraphQL, audit stubbed)', hoodGql);
        await runPhase('shortest path (GraphQL, audit stubbed)', pathGql);
        services.audit.record = record;
      }
      const perStatement =
        (merged.requests - mergedBefore.requests) / (merged.statements - mergedBefore.statements);
      ctx.log(
        `neighbourhood requests per statement (GraphQL, merged under load): ${perStatement.toFixed(2)}`,
      );
      const hood = summary('neighbourhood 2 hops (GraphQL)');
      const hoodRef = summary('neighbourhood 2 hops (driver)');
      const path = summary('shortest path (GraphQL)');
      const pathRef = summary('shortest path (driver)');
      const hoodDbRef = summary('neighbourhood 2 hops (database layer)');
      const pathDbRef = summary('shortest path (database layer)');
      const hoodNoAudit = summary('neighbourhood 2 hops (GraphQL, audit stubbed)');
      const pathNoAudit = summary('shortest path (GraphQL, audit stubbed)');
      clients.close();
      driverClients.close();

      const counts = await neo.db.read('queries/seeds/count-by-type', { seed: SEED }).catch(() => []);
      const size = { people: PEOPLE, seed: SEED, loadMs, reusedDatabase: 'reused' in loaded, graph: counts };
      const figures = (r: { lat: number[]; rps: number; cpuPerRequest: Record<string, number | null> }) => ({
        p50: +pct(r.lat, 50).toFixed(2),
        p90: +pct(r.lat, 90).toFixed(2),
        p99: +pct(r.lat, 99).toFixed(2),
        mean: +mean(r.lat).toFixed(2),
        perSecond: +r.rps.toFixed(1),
        cpuMsPerRequest: r.cpuPerRequest,
      });
      const common = { clients: CLIENTS, requests: REQUESTS * ROUNDS, errors, ...size };
      const hoodRatio = mean(hood.lat) / mean(hoodRef.lat);
      const pathRatio = mean(path.lat) / mean(pathRef.lat);
      const results: BenchResult[] = [
        {
          id: 'api.neighbourhood-2hop-p99-ms',
          value: pct(hood.lat, 99),
          unit: 'ms',
          target: 100,
          better: 'lower',
          reference: 'the same statements through the driver',
          detail: { graphql: figures(hood), driver: figures(hoodRef), ...common },
        },
        {
          id: 'api.neighbourhood-2hop-p50-ms',
          value: pct(hood.lat, 50),
          unit: 'ms',
          target: null,
          better: 'lower',
          reference: 'the same statements through the driver',
          detail: { graphql: figures(hood), driver: figures(hoodRef), ...common },
        },
        {
          id: 'api.shortest-path-p99-ms',
          value: pct(path.lat, 99),
          unit: 'ms',
          target: null,
          better: 'lower',
          reference: 'the same statements through the driver',
          detail: { graphql: figures(path), driver: figures(pathRef), ...common },
        },
        {
          id: 'api.shortest-path-p50-ms',
          value: pct(path.lat, 50),
          unit: 'ms',
          target: null,
          better: 'lower',
          reference: 'the same statements through the driver',
          detail: { graphql: figures(path), driver: figures(pathRef), ...common },
        },
        {
          id: 'api.graphql-overhead',
          value: (hoodRatio + pathRatio) / 2,
          unit: 'x',
          target: 1.3,
          better: 'lower',
          reference:
            'mean latency of the same Cypher statements, same parameters, run straight through neo4j-driver by 32 clients (one statement per request: a neighbourhood as the batch of one the service sends for a lone request)',
          detail: {
            neighbourhood: +hoodRatio.toFixed(3),
            shortestPath: +pathRatio.toFixed(3),
            overDatabaseLayer: {
              neighbourhood: +(mean(hood.lat) / mean(hoodDbRef.lat)).toFixed(3),
              shortestPath: +(mean(path.lat) / mean(pathDbRef.lat)).toFixed(3),
              neighbourhoodDb: figures(hoodDbRef),
              shortestPathDb: figures(pathDbRef),
            },
            neighbourhoodRequestsPerStatement: +perStatement.toFixed(2),
            withoutAudit: {
              neighbourhood: +(mean(hoodNoAudit.lat) / mean(hoodRef.lat)).toFixed(3),
              shortestPath: +(mean(pathNoAudit.lat) / mean(pathRef.lat)).toFixed(3),
              neighbourhoodGraphql: figures(hoodNoAudit),
              shortestPathGraphql: figures(pathNoAudit),
            },
            includes:
              'HTTP, GraphQL parse/validate/cost, auth, mapping, audit record of person reads; concurrent neighbourhoods merged into shared statements (server/db/batched-read.ts)',
            ...common,
          },
        },
      ];
      return results;
    } finally {
      await services.shutdown();
      await http.close().catch(() => undefined);
      await services.closeAudit();
      await neo.close();
    }
  },
};

export default suite;
