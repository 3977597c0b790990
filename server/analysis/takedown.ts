// Takedown simulation: remove a set of people from the association network and report what is
// left — the largest connected group, how many groups, which communities fall apart, and whether
// stolen relics can still flow from looters to buyers. Strategies choose the best k to remove.
import { brokers } from './brokers.ts';
import type { CompactGraph } from './compact-graph.ts';
import { components } from './components.ts';
import { betweenness, topIndices } from './measures.ts';

export const TAKEDOWN_STRATEGIES = ['betweenness', 'brokers', 'degree', 'greedy'] as const;
export type TakedownStrategy = (typeof TAKEDOWN_STRATEGIES)[number];

export interface NetworkState {
  nodes: number;
  largestComponent: number;
  components: number;
  /** Communities whose remaining members are no longer connected among themselves (or are gone). */
  communitiesBroken: number;
  /** Buyers reachable from at least one looter through the network. */
  buyersReachable: number;
  /** Whether any relic can still flow from a looter to a buyer. */
  relicFlow: boolean;
}

export interface TakedownRoles {
  looters: ReadonlySet<number>;
  buyers: ReadonlySet<number>;
}

export interface TakedownReport {
  strategy: TakedownStrategy | 'given';
  removed: number[];
  before: NetworkState;
  after: NetworkState;
}

/** Whether each community's members (with ≥2 of them) form one connected group. */
function connectedCommunities(
  g: CompactGraph,
  membership: Int32Array,
  removed?: Uint8Array,
): Map<number, boolean> {
  const out = new Map<number, boolean>();
  const sizes = new Map<number, number>();
  for (let i = 0; i < g.n; i++) sizes.set(membership[i]!, (sizes.get(membership[i]!) ?? 0) + 1);
  // One BFS per community restricted to its members: label nodes with a community-local component.
  const label = new Int32Array(g.n).fill(-1);
  const queue = new Int32Array(g.n);
  const parts = new Map<number, number>();
  for (let s = 0; s < g.n; s++) {
    if (label[s] !== -1 || (removed && removed[s])) continue;
    const c = membership[s]!;
    parts.set(c, (parts.get(c) ?? 0) + 1);
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    label[s] = s;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = g.offsets[v]!; p < g.offsets[v + 1]!; p++) {
        const w = g.adj[p]!;
        if (label[w] === -1 && membership[w] === c && !(removed && removed[w])) {
          label[w] = s;
          queue[tail++] = w;
        }
      }
    }
  }
  for (const [c, size] of sizes) {
    if (size < 2) continue;
    out.set(c, (parts.get(c) ?? 0) === 1);
  }
  return out;
}

export function networkState(
  g: CompactGraph,
  membership: Int32Array,
  roles: TakedownRoles,
  removed?: Uint8Array,
  connectedBefore?: Map<number, boolean>,
): NetworkState {
  const comp = components(g, removed);
  const now = connectedCommunities(g, membership, removed);
  let broken = 0;
  if (connectedBefore) {
    for (const [c, was] of connectedBefore) if (was && !now.get(c)) broken++;
  }
  const looterComponents = new Set<number>();
  for (const l of roles.looters) if (comp.label[l]! >= 0) looterComponents.add(comp.label[l]!);
  let buyersReachable = 0;
  for (const b of roles.buyers) {
    if (comp.label[b]! < 0) continue;
    // A buyer who is also a looter trades with themselves: that is no flow through the network.
    const c = comp.label[b]!;
    if (looterComponents.has(c) && (comp.sizes[c]! > 1 || !roles.looters.has(b))) buyersReachable++;
  }
  let nodes = 0;
  for (let i = 0; i < g.n; i++) if (!removed || !removed[i]) nodes++;
  return {
    nodes,
    largestComponent: comp.largest,
    components: comp.count,
    communitiesBroken: broken,
    buyersReachable,
    relicFlow: buyersReachable > 0,
  };
}

