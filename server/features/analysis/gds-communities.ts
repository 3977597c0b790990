// Louvain on Neo4j Graph Data Science. The association network is the API's own projection
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

/** Communities on GDS: Louvain in the database, then the key-player measures in the worker thread. */
export async function gdsCommunities(
  db: Db,
  input: { edges: EdgeList; seed: number; betweennessSamples: number },
  progress: Progress,
  signal: AbortSignal,
  keyPlayers: InWorker<GdsKeyPlayersInput, Omit<CommunitiesOutput, 'timings'>>,
): Promise<CommunitiesOutput> {
  const t0 = performance.now();
  progress(0.05, 'GDS: projecting and running Louvain in the database');
  const raw = await gdsLouvain(db, input.edges);
  checkAborted(signal);
  const t1 = performance.now();
  const out = await keyPlayers({ ...input, raw }, progress);
  return { ...out, timings: { gdsLouvainMs: t1 - t0, measuresMs: performance.now() - t1 } };
}
