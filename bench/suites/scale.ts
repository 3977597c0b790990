// Where in-process Louvain ends: the communities job's in-process path on growing networks (1M to
// 20M ties by default), each size in a fresh process shaped like the service's:
// - main thread: ties are drawn LFR-like (communities of 20..400 people, mixing 0.3, weights 1..4)
//   and summed per pair in an EdgeAccumulator, as the projection does; people's ids are uid-like
//   strings ("Person:p123");
// - a worker thread started like server/jobs/run-in-worker.ts (no resourceLimits, so the default
//   heap limit) receives the EdgeList as workerData, builds the CompactGraph and runs Louvain
//   (weighted, seeded), as the job's task does.
// Per size it reports the accumulate, build and Louvain times, the process's peak RSS (VmHWM) and
// the worker's heap; a size is skipped when the previous one, scaled up, would not finish within
// the time budget or would take more memory than the memory budget (the machine may be shared), or
// is recorded as failed (out of memory, over time). The largest size that ran within the budgets
// is `scale.louvain-in-process-limit-edges`.
//
// Where the default heap ends: at one size (BENCH_SCALE_HEAP_PROBE_EDGES, default 2M ties) the
// worker is rerun with smaller old-generation limits (resourceLimits.maxOldGenerationSizeMb, binary
// search to 8 MiB) to find the least heap with which build + Louvain still finish; that need per
// tie, scaled to the default limit, is `scale.louvain-heap-limit-edges-estimate` (it assumes the
// need grows linearly, which the heap read after Louvain at each size supports).
//
//   BENCH_SCALE_EDGES=1000000,2000000,5000000,10000000,20000000  BENCH_SCALE_BUDGET_SECONDS=120
//   BENCH_SCALE_MEMORY_MIB (default: half the machine's free memory)
//
// Bulk load vs incremental ingest (issue 21): at each size of BENCH_SCALE_PEOPLE (default 100000;
// BENCH_SCALE_PEOPLE=100000,1000000 for the million) the seed network (seed 42) is loaded once
// through GraphWriter's MERGE statements into a fresh embedded Neo4j and once by the bulk path
// (server/features/bulk: records → CSVs → neo4j-admin database import full → migrations → CALLS)
// into another: `scale.bulk-load-minutes-<size>` (target 30 at 1M), `scale.bulk-load-vs-incremental-<size>`
// (the ratio, incremental / bulk). BENCH_SCALE_PARTS=bulk,louvain (default both) picks the parts.
//
// This file is also the child process: node <bundle> --scale-child <edges> [max old-gen MiB]
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import v8 from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CompactGraph } from '../../server/analysis/compact-graph.ts';
import { EdgeAccumulator, type EdgeList } from '../../server/analysis/edge-list.ts';
import { louvain } from '../../server/analysis/louvain.ts';
import { seededRng } from '../../server/analysis/rng.ts';
import path from 'node:path';
import { bulkLoadSeed } from '../../server/features/bulk/import.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import { benchNeo4j } from '../support/neo4j.ts';
import type { BenchContext, BenchResult, BenchSuite } from '../types.ts';
import { bundleSelf, lfrLike, procStatus, runJson } from './louvain.ts';

const SELF = fileURLToPath(import.meta.url);

interface SizeResult {
  requestedEdges: number;
  edges?: number;
  nodes?: number;
  accumulateSeconds?: number;
  buildSeconds?: number;
  louvainSeconds?: number;
  totalSeconds?: number;
  communities?: number;
  modularity?: number;
  peakRssBytes?: number;
  workerHeapUsedBytes?: number;
  workerHeapLimitBytes?: number;
  failed?: string;
  skipped?: string;
}

/** Draws LFR-like ties into an accumulator until it holds `edges` distinct pairs. */
function accumulate(edges: number, seed: number): EdgeAccumulator {
  const rng = seededRng(seed);
  const { n, draw } = lfrLike(edges, 0.3, rng);
  const acc = new EdgeAccumulator();
  for (let i = 0; i < n; i++) acc.node(`Person:p${i}`);
  while (acc.edgeCount < edges) {
    const [a, b] = draw();
    acc.addIds(a, b, 1 + Math.floor(rng() * 4));
  }
  return acc;
}

function workerMain(): void {
  const list = (workerData as { list: EdgeList }).list;
  const t0 = performance.now();
  const g = new CompactGraph(list);
  const t1 = performance.now();
  const p = louvain(g, { seed: 42 });
  const t2 = performance.now();
  const heap = v8.getHeapStatistics();
  parentPort!.postMessage({
    buildSeconds: (t1 - t0) / 1000,
    louvainSeconds: (t2 - t1) / 1000,
    communities: p.count,
    modularity: p.modularity,
    nodes: g.n,
    edges: g.m,
    workerHeapUsedBytes: heap.used_heap_size,
    workerHeapLimitBytes: heap.heap_size_limit,
  });
}