export interface SimulateOptions {
  seed?: number;
  betweennessSamples?: number;
  /** Candidates the greedy search evaluates at each step (default 40). */
  greedyCandidates?: number;
  onProgress?: (fraction: number) => void;
}

/** Removes the given nodes and reports before and after. */
export function simulateTakedown(
  g: CompactGraph,
  membership: Int32Array,
  roles: TakedownRoles,
  removedNodes: readonly number[],
  strategy: TakedownStrategy | 'given' = 'given',
): TakedownReport {
  const connectedBefore = connectedCommunities(g, membership);
  const before = networkState(g, membership, roles, undefined, connectedBefore);
  const removed = new Uint8Array(g.n);
  for (const i of removedNodes) removed[i] = 1;
  const after = networkState(g, membership, roles, removed, connectedBefore);
  return { strategy, removed: [...removedNodes], before, after };
}

/** Picks k people by the strategy. */
export function chooseTargets(
  g: CompactGraph,
  membership: Int32Array,
  strategy: TakedownStrategy,
  k: number,
  opts: SimulateOptions = {},
): number[] {
  k = Math.min(k, g.n);
  if (strategy === 'degree') {
    const deg = new Float64Array(g.n);
    for (let i = 0; i < g.n; i++) deg[i] = g.degree(i);
    return topIndices(deg, k);
  }
  const bc = betweenness(g, { samples: opts.betweennessSamples ?? 500, seed: opts.seed ?? 42 });
  if (strategy === 'betweenness') return topIndices(bc.score, k);
  if (strategy === 'brokers') {
    const b = brokers(g, membership, bc.score);
    // Fill with betweenness when fewer than k people bridge communities.
    const picked = topIndices(b.score, k, (i) => b.score[i]! > 0);
    const rest = topIndices(bc.score, k, (i) => !picked.includes(i));
    return [...picked, ...rest].slice(0, k);
  }
  return greedy(g, k, bc.score, opts);
}

/**
 * Greedy fragmentation: at each step remove the candidate whose removal leaves the smallest
 * largest component (ties: more components). Candidates are the top nodes by degree and by
 * betweenness among those left, which keeps a step at O(candidates · (n + m)).
 */
function greedy(g: CompactGraph, k: number, bc: Float64Array, opts: SimulateOptions): number[] {
  const removed = new Uint8Array(g.n);
  const chosen: number[] = [];
  const c = opts.greedyCandidates ?? 40;
  const deg = new Float64Array(g.n);
  for (let i = 0; i < g.n; i++) deg[i] = g.degree(i);
  for (let step = 0; step < k; step++) {
    const alive = (i: number) => !removed[i];
    const cand = new Set([...topIndices(deg, c / 2, alive), ...topIndices(bc, c / 2, alive)]);
    let best = -1;
    let bestLargest = Infinity;
    let bestCount = -1;
    for (const v of cand) {
      removed[v] = 1;
      const comp = components(g, removed);
      removed[v] = 0;
      if (comp.largest < bestLargest || (comp.largest === bestLargest && comp.count > bestCount)) {
        best = v;
        bestLargest = comp.largest;
        bestCount = comp.count;
      }
    }
    if (best < 0) break;
    removed[best] = 1;
    chosen.push(best);
    opts.onProgress?.((step + 1) / k);
  }
  return chosen;
}

/** Runs every strategy with the same k, for a side-by-side comparison. */
export function compareStrategies(
  g: CompactGraph,
  membership: Int32Array,
  roles: TakedownRoles,
  k: number,
  strategies: readonly TakedownStrategy[] = TAKEDOWN_STRATEGIES,
  opts: SimulateOptions = {},
): TakedownReport[] {
  return strategies.map((s, idx) => {
    const targets = chooseTargets(g, membership, s, k, {
      ...opts,
      onProgress: (f) => opts.onProgress?.((idx + f) / strategies.length),
    });
    opts.onProgress?.((idx + 1) / strategies.length);
    return simulateTakedown(g, membership, roles, targets, s);
  });
}
