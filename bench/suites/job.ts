// End-to-end community detection job (streamed projection + Louvain + write-back with summaries),
// on each engine, against Neo4j Graph Data Science's Louvain in write mode (Cypher-aggregation
// projection of the same association network + gds.louvain.write) on the same database: a throwaway
// embedded Neo4j with the GDS open edition from Maven Central, loaded with the demo seed.
// Rows: job.vs-gds (engine AUTO, which is graphology below GDS_AUTO_MIN_TIES), job.gds-engine-vs-gds
// (engine GDS), job.takedown-gds-vs-graphology (takedown, all strategies, on each engine), and
// job.gds-projection (getting a synthetic multi-million-tie edge list into GDS: text chunks, the
// transport the jobs use, against the first version's three lists of numbers; time and memory).
//
// Env: BENCH_JOB_PEOPLE (demo seed size, default 5000), BENCH_JOB_GDS_EDGES (synthetic edges for
// job.gds-projection, default 3,000,000; 0 skips it), BENCH_JOB_HEAP (database heap, default 2g).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveGdsJars, startEmbedded } from '../../neo4j/provision.ts';
import { probe } from '../../server/db/connect.ts';
import { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import type { EdgeList } from '../../server/analysis/edge-list.ts';
import { seededRng } from '../../server/analysis/rng.ts';
import { dropGraph, projectEdges, type GdsTransport } from '../../server/features/analysis/gds-graph.ts';
import { createJobRunner } from '../../server/jobs/index.ts';
import type { JobRunner } from '../../server/jobs/runner.ts';
import { createLogger } from '../../server/logger.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import type { BenchResult, BenchSuite } from '../types.ts';

/** Runs one of cypher/gds/*.cypher (GDS-only statements) in an auto-commit transaction without
 * a timeout: Louvain in write mode writes to the store. */
function gds(db: Db, name: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  return db.autoCommit(`gds/${name}`, params);
}

async function timedJob(runner: JobRunner, kind: string, params: Record<string, unknown>) {
  const t0 = performance.now();
  const job = await runner.wait((await runner.submit(kind, params, null)).id);
  const ms = performance.now() - t0;
  if (job.status !== 'succeeded') throw new Error(`${kind} job ${job.status}: ${job.error}`);
  return { ms, job, result: job.result as Record<string, unknown> };
}

/** A random edge list (seeded): n people, m distinct-ish ties with float weights. */
function syntheticEdges(n: number, m: number): EdgeList {
  const rng = seededRng(7);
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const weight = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const a = Math.floor(rng() * n);
    let b = Math.floor(rng() * (n - 1));
    if (b >= a) b++;
    src[e] = a;
    dst[e] = b;
    weight[e] = 0.5 + Math.round(rng() * 40) / 8;
  }
  return { ids: Array.from({ length: n }, (_, i) => `p${i}`), src, dst, weight, edgeCount: m };
}

/** Projects the edge list into GDS with one transport, sampling both heaps while it runs. */
async function measureProjection(db: Db, edges: EdgeList, transport: GdsTransport) {
  const jvmUsed = async () => Number((await db.read('gds/jvm-heap'))[0]?.used ?? 0);
  global.gc?.();
  const node0 = process.memoryUsage();
  const jvm0 = await jvmUsed();
  let nodePeak = 0;
  let jvmPeak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const m = process.memoryUsage();
      nodePeak = Math.max(nodePeak, m.heapUsed + m.external - node0.heapUsed - node0.external);
      jvmPeak = Math.max(jvmPeak, (await jvmUsed().catch(() => 0)) - jvm0);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = performance.now();
  let error: string | null = null;
  let out = { nodeCount: 0, relationshipCount: 0 };
  try {
    out = await projectEdges(db, `bench-${transport}`, edges, transport);
  } catch (err) {
    error = (err as Error).message.slice(0, 300);
  }
  const ms = performance.now() - t0;
  sampling = false;
  await sampler;
  await dropGraph(db, `bench-${transport}`);
  const mb = (b: number) => Math.round(b / 1048576);
  return { ms: Math.round(ms), ...out, error, nodePeakMB: mb(nodePeak), jvmPeakMB: mb(jvmPeak) };
}

