// Well-connected communities: Louvain can return a community whose members are not connected to
// each other inside it (Traag, Waltman & van Eck 2019: a node that bridged two halves moves away
// and the halves stay together). Leiden's refinement guarantees connected communities; here every
// run, whatever engine found it, is checked and each disconnected community is split into its
// connected parts (which never lowers modularity: the parts share no tie).
import type { CompactGraph } from './compact-graph.ts';
import { relabelBySize } from './relabel.ts';

export interface Connectivity {
  /** Communities checked (before splitting). */
  checked: number;
  /** Communities that were not connected inside themselves. */
  disconnected: number;
  /** Communities after splitting. */
  communities: number;
}

/**
 * Splits every community of `membership` that is not connected (through ties between its own
 * members) into its connected parts; returns the new dense membership (largest first, as
 * relabelBySize) and what was found. Nodes without ties are their own community already.
 */
export function splitDisconnected(
  g: CompactGraph,
  membership: Int32Array,
): { membership: Int32Array; count: number; connectivity: Connectivity } {
  const n = g.n;
  let checked = 0;
  const seenCommunity = new Set<number>();
  for (let i = 0; i < n; i++) seenCommunity.add(membership[i]!);
  checked = seenCommunity.size;
  // One BFS over all nodes, only along ties inside a community: each BFS tree is a part.
  const part = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const partsOf = new Map<number, number>();
  let parts = 0;
  for (let s = 0; s < n; s++) {
    if (part[s] !== -1) continue;
    const c = membership[s]!;
    partsOf.set(c, (partsOf.get(c) ?? 0) + 1);
    const id = parts++;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    part[s] = id;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = g.offsets[v]!; p < g.offsets[v + 1]!; p++) {
        const w = g.adj[p]!;
        if (part[w] === -1 && membership[w] === c) {
          part[w] = id;
          queue[tail++] = w;
        }
      }
    }
  }
  let disconnected = 0;
  for (const k of partsOf.values()) if (k > 1) disconnected++;
  if (disconnected === 0) {
    return {
      membership,
      count: checked,
      connectivity: { checked, disconnected: 0, communities: checked },
    };
  }
  const { membership: split, count } = relabelBySize(part);
  return { membership: split, count, connectivity: { checked, disconnected, communities: count } };
}

/** Whether every community of `membership` is connected inside itself. */
export function allConnected(g: CompactGraph, membership: Int32Array): boolean {
  return splitDisconnected(g, membership).connectivity.disconnected === 0;
}
