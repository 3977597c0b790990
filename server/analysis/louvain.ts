// Community detection with graphology-communities-louvain: resolution, a seeded RNG so a run is
// reproducible, and the modularity of the result. Every community returned is connected (a
// disconnected one is split, server/analysis/connectivity.ts).
import louvainModule from 'graphology-communities-louvain';
import type { DetailedLouvainOutput, LouvainOptions } from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import { type CompactGraph, louvainView } from './compact-graph.ts';
import { type Connectivity, splitDisconnected } from './connectivity.ts';
import { relabelBySize } from './relabel.ts';
import { seededRng } from './rng.ts';

export { relabelBySize } from './relabel.ts';

// The package is CommonJS: under NodeNext its default import is module.exports itself.
const louvainLib = louvainModule as unknown as {
  detailed(graph: AbstractGraph, options?: LouvainOptions): DetailedLouvainOutput;
};

export interface LouvainParams {
  /** Higher finds more, smaller communities; 1 is standard modularity. */
  resolution?: number;
  seed?: number;
  /** Use edge weights (default true). */
  weighted?: boolean;
}

export interface Partition {
  /** Community index of node i (dense, 0..count-1, largest community first). */
  membership: Int32Array;
  count: number;
  modularity: number;
  resolution: number;
  seed: number;
  /** The connectivity check: communities found disconnected were split into their connected parts. */
  connectivity: Connectivity;
}

export function louvain(graph: CompactGraph, params: LouvainParams = {}): Partition {
  const resolution = params.resolution ?? 1;
  const seed = params.seed ?? 42;
  if (!(resolution > 0)) throw new RangeError(`louvain: resolution must be > 0, got ${resolution}.`);
  const weighted = (params.weighted ?? true) && graph.weight !== undefined;
  // The view's node keys are the indices 0..n-1, so the communities come back keyed by index.
  const result = louvainLib.detailed(louvainView(graph) as unknown as AbstractGraph, {
    resolution,
    rng: seededRng(seed),
    getEdgeWeight: weighted ? 'weight' : null,
    randomWalk: true,
  });
  const raw = new Int32Array(graph.n);
  for (let i = 0; i < graph.n; i++) raw[i] = result.communities[i] ?? -1;
  const dense = relabelBySize(raw);
  // Louvain can leave a community internally disconnected (Traag et al. 2019): split it.
  const { membership, count, connectivity } = splitDisconnected(graph, dense.membership);
  const q = connectivity.disconnected ? modularity(graph, membership, resolution) : result.modularity;
  return { membership, count, modularity: q, resolution, seed, connectivity };
}

/** Modularity of a partition on a weighted undirected graph (Newman), with resolution. */
export function modularity(graph: CompactGraph, membership: Int32Array, resolution = 1): number {
  let total = 0;
  const k = new Float64Array(graph.n);
  for (let i = 0; i < graph.n; i++) {
    k[i] = graph.strength(i);
    total += k[i]!;
  }
  if (total === 0) return 0;
  const m2 = total;
  let inside = 0;
  const tot = new Map<number, number>();
  for (let e = 0; e < graph.m; e++) {
    const a = graph.src[e]!;
    const b = graph.dst[e]!;
    if (membership[a] === membership[b]) inside += 2 * (graph.weight ? graph.weight[e]! : 1);
  }
  for (let i = 0; i < graph.n; i++) tot.set(membership[i]!, (tot.get(membership[i]!) ?? 0) + k[i]!);
  let expected = 0;
  for (const t of tot.values()) expected += t * t;
  return inside / m2 - (resolution * expected) / (m2 * m2);
}
