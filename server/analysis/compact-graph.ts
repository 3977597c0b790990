// A compact, read-only undirected graph in CSR form (offsets + neighbour arrays), built from an
// EdgeList in two linear passes over typed arrays. Every measure here (components, betweenness,
// PageRank, takedown) runs on it directly.
//
// louvainView() exposes it through the read-only part of graphology's Graph interface that
// graphology-communities-louvain reads, so Louvain runs on it without first materialising a
// graphology Graph whose only use would be to be copied into Louvain's own CSR index.
import type { EdgeList } from './edge-list.ts';

export class CompactGraph {
  readonly ids: readonly string[];
  readonly n: number;
  readonly m: number;
  /** offsets[i]..offsets[i+1] index neighbours of node i in `adj` (and `adjW`). */
  readonly offsets: Int32Array;
  readonly adj: Int32Array;
  readonly adjW: Float64Array | undefined;
  /** The edges (src[e] – dst[e], weight[e]); the EdgeList's own arrays when it has no self-loop. */
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly weight: Float64Array | undefined;
  private keyIndex: Map<string, number> | undefined;

  constructor(list: EdgeList) {
    const { ids, edgeCount } = list;
    const n = ids.length;
    // Self-loops are dropped (the association network has none; an input file might). Without
    // any, the edge arrays are shared with the list rather than copied (16 bytes a tie).
    let m = 0;
    for (let e = 0; e < edgeCount; e++) if (list.src[e] !== list.dst[e]) m++;
    let { src, dst, weight } = list;
    if (m !== edgeCount || src.length !== m || dst.length !== m || (weight && weight.length !== m)) {
      src = new Int32Array(m);
      dst = new Int32Array(m);
      weight = list.weight ? new Float64Array(m) : undefined;
      for (let e = 0, k = 0; e < edgeCount; e++) {
        const a = list.src[e]!;
        const b = list.dst[e]!;
        if (a === b) continue;
        src[k] = a;
        dst[k] = b;
        if (weight) weight[k] = list.weight![e]!;
        k++;
      }
    }
    const deg = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      deg[src[e]!]!++;
      deg[dst[e]!]!++;
    }
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + deg[i]!;
    const fill = offsets.slice(0, n);
    const adj = new Int32Array(2 * m);
    const adjW = weight ? new Float64Array(2 * m) : undefined;
    for (let e = 0; e < m; e++) {
      const a = src[e]!;
      const b = dst[e]!;
      const pa = fill[a]!++;
      const pb = fill[b]!++;
      adj[pa] = b;
      adj[pb] = a;
      if (adjW) {
        adjW[pa] = weight![e]!;
        adjW[pb] = weight![e]!;
      }
    }
    this.ids = ids;
    this.n = n;
    this.m = m;
    this.offsets = offsets;
    this.adj = adj;
    this.adjW = adjW;
    this.src = src;
    this.dst = dst;
    this.weight = weight;
  }

  degree(i: number): number {
    return this.offsets[i + 1]! - this.offsets[i]!;
  }

  strength(i: number): number {
    if (!this.adjW) return this.degree(i);
    let s = 0;
    for (let p = this.offsets[i]!; p < this.offsets[i + 1]!; p++) s += this.adjW[p]!;
    return s;
  }

  indexOf(id: string): number | undefined {
    if (!this.keyIndex) {
      this.keyIndex = new Map();
      for (let i = 0; i < this.n; i++) this.keyIndex.set(this.ids[i]!, i);
    }
    return this.keyIndex.get(id);
  }
}

/**
 * The read-only part of graphology's Graph API that graphology-communities-louvain reads (identity
 * fields for isGraph()/inferType(), order, size, forEachNode, undirectedDegreeWithoutSelfLoops,
 * forEachEdge), over a CompactGraph. Node keys are the dense indices 0..n-1, not the string ids:
 * the library keys a plain object by node (its node → index map, and the communities it returns),
 * and integer keys keep those objects as fast arrays of elements, where string ids such as
 * "Person:…" make them dictionaries — about 25 % slower and 25 MB more heap at 1M ties
 * (docs/analysis.md). tests/unit/analysis-louvain.test.ts checks that it gives the same partition
 * as a real graphology Graph for the same seed. Mutating methods throw.
 */
export interface LouvainGraphView {
  readonly type: 'undirected';
  readonly multi: false;
  readonly allowSelfLoops: false;
  readonly selfLoopCount: 0;
  readonly directedSize: 0;
  readonly order: number;
  readonly size: number;
  readonly undirectedSize: number;
  forEachNode(cb: (node: number, attrs: Record<string, never>) => void): void;
  undirectedDegreeWithoutSelfLoops(node: number): number;
  forEachEdge(
    cb: (
      edge: string,
      attrs: { weight: number },
      source: number,
      target: number,
      sa: Record<string, never>,
      ta: Record<string, never>,
      undirected: boolean,
    ) => void,
  ): void;
  addUndirectedEdgeWithKey(): never;
  dropNode(): never;
  setNodeAttribute(): never;
}

const readOnly = (): never => {
  throw new Error('CompactGraph: the Louvain view is read-only.');
};

export function louvainView(g: CompactGraph): LouvainGraphView {
  const empty = {} as Record<string, never>;
  return {
    type: 'undirected',
    multi: false,
    allowSelfLoops: false,
    selfLoopCount: 0,
    directedSize: 0,
    order: g.n,
    size: g.m,
    undirectedSize: g.m,
    forEachNode(cb) {
      for (let i = 0; i < g.n; i++) cb(i, empty);
    },
    undirectedDegreeWithoutSelfLoops(i) {
      return g.offsets[i + 1]! - g.offsets[i]!;
    },
    forEachEdge(cb) {
      // One scratch attribute object (the weight getter reads it synchronously) and no edge keys:
      // Louvain's weight getter reads only the attributes.
      const attrs = { weight: 1 };
      const { src, dst, weight, m } = g;
      for (let e = 0; e < m; e++) {
        if (weight) attrs.weight = weight[e]!;
        cb('', attrs, src[e]!, dst[e]!, empty, empty, true);
      }
    },
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
    setNodeAttribute: readOnly,
  };
}
