// The analyses a worker thread runs: pure functions from typed arrays to plain results, so they
// cross the thread boundary cheaply (typed arrays are copied as one block, not element by element).
import { brokers } from './brokers.ts';
import { CompactGraph } from './compact-graph.ts';
import type { EdgeList } from './edge-list.ts';
import {
  trackEvolution,
  type EvolutionOptions,
  type EvolutionReport,
  type WindowCommunities,
} from './evolution.ts';
import { louvain } from './louvain.ts';
import type { Connectivity } from './connectivity.ts';
import { louvainConsensus, type ConsensusResult } from './consensus.ts';
import { betweenness, degrees, pagerank } from './measures.ts';
import {
  compareStrategies,
  simulateTakedown,
  type TakedownReport,
  type TakedownStrategy,
} from './takedown.ts';

export interface CommunitiesInput {
  edges: EdgeList;
  resolution: number;
  seed: number;
  betweennessSamples: number;
  /** Consensus: these other seeds are run too and compared with the run (none: no consensus). */
  consensusSeeds?: number[];
}

export interface CommunitiesOutput {
  membership: Int32Array;
  count: number;
  modularity: number;
  degree: Int32Array;
  strength: Float64Array;
  pagerank: Float64Array;
  betweenness: Float64Array;
  betweennessStdError: Float64Array;
  betweennessExact: boolean;
  betweennessSources: number;
  betweennessTopError: number;
  participation: Float64Array;
  externalCommunities: Int32Array;
  broker: Float64Array;
  timings: Record<string, number>;
  /** The connectivity check of the run's communities (disconnected ones were split). */
  connectivity?: Connectivity;
  consensus?: ConsensusResult;
}

export type Progress = (fraction: number, message: string) => void;

export function runCommunities(input: CommunitiesInput, progress: Progress): CommunitiesOutput {
  const t0 = performance.now();
  const g = new CompactGraph(input.edges);
  const t1 = performance.now();
  progress(0.05, `graph built: ${g.n} people, ${g.m} ties`);
  const part = louvain(g, { resolution: input.resolution, seed: input.seed });
  const t2 = performance.now();
  progress(0.4, `${part.count} communities, modularity ${part.modularity.toFixed(3)}`);
  const seeds = input.consensusSeeds ?? [];
  const consensus = seeds.length
    ? louvainConsensus(g, part.membership, part.count, { seeds, resolution: input.resolution }, (k) =>
        progress(0.4, `consensus: seed ${k} of ${seeds.length}`),
      )
    : undefined;
  const t2c = performance.now();
  const measures = keyPlayerMeasures(g, part.membership, input, progress);
  const t3 = performance.now();
  return {
    membership: part.membership,
    count: part.count,
    modularity: part.modularity,
    ...measures,
    connectivity: part.connectivity,
    consensus,
    timings: { buildMs: t1 - t0, louvainMs: t2 - t1, consensusMs: t2c - t2, measuresMs: t3 - t2c },
  };
}

export type KeyPlayerMeasures = Omit<CommunitiesOutput, 'membership' | 'count' | 'modularity' | 'timings'>;

/**
 * Degree, strength, PageRank, sampled betweenness and broker scores of every person, given a
 * partition: the same for every engine that found the partition (graphology or GDS).
 * `checkpoint` runs between the cheap measures and betweenness (e.g. to honour a cancel).
 */
export function keyPlayerMeasures(
  g: CompactGraph,
  membership: Int32Array,
  opts: { betweennessSamples: number; seed: number },
  progress: Progress,
  checkpoint: () => void = () => {},
): KeyPlayerMeasures {
  const { degree, strength } = degrees(g);
  const pr = pagerank(g);
  progress(0.5, 'PageRank done');
  checkpoint();
  const bc = betweenness(g, {
    samples: opts.betweennessSamples,
    seed: opts.seed,
    onProgress: (f) => progress(0.5 + 0.45 * f, 'betweenness'),
  });
  const br = brokers(g, membership, bc.score);
  return {
    degree,
    strength,
    pagerank: pr,
    betweenness: bc.score,
    betweennessStdError: bc.stdError,
    betweennessExact: bc.exact,
    betweennessSources: bc.sources,
    betweennessTopError: bc.topError,
    participation: br.participation,
    externalCommunities: br.externalCommunities,
    broker: br.score,
  };
}

export interface TakedownInput {
  edges: EdgeList;
  resolution: number;
  seed: number;
  looters: number[];
  buyers: number[];
  /** Node indices to remove, or a comparison of strategies with k each. */
  remove?: number[];
  strategies?: TakedownStrategy[];
  k?: number;
  betweennessSamples: number;
}

export interface TakedownOutput {
  communities: number;
  reports: TakedownReport[];
}

export function runTakedown(input: TakedownInput, progress: Progress): TakedownOutput {
  const g = new CompactGraph(input.edges);
  const part = louvain(g, { resolution: input.resolution, seed: input.seed });
  progress(0.2, `${part.count} communities`);
  const roles = { looters: new Set(input.looters), buyers: new Set(input.buyers) };
  const reports: TakedownReport[] = [];
  if (input.remove) reports.push(simulateTakedown(g, part.membership, roles, input.remove, 'given'));
  if (input.strategies?.length) {
    reports.push(
      ...compareStrategies(g, part.membership, roles, input.k ?? 5, input.strategies, {
        seed: input.seed,
        betweennessSamples: input.betweennessSamples,
        onProgress: (f) => progress(0.2 + 0.8 * f, 'comparing strategies'),
      }),
    );
  }
  return { communities: part.count, reports };
}

export interface EvolutionInput {
  windows: Array<{ label: string; start: number; end: number; edges: EdgeList }>;
  resolution: number;
  seed: number;
  threshold: number;
  coreShare: number;
  minSize: number;
  /** The other matching options (method core: memory, minShared, ...); see evolution.ts. */
  matching?: EvolutionOptions;
}

export interface EvolutionOutput {
  windows: WindowCommunities[];
  modularity: number[];
  report: EvolutionReport;
}

export function runEvolution(input: EvolutionInput, progress: Progress): EvolutionOutput {
  const windows: WindowCommunities[] = [];
  const modularity: number[] = [];
  input.windows.forEach((w, i) => {
    const g = new CompactGraph(w.edges);
    const part = louvain(g, { resolution: input.resolution, seed: input.seed });
    const groups: string[][] = Array.from({ length: part.count }, () => []);
    for (let v = 0; v < g.n; v++) groups[part.membership[v]!]!.push(g.ids[v]!);
    windows.push({ label: w.label, start: w.start, end: w.end, communities: groups });
    modularity.push(part.modularity);
    progress((i + 1) / (input.windows.length + 1), `window ${w.label}: ${part.count} communities`);
  });
  const report = trackEvolution(windows, {
    ...input.matching,
    threshold: input.threshold,
    coreShare: input.coreShare,
    minSize: input.minSize,
  });
  return { windows, modularity, report };
}

export const TASKS = {
  communities: runCommunities,
  takedown: runTakedown,
  evolution: runEvolution,
} as const;
export type TaskName = keyof typeof TASKS;
