// Consensus over seeds: the run's partition (the reference) is compared with the partitions found
// with N other seeds. In each, a gang's match is the community holding most of its members (ties:
// the lowest community index); a person "fell in their gang" in that seed when they are in their
// gang's match. A person's stability is the share of the seeds in which they did; a gang's stability
// is the mean Jaccard overlap between the gang and its match. Both are 1 when every seed agrees.
import type { CompactGraph } from './compact-graph.ts';
import { splitDisconnected } from './connectivity.ts';
import { louvain, relabelBySize } from './louvain.ts';

export interface ConsensusResult {
  /** The seeds compared with the reference (the reference's own seed not among them). */
  seeds: number[];
  /** Per node: share of the seeds in which it fell in its gang (0..1). */
  person: Float64Array;
  /** Per reference community: mean Jaccard overlap with its match over the seeds (0..1). */
  gang: Float64Array;
}

/** Stability of the reference partition's gangs and memberships across the other partitions. */
export function stabilityAcross(
  reference: Int32Array,
  count: number,
  partitions: readonly Int32Array[],
): { person: Float64Array; gang: Float64Array } {
  const n = reference.length;
  const person = new Float64Array(n);
  const gang = new Float64Array(count);
  const refSize = new Int32Array(count);
  for (let i = 0; i < n; i++) refSize[reference[i]!]!++;
  for (const other of partitions) {
    // Overlap of each reference gang with each community of the other partition.
    const overlap = new Map<number, Map<number, number>>();
    const otherSize = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const c = reference[i]!;
      const d = other[i]!;
      otherSize.set(d, (otherSize.get(d) ?? 0) + 1);
      let row = overlap.get(c);
      if (!row) overlap.set(c, (row = new Map()));
      row.set(d, (row.get(d) ?? 0) + 1);
    }
    const match = new Int32Array(count).fill(-1);
    for (const [c, row] of overlap) {
      let best = -1;
      let bestN = -1;
      for (const [d, k] of row) {
        if (k > bestN || (k === bestN && d < best)) {
          best = d;
          bestN = k;
        }
      }
      match[c] = best;
      const union = refSize[c]! + otherSize.get(best)! - bestN;
      gang[c] = gang[c]! + bestN / union;
    }
    for (let i = 0; i < n; i++) if (other[i] === match[reference[i]!]) person[i] = person[i]! + 1;
  }
  const runs = partitions.length || 1;
  if (partitions.length === 0) {
    person.fill(1);
    gang.fill(1);
  } else {
    for (let i = 0; i < n; i++) person[i] = person[i]! / runs;
    for (let c = 0; c < count; c++) gang[c] = gang[c]! / runs;
  }
  return { person, gang };
}

/** The seeds of a consensus of `runs` partitions besides the reference's seed: seed+1 … seed+runs. */
export function consensusSeeds(seed: number, runs: number): number[] {
  return Array.from({ length: runs }, (_, k) => (seed + 1 + k) % 2 ** 31);
}

/**
 * Consensus with the in-process Louvain: `seeds.length` more runs (each with its communities
 * checked for connectivity and split, like every run), compared with the reference.
 */
export function louvainConsensus(
  g: CompactGraph,
  reference: Int32Array,
  count: number,
  opts: { seeds: number[]; resolution: number },
  onSeed: (done: number) => void = () => {},
): ConsensusResult {
  const partitions = opts.seeds.map((seed, k) => {
    const part = louvain(g, { resolution: opts.resolution, seed }); // connected communities
    onSeed(k + 1);
    return part.membership;
  });
  return { seeds: opts.seeds, ...stabilityAcross(reference, count, partitions) };
}

/**
 * The consensus of a run whatever engine found it: other partitions given (e.g. GDS Leiden with
 * other seeds; raw ids, each made connected like the run), or else the in-process Louvain with
 * `seeds`. Undefined when there is nothing to compare.
 */
export function consensusOf(
  g: CompactGraph,
  reference: Int32Array,
  count: number,
  opts: { seeds?: number[]; raws?: Int32Array[]; resolution: number },
  onSeed: (done: number) => void = () => {},
): ConsensusResult | undefined {
  const seeds = opts.seeds ?? [];
  if (opts.raws?.length) {
    const partitions = opts.raws.map((raw) => splitDisconnected(g, relabelBySize(raw).membership).membership);
    return { seeds, ...stabilityAcross(reference, count, partitions) };
  }
  if (!seeds.length) return undefined;
  return louvainConsensus(g, reference, count, { seeds, resolution: opts.resolution }, onSeed);
}
