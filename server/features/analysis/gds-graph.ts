// The association network as an in-memory Neo4j Graph Data Science graph. The network is the API's
// own projection (server/features/analysis/projection.ts: one definition of the evidence weights,
// window, call decay and minimum confidence for every engine); its weighted undirected edge list
// goes to GDS as node indices, so every GDS node id is the index of the same person in the
// EdgeList, and every streamed result maps straight back onto it.
//
// Transport: the edges travel as text chunks of CHUNK_EDGES edges ("s,t,w;s,t,w;…",
// cypher/gds/project-edge-text.cypher) rather than as three parameter lists of boxed numbers
// (cypher/gds/project-edges.cypher, the first version): the driver encodes a few hundred strings
// instead of millions of Integer objects, and the database holds compact strings it splits one
// chunk at a time (bench: `npm run bench -- job`, row job.gds-projection).
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/db.ts';
import type { EdgeList } from '../../analysis/edge-list.ts';
import { gdsRun } from './gds.ts';

/** Edges per text chunk. */
export const CHUNK_EDGES = 20_000;

export type GdsTransport = 'text' | 'lists';

/**
 * The edge list as text chunks "src,dst,weight;…" (weights in shortest round-trip form: exact).
 * Yields to the event loop between chunks: on millions of ties the formatting takes a second or
 * more, and the API must keep answering meanwhile.
 */
export async function edgeTextChunks(edges: EdgeList, chunkEdges = CHUNK_EDGES): Promise<string[]> {
  const chunks: string[] = [];
  const m = edges.edgeCount;
  for (let start = 0; start < m; start += chunkEdges) {
    const end = Math.min(m, start + chunkEdges);
    const parts = new Array<string>(end - start);
    for (let e = start; e < end; e++) {
      const w = edges.weight ? edges.weight[e]! : 1;
      parts[e - start] = `${edges.src[e]},${edges.dst[e]},${w}`;
    }
    chunks.push(parts.join(';'));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return chunks;
}

/** Projects the edge list into GDS as `graph`. Nodes without ties are not in the GDS graph. */
export async function projectEdges(
  db: Db,
  graph: string,
  edges: EdgeList,
  transport: GdsTransport = 'text',
): Promise<{ nodeCount: number; relationshipCount: number }> {
  let out = { nodeCount: 0, relationshipCount: 0 };
  const keep = (r: Record<string, unknown>) => {
    out = { nodeCount: Number(r.nodeCount ?? 0), relationshipCount: Number(r.relationshipCount ?? 0) };
  };
  const m = edges.edgeCount;
  if (transport === 'text') {
    await gdsRun(db, 'project-edge-text', { graph, chunks: await edgeTextChunks(edges) }, keep);
  } else {
    await gdsRun(
      db,
      'project-edges',
      {
        graph,
        src: Array.from(edges.src.subarray(0, m)),
        dst: Array.from(edges.dst.subarray(0, m)),
        weight: edges.weight ? Array.from(edges.weight.subarray(0, m)) : new Array<number>(m).fill(1),
      },
      keep,
    );
  }
  return out;
}

/** A unique GDS graph name for one use. */
export const graphName = (purpose: string) => `crimegraph-${purpose}-${randomUUID()}`;

/** Drops a GDS graph, ignoring a graph that is already gone. */
export async function dropGraph(db: Db, graph: string): Promise<void> {
  await gdsRun(db, 'drop-graph', { graph }).catch(() => undefined);
}

/**
 * Projects the edge list, hands the graph's name to `fn`, and always drops the graph (also when
 * `fn` fails or the job is cancelled). With no edges `fn` gets null: GDS cannot project an empty
 * graph, and every caller treats that case as "everyone is on their own".
 */
export async function withEdgeGraph<T>(
  db: Db,
  purpose: string,
  edges: EdgeList,
  fn: (graph: string | null) => Promise<T>,
): Promise<T> {
  if (edges.edgeCount === 0) return fn(null);
  const graph = graphName(purpose);
  try {
    await projectEdges(db, graph, edges);
    return await fn(graph);
  } finally {
    await dropGraph(db, graph);
  }
}

/** Streams a per-node GDS result (nodeId, <column>) into an array indexed by node index. */
export async function streamNodeValues(
  db: Db,
  statement: string,
  params: Record<string, unknown>,
  column: string,
  into: { [i: number]: number; length: number },
): Promise<void> {
  const n = into.length;
  await gdsRun(db, statement, params, (row) => {
    const i = Number(row.nodeId);
    if (i >= 0 && i < n) into[i] = Number(row[column]);
  });
}

/**
 * Runs one of gds-tasks.ts's pure tasks in the worker thread (the job passes it in: features do not
 * import the job runner), reporting progress; rejects when the job is cancelled.
 */
export type InWorker<I, O> = (input: I, progress: (fraction: number, message: string) => void) => Promise<O>;

export function checkAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('cancelled');
}
