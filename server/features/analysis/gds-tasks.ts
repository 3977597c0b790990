// The in-process parts of the GDS engine's jobs, run in the worker thread (server/jobs/worker.ts)
// so that nothing CPU-bound runs on the API's event loop: key-player measures given the GDS
// partition, the takedown strategies that need the whole graph (brokers, greedy), and the matching
// of GDS communities across evolution windows. Pure: typed arrays in, plain results out.
import { CompactGraph } from '../../analysis/compact-graph.ts';
import type { EdgeList } from '../../analysis/edge-list.ts';
import { trackEvolution, type EvolutionOptions, type WindowCommunities } from '../../analysis/evolution.ts';
import { modularity, relabelBySize } from '../../analysis/louvain.ts';
import { chooseTargets, type TakedownStrategy } from '../../analysis/takedown.ts';
import { brokers } from '../../analysis/brokers.ts';
import { splitDisconnected } from '../../analysis/connectivity.ts';
import { consensusOf } from '../../analysis/consensus.ts';
import { topIndices } from '../../analysis/measures.ts';
import {
  keyPlayerMeasures,
  type CommunitiesOutput,
  type EvolutionOutput,
  type Progress,
} from '../../analysis/tasks.ts';

export interface GdsKeyPlayersInput {
  edges: EdgeList;
  /** Raw GDS community ids per node index (nodes without ties: negative, one each). */
  raw: Int32Array;
  seed: number;
  betweennessSamples: number;
  /** Resolution the partition was found with (Leiden's gamma; 1 for GDS Louvain). */
  resolution?: number;
  /** Consensus: other partitions (raw GDS ids) to compare with, or seeds for the in-process Louvain. */
  consensusRaws?: Int32Array[];
  consensusSeeds?: number[];
}

/**
 * Relabels the GDS partition like graphology's, splits any disconnected community
 * (server/analysis/connectivity.ts), computes the consensus when asked, and every key-player measure.
 */
export function gdsKeyPlayers(
  input: GdsKeyPlayersInput,
  progress: Progress,
): Omit<CommunitiesOutput, 'timings'> {
  const g = new CompactGraph(input.edges);
  const { membership, count, connectivity } = splitDisconnected(g, relabelBySize(input.raw).membership);
  const resolution = input.resolution ?? 1;
  const q = modularity(g, membership, resolution);
  progress(0.4, `${count} communities, modularity ${q.toFixed(3)}`);
  const consensus = consensusOf(g, membership, count, {
    seeds: input.consensusSeeds,
    raws: input.consensusRaws,
    resolution,
  });
  const measures = keyPlayerMeasures(g, membership, input, progress);
  return { membership, count, modularity: q, ...measures, connectivity, consensus };
}

export interface GdsTakedownTargetsInput {
  edges: EdgeList;
  membership: Int32Array;
  /** GDS betweenness per node index. */
  betweenness: Float64Array;
  strategies: Array<Extract<TakedownStrategy, 'brokers' | 'greedy'>>;
  k: number;
  seed: number;
  betweennessSamples: number;
}

/**
 * Targets of the strategies that need the graph itself. Brokers: participation coefficient ×
 * the GDS betweenness (as the in-process engine, with its own betweenness). Greedy: the in-process
 * search (each step compares the components left by ~40 candidates: many small BFS, cheaper here
 * than as many GDS projections).
 */
export function gdsTakedownTargets(
  input: GdsTakedownTargetsInput,
  progress: Progress,
): Partial<Record<TakedownStrategy, number[]>> {
  const g = new CompactGraph(input.edges);
  const k = Math.min(input.k, g.n);
  const out: Partial<Record<TakedownStrategy, number[]>> = {};
  input.strategies.forEach((s, idx) => {
    if (s === 'brokers') {
      const b = brokers(g, input.membership, input.betweenness);
      const picked = topIndices(b.score, k, (i) => b.score[i]! > 0);
      const rest = topIndices(input.betweenness, k, (i) => !picked.includes(i));
      out.brokers = [...picked, ...rest].slice(0, k);
    } else {
      out.greedy = chooseTargets(g, input.membership, 'greedy', k, {
        seed: input.seed,
        betweennessSamples: input.betweennessSamples,
        onProgress: (f) => progress((idx + f) / input.strategies.length, 'greedy search'),
      });
    }
    progress((idx + 1) / input.strategies.length, `${s} targets chosen`);
  });
  return out;
}

export interface GdsEvolutionInput {
  windows: Array<{ label: string; start: number; end: number; edges: EdgeList; raw: Int32Array }>;
  threshold: number;
  coreShare: number;
  minSize: number;
  matching?: EvolutionOptions;
}

/** Communities per window from the GDS partitions, then the same matching as the graphology engine. */
export function gdsEvolution(input: GdsEvolutionInput, progress: Progress): EvolutionOutput {
  const windows: WindowCommunities[] = [];
  const mods: number[] = [];
  input.windows.forEach((w, i) => {
    const g = new CompactGraph(w.edges);
    const { membership, count } = relabelBySize(w.raw);
    const groups: string[][] = Array.from({ length: count }, () => []);
    for (let v = 0; v < g.n; v++) groups[membership[v]!]!.push(g.ids[v]!);
    windows.push({ label: w.label, start: w.start, end: w.end, communities: groups });
    mods.push(modularity(g, membership, 1));
    progress((i + 1) / (input.windows.length + 1), `window ${w.label}: ${count} communities`);
  });
  const report = trackEvolution(windows, {
    ...input.matching,
    threshold: input.threshold,
    coreShare: input.coreShare,
    minSize: input.minSize,
  });
  return { windows, modularity: mods, report };
}

export const GDS_TASKS = {
  gdsKeyPlayers,
  gdsTakedownTargets,
  gdsEvolution,
} as const;