async function child(edges: number, maxOldMb: number | undefined): Promise<void> {
  const out: SizeResult = { requestedEdges: edges };
  try {
    const t0 = performance.now();
    const list = accumulate(edges, 7).toEdgeList();
    out.accumulateSeconds = (performance.now() - t0) / 1000;
    const r = await new Promise<Record<string, number>>((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), {
        workerData: { list },
        ...(maxOldMb ? { resourceLimits: { maxOldGenerationSizeMb: maxOldMb } } : {}),
      });
      w.once('message', (m: Record<string, number>) => {
        resolve(m);
        void w.terminate();
      });
      w.once('error', reject);
      w.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
    });
    Object.assign(out, r);
    out.totalSeconds = out.accumulateSeconds + out.buildSeconds! + out.louvainSeconds!;
  } catch (err) {
    out.failed = (err as Error).message;
  }
  out.peakRssBytes = procStatus('VmHWM') || process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify(out));
}

const tagOf = (edges: number) => (edges >= 1_000_000 ? `${edges / 1_000_000}M` : `${edges / 1000}k`);

const peopleTag = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1000}k`);

/** Seed network at each size: incremental ingest and bulk load, each into a fresh store. */
async function bulkVsIncremental(ctx: BenchContext): Promise<BenchResult[]> {
  const sizes = (process.env.BENCH_SCALE_PEOPLE ?? '100000').split(',').map(Number);
  const results: BenchResult[] = [];
  const cacheDir = path.resolve(process.env.CRIMEGRAPH_DATA_DIR ?? '.data', 'cache');
  for (const people of sizes) {
    const tag = peopleTag(people);
    ctx.log(`${tag} people: incremental ingest (GraphWriter)…`);
    const neo = await benchNeo4j({ heap: '2g', pagecache: '1g', log: ctx.log });
    let incrementalMs: number;
    let records = 0;
    try {
      const t = performance.now();
      let lastLog = 0;
      const r = await loadSeedNetwork(neo.db, { people, seed: 42 }, (p) => {
        if (p.elapsedMs - lastLog < 30_000) return;
        lastLog = p.elapsedMs;
        ctx.log(`  ${p.people}/${people} people, ${(p.elapsedMs / 1000).toFixed(0)} s`);
      });
      records = r.records;
      // The pipeline's incremental path also ends with schema in place; it was before the load.
      incrementalMs = performance.now() - t;
    } finally {
      await neo.close();
    }
    ctx.log(`${tag} people: bulk load (neo4j-admin)…`);
    let lastPhase = '';
    const t = performance.now();
    const bulk = await bulkLoadSeed(
      {
        home: path.join(ctx.tmpDir, `bulk-${tag}`, 'neo4j'),
        cacheDir,
        heap: '2g',
        pagecache: '1g',
        onProgress: (p) => {
          if (p.phase === lastPhase) return;
          lastPhase = p.phase;
          ctx.log(`  ${p.phase}: ${p.message}`);
        },
      },
      { people, seed: 42 },
    );
    const bulkMs = performance.now() - t;
    await bulk.db.close();
    await bulk.neo4j.stop();
    const detail = {
      people,
      records,
      incrementalSeconds: incrementalMs / 1000,
      bulkSeconds: bulkMs / 1000,
      bulkPhases: bulk.seconds,
      nodes: bulk.nodes,
      relationships: bulk.relationships,
      callSummaries: bulk.callSummaries,
      loadAverage: os.loadavg(),
    };
    ctx.log(JSON.stringify(detail));
    results.push(
      {
        id: `scale.bulk-load-minutes-${tag}`,
        value: bulkMs / 60_000,
        unit: 'min (records → CSVs → neo4j-admin → migrations → CALLS)',
        target: people >= 1_000_000 ? 30 : null,
        better: 'lower',
        reference: `the incremental ingest of the same ${records} records: ${(incrementalMs / 60_000).toFixed(1)} min`,
        detail,
      },
      {
        id: `scale.bulk-load-vs-incremental-${tag}`,
        value: incrementalMs / bulkMs,
        unit: 'x faster (incremental time / bulk time)',
        target: null,
        better: 'higher',
        reference: `GraphWriter's batched MERGE of the same seed network into a fresh store`,
        detail,
      },
    );
  }
  return results;
}

