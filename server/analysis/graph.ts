// Builds a graphology graph from an EdgeList in one pass, the fast way: node keys are created once,
// edges go straight in with addUndirectedEdge (no mergeEdge look-ups, no per-edge key strings), and
// unweighted edges share one frozen attribute object instead of allocating one each. graphology's
// naive build (mergeEdge per parsed line) is several times slower and holds much more memory.
import { UndirectedGraph } from 'graphology';
import type { EdgeList } from './edge-list.ts';

export type AnalysisGraph = UndirectedGraph<NodeAttrs, EdgeAttrs>;
export interface NodeAttrs {
  /** The node's integer id in the EdgeList it came from. */
  i: number;
}
export interface EdgeAttrs {
  weight?: number;
}

const UNWEIGHTED: EdgeAttrs = Object.freeze({});

export function buildGraph(list: EdgeList, opts: { keepIsolated?: boolean } = {}): AnalysisGraph {
  const graph = new UndirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false, multi: false });
  const { ids, src, dst, weight, edgeCount } = list;
  if (opts.keepIsolated ?? true) {
    for (let i = 0; i < ids.length; i++) graph.addNode(ids[i]!, { i });
  } else {
    for (let e = 0; e < edgeCount; e++) {
      const a = src[e]!;
      const b = dst[e]!;
      if (!graph.hasNode(ids[a]!)) graph.addNode(ids[a]!, { i: a });
      if (!graph.hasNode(ids[b]!)) graph.addNode(ids[b]!, { i: b });
    }
  }
  for (let e = 0; e < edgeCount; e++) {
    const a = src[e]!;
    const b = dst[e]!;
    if (a === b) continue;
    const attrs = weight ? { weight: weight[e]! } : UNWEIGHTED;
    try {
      graph.addUndirectedEdge(ids[a]!, ids[b]!, attrs);
    } catch {
      // A repeated pair in an input file: sum its weight into the existing edge.
      if (weight) {
        const key = graph.edge(ids[a]!, ids[b]!);
        if (key !== undefined) graph.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + weight[e]!);
      }
    }
  }
  return graph;
}

/** The naive build most code writes: mergeEdge per line, string ids. Kept for the benchmark. */
export function buildGraphNaive(lines: Iterable<[string, string, number?]>): AnalysisGraph {
  const graph = new UndirectedGraph<NodeAttrs, EdgeAttrs>();
  let i = 0;
  for (const [a, b, w] of lines) {
    if (a === b) continue;
    graph.mergeNode(a, { i: i++ });
    graph.mergeNode(b, { i: i++ });
    graph.mergeEdge(a, b, { weight: w ?? 1 });
  }
  return graph;
}
