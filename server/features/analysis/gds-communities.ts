// Community detection pushed down to Neo4j Graph Data Science. The association network is the API's
// own projection (server/features/analysis/projection.ts: same evidence weights, time window, call
// decay and minimum confidence as the graphology engine), handed to GDS as one weighted undirected
// edge list (cypher/gds/project-edges.cypher); GDS Louvain runs in the database and streams the
// membership back. The in-memory GDS graph is always dropped. The node measures (degree, strength,
// PageRank, sampled betweenness, brokers) are then computed in-process from the same edge list and
// the GDS membership, with the same code as the graphology engine, so both engines' runs are written
// back by the same code and can be compared field by field.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/db.ts';
import { CompactGraph } from '../../analysis/compact-graph.ts';
import type { EdgeList } from '../../analysis/edge-list.ts';
import { modularity, relabelBySize } from '../../analysis/louvain.ts';
import { keyPlayerMeasures, type CommunitiesOutput, type Progress } from '../../analysis/tasks.ts';
import { gdsRun } from './gds.ts';

export interface GdsCommunitiesInput {
  edges: EdgeList;
  seed: number;
  betweennessSamples: number;
}

/** GDS Louvain settings: GDS 2.13 defaults, single-threaded so that a rerun gives the same result. */
const LOUVAIN = { maxLevels: 10, maxIterations: 10, tolerance: 0.0001, concurrency: 1 };

function checkAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('cancelled');
}

/** Louvain membership from GDS: raw community ids per node index (isolated nodes: own community). */
export async function gdsLouvain(db: Db, edges: EdgeList): Promise<Int32Array> {
  const n = edges.ids.length;
  const raw = new Int32Array(n).fill(-1);
  if (edges.edgeCount > 0) {
    const graph = `crimegraph-communities-${randomUUID()}`;
    try {
      const m = edges.edgeCount;
      await gdsRun(db, 'project-edges', {
        graph,
        src: Array.from(edges.src.subarray(0, m)),
        dst: Array.from(edges.dst.subarray(0, m)),
        weight: edges.weight ? Array.from(edges.weight.subarray(0, m)) : new Array<number>(m).fill(1),
      });
      await gdsRun(db, 'louvain-stream', { graph, ...LOUVAIN }, (row) => {
        const i = Number(row.nodeId);
        if (i >= 0 && i < n) raw[i] = Number(row.communityId);
      });
    } finally {
      await gdsRun(db, 'drop-graph', { graph }).catch(() => undefined);
    }
  }
  // Nodes GDS never saw (no ties) each form a community of their own; GDS ids are >= 0.
  for (let i = 0; i < n; i++) if (raw[i]! < 0) raw[i] = -1 - i;
  return raw;
}

export async function gdsCommunities(
  db: Db,
  input: GdsCommunitiesInput,
  progress: Progress,
  signal?: AbortSignal,
): Promise<CommunitiesOutput> {
  const t0 = performance.now();
  progress(0.05, 'GDS: projecting and running Louvain in the database');
  const raw = await gdsLouvain(db, input.edges);
  checkAborted(signal);
  const t1 = performance.now();
  const g = new CompactGraph(input.edges);
  const { membership, count } = relabelBySize(raw);
  const q = modularity(g, membership, 1);
  progress(0.4, `${count} communities, modularity ${q.toFixed(3)}`);
  const measures = keyPlayerMeasures(g, membership, input, progress, () => checkAborted(signal));
  const t2 = performance.now();
  return {
    membership,
    count,
    modularity: q,
    ...measures,
    timings: { gdsLouvainMs: t1 - t0, measuresMs: t2 - t1 },
  };
}
