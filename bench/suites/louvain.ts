// Louvain against python3-igraph's community_multilevel on the same graphs (LFR-like, mixing 0.3;
// 100k and 1M edges), both reading the same edge-list files. Each side runs in fresh processes of
// its own and measures its own graph build (read + parse + structure), Louvain time and peak memory.
//
// How each side is timed (the same for both):
// - P processes per side, alternating igraph / ours (the machine is shared); in each, the graph is
//   built once and Louvain runs R times on it (P = 3, R = 15 up to 200k edges; P = 1, R = 3
//   above). `louvain.time-vs-igraph` is the median of all P·R runs of each side: the algorithm's
//   steady-state time. igraph's C code needs no warm-up; ours is JIT-compiled, and its first few
//   runs in a process also pay V8's compilation of the library (the first run about 40 ms more at
//   100k edges, whatever the graph's size; on a loaded machine the optimised code arrives later),
//   so R is large enough for the median to be a warm run. The first run is what one job pays in
//   a fresh worker thread, so it is reported too, as `louvain.cold-time-vs-igraph` (median over
//   the processes of each side's first run), with no target.
// - igraph's multilevel visits nodes in a random order, so its runs differ; ours is seeded.
// - The detail also has each side's median CPU time per run (process-wide: for ours it includes
//   V8's compiler and GC threads) and their ratio, which a loaded machine disturbs less than the
//   wall-clock time.
// - Build: median over the processes. Peak memory: the process's VmHWM (/proc/self/status) after
//   the build and the first Louvain run, median over the processes. Not getrusage's ru_maxrss: on
//   Linux it keeps the high-water mark across fork + exec, so a child spawned by this (70 MB) bench
//   process reads at least 70 MB whatever it does, which compressed the ratio towards 1.
// - Our child runs as plain JavaScript (the suite bundled by esbuild, which tsx ships with), as
//   python runs igraph: no TypeScript loader thread in the process (tsx's adds about 34 MB).
//
// This file is also the child process that measures our side:
//   node <bundle> --louvain-child <edge-list> <repeats> [graphology]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompactGraph } from '../../server/analysis/compact-graph.ts';
import { parseEdgeList } from '../../server/analysis/edge-list.ts';
import { buildGraph } from '../../server/analysis/graph.ts';
import { louvain } from '../../server/analysis/louvain.ts';
import { seededRng } from '../../server/analysis/rng.ts';
import type { BenchResult, BenchSuite } from '../types.ts';

const PYTHON = process.env.CRIMEGRAPH_PYTHON ?? '/usr/bin/python3';
const SELF = fileURLToPath(import.meta.url);

const IGRAPH = `
import sys, json, time, re
import igraph
def status(key):
    try:
        with open('/proc/self/status') as f:
            return int(re.search(key + r':\\s+(\\d+) kB', f.read()).group(1)) * 1024
    except (OSError, AttributeError):
        return 0
repeats = int(sys.argv[2])
base = status('VmRSS')
t0 = time.perf_counter()
g = igraph.Graph.Read_Edgelist(sys.argv[1], directed=False)
t1 = time.perf_counter()
runs = []
cpu = []
for r in range(repeats):
    a = time.perf_counter()
    ac = time.process_time()
    c = g.community_multilevel()
    runs.append(time.perf_counter() - a)
    cpu.append(time.process_time() - ac)
    if r == 0:
        peak = status('VmHWM')
        first = c
print(json.dumps({"buildSeconds": t1 - t0, "louvainRuns": runs, "louvainCpuRuns": cpu, "modularity": first.modularity,
  "communities": len(first), "nodes": g.vcount(), "edges": g.ecount(),
  "peakRssBytes": peak, "baselineRssBytes": base}))
`;