const suite: BenchSuite = {
  prefix: 'scale',
  description:
    'bulk load vs incremental ingest of the seed network; in-process Louvain (accumulate → worker thread → CompactGraph → Louvain) on growing networks',
  async run(ctx) {
    const parts = (process.env.BENCH_SCALE_PARTS ?? 'bulk,louvain').split(',');
    const bulkResults = parts.includes('bulk') ? await bulkVsIncremental(ctx) : [];
    if (!parts.includes('louvain')) return bulkResults;
    const sizes = (process.env.BENCH_SCALE_EDGES ?? '1000000,2000000,5000000,10000000,20000000')
      .split(',')
      .map(Number);
    const budget = Number(process.env.BENCH_SCALE_BUDGET_SECONDS ?? 120);
    const memoryBudget = Number(process.env.BENCH_SCALE_MEMORY_MIB ?? os.freemem() / 2 ** 21) * 2 ** 20;
    const bundle = await bundleSelf(SELF, ctx.tmpDir);
    const rows: SizeResult[] = [];
    let last: SizeResult | undefined;
    for (const edges of sizes) {
      // Louvain is a little worse than linear (more levels, more cache misses): scale by 1.5x.
      const grow = last ? edges / last.requestedEdges : 1;
      const predicted = last?.totalSeconds ? last.totalSeconds * grow * 1.5 : 0;
      const predictedRss = last?.peakRssBytes ? last.peakRssBytes * grow : 0;
      const skipped = !last
        ? undefined
        : !last.totalSeconds || last.failed
          ? 'a smaller size did not finish within the budget'
          : predicted > budget
            ? `predicted ${predicted.toFixed(0)} s > time budget ${budget} s`
            : predictedRss > memoryBudget
              ? `predicted ${(predictedRss / 2 ** 30).toFixed(1)} GiB > memory budget ${(memoryBudget / 2 ** 30).toFixed(1)} GiB`
              : undefined;
      if (skipped) {
        rows.push({ requestedEdges: edges, skipped });
        ctx.log(`${tagOf(edges)} ties skipped: ${skipped}`);
        continue;
      }
      ctx.log(`${tagOf(edges)} ties…`);
      let row: SizeResult;
      try {
        row = runJson<SizeResult>(process.execPath, [bundle, '--scale-child', String(edges)], budget * 2000);
      } catch (err) {
        row = { requestedEdges: edges, failed: (err as Error).message.slice(0, 300) };
      }
      if (row.totalSeconds !== undefined && row.totalSeconds > budget)
        row.failed = `took ${row.totalSeconds.toFixed(0)} s > budget ${budget} s`;
      ctx.log(JSON.stringify(row));
      rows.push(row);
      last = row;
    }
    const fit = rows.filter((r) => r.totalSeconds !== undefined && !r.failed);
    const largest = fit.reduce<SizeResult | undefined>(
      (a, r) => (!a || r.requestedEdges > a.requestedEdges ? r : a),
      undefined,
    );
    const limit = largest?.requestedEdges ?? 0;
    const detail = {
      budgetSeconds: budget,
      memoryBudgetBytes: memoryBudget,
      nodeOptions: process.env.NODE_OPTIONS ?? '',
      sizes: rows,
    };
    const results: BenchResult[] = [
      ...bulkResults,
      {
        id: 'scale.louvain-in-process-limit-edges',
        value: limit,
        unit: 'ties',
        target: null,
        better: 'higher',
        reference: `largest size run in-process within ${budget} s and ${(memoryBudget / 2 ** 30).toFixed(1)} GiB (default worker heap limit)`,
        detail,
      },
    ];
    const probeEdges = Number(process.env.BENCH_SCALE_HEAP_PROBE_EDGES ?? 2_000_000);
    const probe = rows.find((r) => r.requestedEdges === probeEdges && r.totalSeconds && !r.failed);
    if (probe?.workerHeapLimitBytes) {
      // Binary search for the least old-generation size (MiB) with which the worker finishes.
      let lo = 8;
      let hi = Math.ceil(probe.workerHeapLimitBytes / 2 ** 20);
      const tries: Array<{ maxOldMb: number; ok: boolean }> = [];
      while (hi - lo > 8) {
        const mid = Math.round((lo + hi) / 2);
        ctx.log(`${tagOf(probeEdges)} ties with a ${mid} MiB old generation…`);
        let ok = false;
        try {
          const r = runJson<SizeResult>(
            process.execPath,
            [bundle, '--scale-child', String(probeEdges), String(mid)],
            budget * 2000,
          );
          ok = r.totalSeconds !== undefined && !r.failed;
        } catch {
          ok = false;
        }
        tries.push({ maxOldMb: mid, ok });
        if (ok) hi = mid;
        else lo = mid;
      }
      const needBytes = hi * 2 ** 20;
      results.push({
        id: 'scale.louvain-heap-limit-edges-estimate',
        value: Math.floor((probe.workerHeapLimitBytes / needBytes) * probeEdges),
        unit: 'ties',
        target: null,
        better: 'higher',
        reference: `least old generation that runs ${tagOf(probeEdges)} ties (${hi} MiB, ${(needBytes / probeEdges).toFixed(0)} B a tie) scaled to the default heap limit (${(probe.workerHeapLimitBytes / 2 ** 20).toFixed(0)} MiB)`,
        detail: { probeEdges, leastOldGenerationMiB: hi, tries },
      });
    }
    for (const r of fit)
      results.push({
        id: `scale.louvain-in-process-seconds.${tagOf(r.requestedEdges)}`,
        value: r.totalSeconds!,
        unit: 's (accumulate + build + Louvain)',
        target: null,
        better: 'lower',
        reference: `the time budget (${budget} s); peak RSS ${((r.peakRssBytes ?? 0) / 2 ** 20).toFixed(0)} MiB`,
        detail: { ...r },
      });
    return results;
  },
};
export default suite;

if (!isMainThread && (workerData as { list?: EdgeList } | null)?.list) workerMain();
else if (process.argv[2] === '--scale-child')
  await child(Number(process.argv[3]), process.argv[4] ? Number(process.argv[4]) : undefined);
