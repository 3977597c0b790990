// The pure halves of the GDS engine, without a database: the takedown state summed from per-node
// WCC labels (as GDS streams them: -1 for people left without ties) must equal the in-process
// networkState on random networks with random removals; and the text transport of the edge list
// must carry every edge and weight exactly.
import { describe, expect, it } from 'vitest';
import { CompactGraph } from '../../server/analysis/compact-graph.ts';
import { components } from '../../server/analysis/components.ts';
import type { EdgeList } from '../../server/analysis/edge-list.ts';
import { louvain } from '../../server/analysis/louvain.ts';
import { seededRng } from '../../server/analysis/rng.ts';
import { networkState } from '../../server/analysis/takedown.ts';
import { edgeTextChunks } from '../../server/features/analysis/gds-graph.ts';
import { stateFrom, type RemainingLabels } from '../../server/features/analysis/gds-takedown.ts';

function randomEdges(seed: number, n: number, m: number): EdgeList {
  const rng = seededRng(seed);
  const seen = new Set<number>();
  const src: number[] = [];
  const dst: number[] = [];
  const weight: number[] = [];
  while (src.length < m) {
    // Clustered: most ties inside blocks of 10, a few across, so there are communities to break.
    const a = Math.floor(rng() * n);
    const b = rng() < 0.85 ? Math.floor(a / 10) * 10 + Math.floor(rng() * 10) : Math.floor(rng() * n);
    if (a === b || b >= n || seen.has(Math.min(a, b) * n + Math.max(a, b))) continue;
    seen.add(Math.min(a, b) * n + Math.max(a, b));
    src.push(a);
    dst.push(b);
    weight.push(rng() * 7 + 1e-9);
  }
  return {
    ids: Array.from({ length: n }, (_, i) => `p${i}`),
    src: Int32Array.from(src),
    dst: Int32Array.from(dst),
    weight: Float64Array.from(weight),
    edgeCount: m,
  };
}

/** What GDS would stream: WCC labels over what is left; -1 for removed people and people left alone. */
function gdsLikeLabels(g: CompactGraph, membership: Int32Array, gone: Uint8Array): RemainingLabels {
  const alone = (i: number) => {
    for (let p = g.offsets[i]!; p < g.offsets[i + 1]!; p++) if (!gone[g.adj[p]!]) return false;
    return true;
  };
  const all = components(g, gone).label.map((l, i) => (gone[i] || alone(i) ? -1 : l));
  const intra = new Int32Array(g.n).fill(-1);
  let offset = 0;
  for (const c of new Set(membership)) {
    const comp = components(g, gone, membership, c);
    for (let i = 0; i < g.n; i++) if (comp.label[i]! >= 0 && all[i]! >= 0) intra[i] = comp.label[i]! + offset;
    offset += comp.count;
  }
  return { all: Int32Array.from(all), intra };
}

describe('takedown state from GDS component labels', () => {
  it('equals the in-process networkState on random networks and removals', () => {
    let broke = 0;
    let split = 0;
    let cut = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const n = 60 + seed * 7;
      const g = new CompactGraph(randomEdges(seed, n, n * 2));
      const { membership } = louvain(g, { seed });
      const rng = seededRng(100 + seed);
      const roles = {
        looters: new Set(Array.from({ length: 6 }, () => Math.floor(rng() * n))),
        buyers: new Set(Array.from({ length: 6 }, () => Math.floor(rng() * n))),
      };
      const none = new Uint8Array(n);
      const before = stateFrom(gdsLikeLabels(g, membership, none), membership, roles, []);
      const connectedBefore = before.connected;
      expect(before.state).toEqual(networkState(g, membership, roles, undefined, connectedBefore));
      const removed = Array.from({ length: 1 + (seed % 9) }, () => Math.floor(rng() * n));
      const gone = new Uint8Array(n);
      for (const i of removed) gone[i] = 1;
      const after = stateFrom(
        gdsLikeLabels(g, membership, gone),
        membership,
        roles,
        removed,
        connectedBefore,
      );
      const expected = networkState(g, membership, roles, gone, connectedBefore);
      expect(after.state, `seed ${seed}`).toEqual(expected);
      if (expected.communitiesBroken > 0) broke++;
      if (expected.components > before.state.components) split++;
      if (expected.buyersReachable < before.state.buyersReachable) cut++;
    }
    // The cases exercise every measure: broken communities, splits, cut relic routes.
    expect([broke > 0, split > 0, cut > 0]).toEqual([true, true, true]);
  });
});

describe('edge list as text chunks', () => {
  it('carries every edge and weight exactly, in chunks of the given size', async () => {
    const edges = randomEdges(3, 500, 1234);
    const chunks = await edgeTextChunks(edges, 100);
    expect(chunks).toHaveLength(13);
    const back = chunks.flatMap((c) => c.split(';').map((e) => e.split(',').map(Number)));
    expect(back).toHaveLength(1234);
    back.forEach(([s, t, w], e) => {
      expect(s).toBe(edges.src[e]);
      expect(t).toBe(edges.dst[e]);
      expect(w).toBe(edges.weight![e]);
    });
  });
});