const suite: BenchSuite = {
  prefix: 'job',
  description: 'end-to-end community detection job vs GDS Louvain write mode on the same database',
  async run(ctx) {
    const people = Number(process.env.BENCH_JOB_PEOPLE ?? 5000);
    const syntheticTies = Number(process.env.BENCH_JOB_GDS_EDGES ?? 3_000_000);
    const cacheDir = path.resolve(process.env.CRIMEGRAPH_DATA_DIR ?? '.data', 'cache');
    const plugins = await resolveGdsJars(cacheDir, ctx.log);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crimegraph-bench-job-'));
    const child = await startEmbedded({
      home: path.join(tmp, 'neo4j'),
      cacheDir,
      heap: process.env.BENCH_JOB_HEAP ?? '2g',
      timeoutMs: 900_000,
      pagecache: '512m',
      plugins,
      onProgress: ctx.log,
      probe: (uri, password) => probe(uri, 'neo4j', password),
    });
    const db = new Db({ uri: child.uri, user: 'neo4j', password: child.password, txTimeoutMs: 600_000 });
    const runner = createJobRunner(db, createLogger('silent'));
    try {
      await migrate(db);
      const [{ gdsVersion } = {}] = await gds(db, 'version');
      ctx.log(`GDS ${String(gdsVersion)} installed; loading the demo seed with ${people} people…`);
      await loadSeedNetwork(db, { people, seed: 42 });
      await runner.start();

      // Warm both once (JIT, page cache), then measure.
      await runner.wait((await runner.submit('communities', { seed: 42 }, null)).id);
      await gds(db, 'project-association', { graph: 'warm' });
      await gds(db, 'drop-graph', { graph: 'warm' });

      ctx.log('ours (AUTO): projection + Louvain + write-back…');
      const ours = await timedJob(runner, 'communities', { seed: 42 });
      ctx.log('ours (GDS): projection + GDS Louvain + measures in the worker + write-back…');
      await timedJob(runner, 'communities', { seed: 42, engine: 'GDS' }); // warm the GDS path
      const oursGds = await timedJob(runner, 'communities', { seed: 42, engine: 'GDS' });

      ctx.log('GDS: projection + gds.louvain.write…');
      const t1 = performance.now();
      const [proj] = await gds(db, 'project-association', { graph: 'bench' });
      const t2 = performance.now();
      const [louvain] = await gds(db, 'louvain-write', { graph: 'bench' });
      const gdsMs = performance.now() - t1;
      await gds(db, 'drop-graph', { graph: 'bench' });
      const reference = `GDS ${String(gdsVersion)} Cypher-aggregation projection + gds.louvain.write on the same database`;
      const gdsDetail = { ms: Math.round(gdsMs), projectionMs: Math.round(t2 - t1), ...proj, ...louvain };
      const results: BenchResult[] = [
        {
          id: 'job.vs-gds',
          value: ours.ms / gdsMs,
          unit: 'x GDS time',
          target: 1.5,
          better: 'lower',
          reference,
          detail: {
            people,
            ours: { ms: Math.round(ours.ms), engine: ours.job.engine, ...ours.result },
            gds: gdsDetail,
          },
        },
        {
          id: 'job.gds-engine-vs-gds',
          value: oursGds.ms / gdsMs,
          unit: 'x GDS time',
          target: null,
          better: 'lower',
          reference,
          detail: {
            people,
            ours: { ms: Math.round(oursGds.ms), engine: oursGds.job.engine, ...oursGds.result },
            gds: gdsDetail,
          },
        },
      ];

      ctx.log('takedown, every strategy, k 5, on each engine…');
      const takedown = { k: 5, seed: 42 };
      await timedJob(runner, 'takedown', { ...takedown, engine: 'GDS' }); // warm
      const tdGds = await timedJob(runner, 'takedown', { ...takedown, engine: 'GDS' });
      const tdLocal = await timedJob(runner, 'takedown', { ...takedown, engine: 'GRAPHOLOGY' });
      const largest = (r: Record<string, unknown>) =>
        (
          r.reports as Array<{
            strategy: string;
            before: { largestComponent: number };
            after: { largestComponent: number };
          }>
        ).map((x) => `${x.strategy}: ${x.before.largestComponent} -> ${x.after.largestComponent}`);
      results.push({
        id: 'job.takedown-gds-vs-graphology',
        value: tdGds.ms / tdLocal.ms,
        unit: 'x graphology time',
        target: null,
        better: 'lower',
        reference: 'the same takedown job on engine GRAPHOLOGY (worker thread)',
        detail: {
          people,
          ties: tdLocal.result.ties,
          gds: { ms: Math.round(tdGds.ms), largest: largest(tdGds.result) },
          graphology: { ms: Math.round(tdLocal.ms), largest: largest(tdLocal.result) },
        },
      });

      if (syntheticTies > 0) {
        ctx.log(`projecting ${syntheticTies} synthetic ties into GDS: text chunks, then lists…`);
        const edges = syntheticEdges(Math.max(1000, Math.round(syntheticTies / 6)), syntheticTies);
        const text = await measureProjection(db, edges, 'text');
        const lists = await measureProjection(db, edges, 'lists');
        results.push({
          id: 'job.gds-projection',
          value: lists.error ? 0 : text.ms / lists.ms,
          unit: 'x lists time',
          target: null,
          better: 'lower',
          reference:
            'the same edge list as three parameter lists of numbers (cypher/gds/project-edges.cypher)',
          detail: { ties: syntheticTies, people: edges.ids.length, text, lists },
        });
      }
      return results;
    } finally {
      await runner.stop();
      await db.close();
      await child.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  },
};
export default suite;
