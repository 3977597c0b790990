// Brokers: people whose ties bridge communities. The participation coefficient
// P_i = 1 − Σ_c (k_ic / k_i)² is 0 for someone tied only inside one community and approaches 1 for
// someone whose ties spread evenly over many; combined with betweenness it ranks the people through
// whom different gangs connect.
import type { CompactGraph } from './compact-graph.ts';

export interface BrokerScores {
  participation: Float64Array;
  /** How many communities other than their own each node has ties into. */
  externalCommunities: Int32Array;
  /** participation × betweenness / max betweenness; 0 for nodes tied into a single community. */
  score: Float64Array;
}

export function brokers(g: CompactGraph, membership: Int32Array, betweenness: Float64Array): BrokerScores {
  const participation = new Float64Array(g.n);
  const externalCommunities = new Int32Array(g.n);
  const score = new Float64Array(g.n);
  let maxB = 0;
  for (let i = 0; i < g.n; i++) maxB = Math.max(maxB, betweenness[i]!);
  const byCommunity = new Map<number, number>();
  for (let i = 0; i < g.n; i++) {
    byCommunity.clear();
    let k = 0;
    for (let p = g.offsets[i]!; p < g.offsets[i + 1]!; p++) {
      const w = g.adjW ? g.adjW[p]! : 1;
      const c = membership[g.adj[p]!]!;
      byCommunity.set(c, (byCommunity.get(c) ?? 0) + w);
      k += w;
    }
    if (k === 0) continue;
    let sq = 0;
    for (const kc of byCommunity.values()) sq += (kc / k) ** 2;
    participation[i] = 1 - sq;
    let ext = 0;
    for (const c of byCommunity.keys()) if (c !== membership[i]) ext++;
    externalCommunities[i] = ext;
    score[i] = ext > 0 ? participation[i]! * (maxB > 0 ? betweenness[i]! / maxB : 1) : 0;
  }
  return { participation, externalCommunities, score };
}