/** A field of /proc/self/status in bytes (0 where there is no /proc). */
export function procStatus(key: 'VmHWM' | 'VmRSS'): number {
  try {
    const m = new RegExp(`${key}:\\s+(\\d+) kB`).exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Bundles this suite's file (with the analysis code and graphology) into one plain-JS module. */
export async function bundleSelf(file: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(file, '.ts')}-child.mjs`);
  // Imported here, not at the top: the bundle itself must not need esbuild.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [file],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['esbuild'],
    logLevel: 'error',
    // graphology's CommonJS modules call require() for node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/**
 * LFR-like ties among edges / 10 nodes: power-law community sizes (20..400); each draw picks a
 * node and a partner inside its community with probability 1 − mu, else anywhere (loops and
 * repeats possible: callers skip them). `rng` drives both the sizes and the draws.
 */
export function lfrLike(
  edges: number,
  mu: number,
  rng: () => number,
): { n: number; draw(): [number, number] } {
  const n = Math.round(edges / 10);
  const comm = new Int32Array(n);
  const starts: number[] = [];
  for (let i = 0; i < n;) {
    const size = Math.min(n - i, Math.round(20 * (1 - rng()) ** (-1 / 1.5)) || 20, 400);
    starts.push(i);
    for (let k = 0; k < size; k++) comm[i + k] = starts.length - 1;
    i += size;
  }
  starts.push(n);
  return {
    n,
    draw() {
      const a = Math.floor(rng() * n);
      if (rng() < mu) return [a, Math.floor(rng() * n)];
      const c = comm[a]!;
      return [a, starts[c]! + Math.floor(rng() * (starts[c + 1]! - starts[c]!))];
    },
  };
}

/** An LFR-like graph (lfrLike) without loops or repeated pairs, written as "a b" lines. */
export function writeLfrLike(file: string, edges: number, mu: number, seed: number): void {
  const { n, draw } = lfrLike(edges, mu, seededRng(seed));
  const seen = new Set<number>();
  const out = fs.openSync(file, 'w');
  let buf = '';
  let m = 0;
  while (m < edges) {
    const [a, b] = draw();
    if (a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    buf += `${a} ${b}\n`;
    m++;
    if (buf.length > 1 << 20) {
      fs.writeSync(out, buf);
      buf = '';
    }
  }
  fs.writeSync(out, buf);
  fs.closeSync(out);
}

function child(file: string, repeats: number, mode: string | undefined): void {
  const base = procStatus('VmRSS');
  const t0 = performance.now();
  const list = parseEdgeList(fs.readFileSync(file));
  if (mode === 'graphology') {
    const g = buildGraph(list);
    const t1 = performance.now();
    console.log(JSON.stringify({ buildSeconds: (t1 - t0) / 1000, nodes: g.order, edges: g.size }));
    return;
  }
  const g = new CompactGraph(list);
  const t1 = performance.now();
  const runs: number[] = [];
  const cpu: number[] = [];
  let peak = 0;
  let first: ReturnType<typeof louvain> | undefined;
  for (let r = 0; r < repeats; r++) {
    const a = performance.now();
    const ac = process.cpuUsage();
    const p = louvain(g, { seed: 42, weighted: false });
    runs.push((performance.now() - a) / 1000);
    const dc = process.cpuUsage(ac);
    cpu.push((dc.user + dc.system) / 1e6);
    if (r === 0) {
      peak = procStatus('VmHWM') || process.resourceUsage().maxRSS * 1024;
      first = p;
    }
  }
  console.log(
    JSON.stringify({
      buildSeconds: (t1 - t0) / 1000,
      louvainRuns: runs,
      louvainCpuRuns: cpu,
      modularity: first!.modularity,
      communities: first!.count,
      nodes: g.n,
      edges: g.m,
      peakRssBytes: peak,
      baselineRssBytes: base,
    }),
  );
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

interface SideRun {
  buildSeconds: number;
  louvainRuns: number[];
  louvainCpuRuns: number[];
  modularity: number;
  communities: number;
  nodes: number;
  edges: number;
  peakRssBytes: number;
  baselineRssBytes: number;
}

/** One side's summary over its processes: medians, as described at the top of the file. */
function summarize(runs: SideRun[]): Record<string, number> {
  const all = runs.flatMap((r) => r.louvainRuns);
  return {
    louvainSeconds: median(all),
    louvainCpuSeconds: median(runs.flatMap((r) => r.louvainCpuRuns)),
    coldLouvainSeconds: median(runs.map((r) => r.louvainRuns[0]!)),
    minLouvainSeconds: Math.min(...all),
    maxLouvainSeconds: Math.max(...all),
    buildSeconds: median(runs.map((r) => r.buildSeconds)),
    peakRssBytes: median(runs.map((r) => r.peakRssBytes)),
    baselineRssBytes: median(runs.map((r) => r.baselineRssBytes)),
    modularity: runs[0]!.modularity,
    communities: runs[0]!.communities,
    nodes: runs[0]!.nodes,
    edges: runs[0]!.edges,
    processes: runs.length,
    louvainRunsPerProcess: runs[0]!.louvainRuns.length,
  };
}

export function runJson<T = Record<string, number>>(cmd: string, args: string[], timeoutMs = 1_800_000): T {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: timeoutMs });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  const lines = r.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as T;
}

const suite: BenchSuite = {
  prefix: 'louvain',
  description:
    'graphology Louvain (compact CSR graph) vs python3-igraph community_multilevel, same edge lists',
  async run(ctx) {
    const results: BenchResult[] = [];
    const sizes = (process.env.BENCH_LOUVAIN_EDGES ?? '100000,1000000').split(',').map(Number);
    const bundle = await bundleSelf(SELF, ctx.tmpDir);
    for (const edges of sizes) {
      const file = path.join(ctx.tmpDir, `lfr-${edges}.el`);
      ctx.log(`generating an LFR-like graph with ${edges} edges (mixing 0.3)`);
      writeLfrLike(file, edges, 0.3, 7);
      const small = edges <= 200_000;
      const processes = Number(process.env.BENCH_LOUVAIN_PROCESSES ?? (small ? 3 : 1));
      const repeats = Number(process.env.BENCH_LOUVAIN_REPEATS ?? (small ? 15 : 3));
      const igRuns: SideRun[] = [];
      const ourRuns: SideRun[] = [];
      for (let r = 0; r < processes; r++) {
        ctx.log(`igraph (process ${r + 1}/${processes}, ${repeats} runs)…`);
        igRuns.push(runJson<SideRun>(PYTHON, ['-c', IGRAPH, file, String(repeats)]));
        ctx.log(`ours (process ${r + 1}/${processes}, ${repeats} runs)…`);
        ourRuns.push(runJson<SideRun>(process.execPath, [bundle, '--louvain-child', file, String(repeats)]));
      }
      const ig = summarize(igRuns);
      const ours = summarize(ourRuns);
      const naive = runJson(process.execPath, [bundle, '--louvain-child', file, '1', 'graphology']);
      const detail = {
        edges,
        nodes: ours.nodes,
        method: `median of ${processes}x${repeats} runs per side; cold = median of first runs; memory = VmHWM after build + first run`,
        // Inherited by our child (V8 flags such as --max-semi-space-size change its time and memory).
        nodeOptions: process.env.NODE_OPTIONS ?? '',
        cpuTimeRatio: ours.louvainCpuSeconds! / ig.louvainCpuSeconds!,
        ours: { ...ours, graphologyGraphBuildSeconds: naive.buildSeconds },
        igraph: ig,
      };
      const tag = edges >= 1_000_000 ? `${edges / 1_000_000}M` : `${edges / 1000}k`;
      results.push(
        {
          id: `louvain.time-vs-igraph.${tag}`,
          value: ours.louvainSeconds! / ig.louvainSeconds!,
          unit: 'x igraph time',
          target: 1.0,
          better: 'lower',
          reference: `igraph community_multilevel on the same ${tag}-edge file (median of all runs)`,
          detail,
        },
        {
          id: `louvain.cold-time-vs-igraph.${tag}`,
          value: ours.coldLouvainSeconds! / ig.coldLouvainSeconds!,
          unit: 'x igraph time',
          target: null,
          better: 'lower',
          reference: `igraph's first community_multilevel in a process (ours: first run, JIT cold)`,
          detail,
        },
        {
          id: `louvain.build-vs-igraph.${tag}`,
          value: ours.buildSeconds! / ig.buildSeconds!,
          unit: 'x igraph build',
          target: 3.0,
          better: 'lower',
          reference: `igraph Read_Edgelist of the same ${tag}-edge file`,
          detail,
        },
        {
          id: `louvain.memory-vs-igraph.${tag}`,
          value: ours.peakRssBytes! / ig.peakRssBytes!,
          unit: 'x igraph peak RSS',
          target: 3.0,
          better: 'lower',
          reference: `igraph process VmHWM (read + multilevel) on the same ${tag}-edge file`,
          detail,
        },
      );
    }
    return results;
  },
};
export default suite;

if (process.argv[2] === '--louvain-child')
  child(process.argv[3]!, Number(process.argv[4] ?? 1), process.argv[5]);
