// Louvain or Leiden on Neo4j Graph Data Science. The association network is the API's own projection
// (server/features/analysis/projection.ts), projected into GDS by gds-graph.ts; GDS Louvain runs in
// the database and streams the membership back; the in-memory GDS graph is always dropped. The
// communities job (server/jobs/analysis-jobs.ts) then computes the key-player measures from the
// same edge list and this membership in the worker thread (gds-tasks.ts), with the same code as
// the graphology engine, so both engines' runs are written back by the same code.
import type { Db } from '../../db/db.ts';
import type { EdgeList } from '../../analysis/edge-list.ts';
import type { CommunitiesOutput, Progress } from '../../analysis/tasks.ts';
import { checkAborted, streamNodeValues, withEdgeGraph, type InWorker } from './gds-graph.ts';
import type { GdsKeyPlayersInput } from './gds-tasks.ts';

/** GDS Leiden settings: seeded and single-threaded so that a rerun gives the same result. */
export const LEIDEN = { maxLevels: 10, concurrency: 1 };

/** The community algorithms: Louvain (graphology or GDS) and Leiden (GDS only). */
export const COMMUNITY_ALGORITHMS = ['LOUVAIN', 'LEIDEN'] as const;
export type CommunityAlgorithm = (typeof COMMUNITY_ALGORITHMS)[number];

/** Leiden membership of a projected graph (gamma = resolution), -1 for nodes not in it. */
export async function leidenOn(
  db: Db,
  graph: string | null,
  n: number,
  gamma: number,
  seed: number,
): Promise<Int32Array> {
  const raw = new Int32Array(n).fill(-1);
  if (graph) {
    await streamNodeValues(
      db,
      'leiden-stream',
      { graph, gamma, randomSeed: seed, ...LEIDEN },
      'communityId',
      raw,
    );
  }
  return raw;
}

/** GDS Louvain settings: GDS 2.13 defaults, single-threaded so that a rerun gives the same result. */
export const LOUVAIN = { maxLevels: 10, maxIterations: 10, tolerance: 0.0001, concurrency: 1 };

/** Louvain membership of a projected graph: raw GDS community ids per node index, -1 if not in it. */
export async function louvainOn(db: Db, graph: string | null, n: number): Promise<Int32Array> {
  const raw = new Int32Array(n).fill(-1);
  if (graph) await streamNodeValues(db, 'louvain-stream', { graph, ...LOUVAIN }, 'communityId', raw);
  return raw;
}

/** Nodes GDS never saw (no ties) each form a community of their own; GDS ids are >= 0. */
export function isolatedOwnCommunities(raw: Int32Array): Int32Array {
  for (let i = 0; i < raw.length; i++) if (raw[i]! < 0) raw[i] = -1 - i;
  return raw;
}

/** Louvain membership from GDS: raw community ids per node index (isolated nodes: own community). */
export async function gdsLouvain(db: Db, edges: EdgeList): Promise<Int32Array> {
  const raw = await withEdgeGraph(db, 'communities', edges, (graph) =>
    louvainOn(db, graph, edges.ids.length),
  );
  return isolatedOwnCommunities(raw);
}

/**
 * Communities on GDS: Louvain or Leiden in the database (for a Leiden consensus, one more Leiden per
 * consensus seed on the same projected graph), then in the worker thread the connectivity check,
 * the consensus (GDS Louvain being deterministic, its consensus runs the in-process Louvain with the
 * seeds) and the key-player measures.
 */
export async function gdsCommunities(
  db: Db,
  input: {
    edges: EdgeList;
    seed: number;
    betweennessSamples: number;
    algorithm?: CommunityAlgorithm;
    resolution?: number;
    consensusSeeds?: number[];
  },
  progress: Progress,
  signal: AbortSignal,
  keyPlayers: InWorker<GdsKeyPlayersInput, Omit<CommunitiesOutput, 'timings'>>,
): Promise<CommunitiesOutput> {
  const t0 = performance.now();
  const leiden = input.algorithm === 'LEIDEN';
  const resolution = input.resolution ?? 1;
  const seeds = input.consensusSeeds ?? [];
  const n = input.edges.ids.length;
  progress(0.05, `GDS: projecting and running ${leiden ? 'Leiden' : 'Louvain'} in the database`);
  const { raw, raws } = await withEdgeGraph(db, 'communities', input.edges, async (graph) => {
    if (!leiden) return { raw: await louvainOn(db, graph, n), raws: [] as Int32Array[] };
    const first = await leidenOn(db, graph, n, resolution, input.seed);
    const others: Int32Array[] = [];
    for (const [k, seed] of seeds.entries()) {
      checkAborted(signal);
      progress(
        0.05 + (0.2 * (k + 1)) / seeds.length,
        `GDS: Leiden consensus, seed ${k + 1} of ${seeds.length}`,
      );
      others.push(isolatedOwnCommunities(await leidenOn(db, graph, n, resolution, seed)));
    }
    return { raw: first, raws: others };
  });
  isolatedOwnCommunities(raw);
  checkAborted(signal);
  const t1 = performance.now();
  const { edges, seed, betweennessSamples } = input;
  const out = await keyPlayers(
    {
      edges,
      seed,
      betweennessSamples,
      raw,
      resolution: leiden ? resolution : 1,
      ...(leiden ? { consensusRaws: raws, consensusSeeds: seeds } : { consensusSeeds: seeds }),
    },
    progress,
  );
  const key = leiden ? 'gdsLeidenMs' : 'gdsLouvainMs';
  return { ...out, timings: { [key]: t1 - t0, measuresMs: performance.now() - t1 } };
}
