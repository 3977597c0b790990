// A compact, read-only undirected graph in CSR form (offsets + neighbour arrays), built from an
// EdgeList in two linear passes over typed arrays. Every measure here (components, betweenness,
// PageRank, takedown) runs on it directly.
//
// It also implements the read-only part of graphology's Graph interface that
// graphology-communities-louvain reads (order, size, forEachNode, forEachEdge, degree), so the
// Louvain implementation runs on it without first materialising a graphology Graph whose only use
// would be to be copied into Louvain's own CSR index. tests/unit/analysis-louvain.test.ts checks
// that both give identical partitions for the same seed. Mutating methods throw.
import type { EdgeList } from './edge-list.ts';

export class CompactGraph {
  readonly ids: readonly string[];
  readonly n: number;
  readonly m: number;
  /** offsets[i]..offsets[i+1] index neighbours of node i in `adj` (and `adjW`, `adjE`). */
  readonly offsets: Int32Array;
  readonly adj: Int32Array;
  readonly adjW: Float64Array | undefined;
  /** The edge index of each adjacency slot. */
  readonly adjE: Int32Array;
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly weight: Float64Array | undefined;
  private keyIndex: Map<string, number> | undefined;

  // graphology identity, read by isGraph()/inferType().
  readonly type = 'undirected' as const;
  readonly multi = false;
  readonly allowSelfLoops = false;
  readonly selfLoopCount = 0;
  readonly directedSize = 0;

  constructor(list: EdgeList) {
    const { ids, edgeCount } = list;
    const n = ids.length;
    // Self-loops are dropped (the association network has none; an input file might).
    let m = 0;
    for (let e = 0; e < edgeCount; e++) if (list.src[e] !== list.dst[e]) m++;
    const src = new Int32Array(m);
    const dst = new Int32Array(m);
    const weight = list.weight ? new Float64Array(m) : undefined;
    const deg = new Int32Array(n + 1);
    for (let e = 0, k = 0; e < edgeCount; e++) {
      const a = list.src[e]!;
      const b = list.dst[e]!;
      if (a === b) continue;
      src[k] = a;
      dst[k] = b;
      if (weight) weight[k] = list.weight![e]!;
      deg[a]!++;
      deg[b]!++;
      k++;
    }
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + deg[i]!;
    const fill = offsets.slice(0, n);
    const adj = new Int32Array(2 * m);
    const adjE = new Int32Array(2 * m);
    const adjW = weight ? new Float64Array(2 * m) : undefined;
    for (let e = 0; e < m; e++) {
      const a = src[e]!;
      const b = dst[e]!;
      const pa = fill[a]!++;
      const pb = fill[b]!++;
      adj[pa] = b;
      adj[pb] = a;
      adjE[pa] = e;
      adjE[pb] = e;
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
    this.adjE = adjE;
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

  // ---- the graphology read-only surface used by graphology-communities-louvain ----

  get order(): number {
    return this.n;
  }

  get size(): number {
    return this.m;
  }

  get undirectedSize(): number {
    return this.m;
  }

  forEachNode(cb: (node: string, attrs: Record<string, never>) => void): void {
    const empty = {} as Record<string, never>;
    for (let i = 0; i < this.n; i++) cb(this.ids[i]!, empty);
  }

  undirectedDegreeWithoutSelfLoops(node: string): number {
    const i = this.indexOf(node);
    if (i === undefined) throw new Error(`CompactGraph: no node "${node}".`);
    return this.degree(i);
  }

  forEachEdge(
    cb: (
      edge: string,
      attrs: { weight: number },
      source: string,
      target: string,
      sa: Record<string, never>,
      ta: Record<string, never>,
      undirected: boolean,
    ) => void,
  ): void {
    // One scratch attribute object (the callback reads the weight synchronously) and no edge keys:
    // Louvain's weight getter reads only the attributes.
    const attrs = { weight: 1 };
    const empty = {} as Record<string, never>;
    const { ids, src, dst, weight } = this;
    for (let e = 0; e < this.m; e++) {
      if (weight) attrs.weight = weight[e]!;
      cb('', attrs, ids[src[e]!]!, ids[dst[e]!]!, empty, empty, true);
    }
  }

  addUndirectedEdgeWithKey(): never {
    throw new Error('CompactGraph is read-only.');
  }

  dropNode(): never {
    throw new Error('CompactGraph is read-only.');
  }

  setNodeAttribute(): never {
    throw new Error('CompactGraph is read-only.');
  }
}
