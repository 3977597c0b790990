// Connected components of a CompactGraph, optionally with some nodes removed.
import type { CompactGraph } from './compact-graph.ts';

export interface Components {
  /** Component id of each node; -1 for removed nodes. */
  label: Int32Array;
  count: number;
  sizes: number[];
  largest: number;
}

export function components(
  g: CompactGraph,
  removed?: Uint8Array,
  within?: Int32Array,
  only?: number,
): Components {
  const label = new Int32Array(g.n).fill(-1);
  const queue = new Int32Array(g.n);
  const sizes: number[] = [];
  const keep = (i: number) => (!removed || !removed[i]) && (!within || within[i] === only);
  for (let s = 0; s < g.n; s++) {
    if (label[s] !== -1 || !keep(s)) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    label[s] = c;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = g.offsets[v]!; p < g.offsets[v + 1]!; p++) {
        const w = g.adj[p]!;
        if (label[w] === -1 && keep(w)) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { label, count: sizes.length, sizes, largest: sizes.reduce((m, x) => Math.max(m, x), 0) };
}
