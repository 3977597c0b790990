// Node measures on a CompactGraph: degree and strength, PageRank, and betweenness — exact on small
// graphs, estimated from a seeded sample of sources on large ones, with the estimate's error.
import type { CompactGraph } from './compact-graph.ts';
import { seededRng } from './rng.ts';

export interface PagerankOptions {
  alpha?: number;
  maxIterations?: number;
  tolerance?: number;
  weighted?: boolean;
}

/** Weighted PageRank (power iteration; dangling mass spread uniformly). Sums to 1. */
export function pagerank(g: CompactGraph, opts: PagerankOptions = {}): Float64Array {
  const alpha = opts.alpha ?? 0.85;
  const maxIt = opts.maxIterations ?? 100;
  const tol = opts.tolerance ?? 1e-9;
  const n = g.n;
  const weighted = (opts.weighted ?? true) && g.adjW !== undefined;
  let pr = new Float64Array(n).fill(n ? 1 / n : 0);
  let next = new Float64Array(n);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = weighted ? g.strength(i) : g.degree(i);
  for (let it = 0; it < maxIt; it++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (out[i] === 0) dangling += pr[i]!;
    const base = (1 - alpha) / n + (alpha * dangling) / n;
    next.fill(base);
    for (let i = 0; i < n; i++) {
      if (out[i] === 0) continue;
      const share = (alpha * pr[i]!) / out[i]!;
      for (let p = g.offsets[i]!; p < g.offsets[i + 1]!; p++) {
        const w = g.adj[p]!;
        next[w] = next[w]! + (weighted ? share * g.adjW![p]! : share);
      }
    }
    let diff = 0;
    for (let i = 0; i < n; i++) diff += Math.abs(next[i]! - pr[i]!);
    [pr, next] = [next, pr];
    if (diff < n * tol) break;
  }
  return pr;
}

export interface BetweennessOptions {
  /** Sample this many source nodes when the graph has more nodes (default 500). */
  samples?: number;
  seed?: number;
  /** Skip these nodes (as if removed). */
  removed?: Uint8Array;
  /** Called with the fraction done, at most every 1/50 of the sources. */
  onProgress?: (fraction: number) => void;
}

export interface Betweenness {
  /** Normalised betweenness (0..1, fraction of node pairs whose shortest paths pass through). */
  score: Float64Array;
  /** Standard error of each score (0 when exact). */
  stdError: Float64Array;
  exact: boolean;
  sources: number;
  /** The largest standard error among the 10 highest scores: the error to quote for rankings. */
  topError: number;
}

/**
 * Brandes' algorithm on hop distances (association strength is not a distance). With k sampled
 * sources out of n the estimate is (n/k)·Σδ_s(v), unbiased; its standard error is
 * n·sd(δ)/√k·√(1−k/n) (sampling without replacement).
 */
export function betweenness(g: CompactGraph, opts: BetweennessOptions = {}): Betweenness {
  const n = g.n;
  const removed = opts.removed;
  const alive: number[] = [];
  for (let i = 0; i < n; i++) if (!removed || !removed[i]) alive.push(i);
  const na = alive.length;
  const k = Math.min(na, opts.samples ?? 500);
  const exact = k === na;
  let sources = alive;
  if (!exact) {
    const rng = seededRng(opts.seed ?? 42);
    const pool = alive.slice();
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(rng() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    sources = pool.slice(0, k);
  }
  const sum = new Float64Array(n);
  const sumSq = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  const step = Math.max(1, Math.floor(k / 50));
  for (let si = 0; si < k; si++) {
    const s = sources[si]!;
    dist.fill(-1);
    sigma.fill(0);
    let head = 0;
    let tail = 0;
    let top = 0;
    dist[s] = 0;
    sigma[s] = 1;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stack[top++] = v;
      const dv = dist[v]!;
      for (let p = g.offsets[v]!; p < g.offsets[v + 1]!; p++) {
        const w = g.adj[p]!;
        if (removed && removed[w]) continue;
        if (dist[w]! < 0) {
          dist[w] = dv + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dv + 1) sigma[w] = sigma[w]! + sigma[v]!;
      }
    }
    for (let t = 0; t < top; t++) delta[stack[t]!] = 0;
    while (top > 0) {
      const w = stack[--top]!;
      const dw = dist[w]!;
      for (let p = g.offsets[w]!; p < g.offsets[w + 1]!; p++) {
        const v = g.adj[p]!;
        if (dist[v] === dw - 1) delta[v] = delta[v]! + (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      if (w !== s) {
        sum[w] = sum[w]! + delta[w]!;
        sumSq[w] = sumSq[w]! + delta[w]! * delta[w]!;
      }
    }
    if (opts.onProgress && si % step === 0) opts.onProgress(si / k);
  }
  // Each unordered pair is counted from both ends in an undirected graph: halve, then normalise.
  const pairs = na > 2 ? ((na - 1) * (na - 2)) / 2 : 1;
  const scale = na / Math.max(1, k) / 2 / pairs;
  const score = new Float64Array(n);
  const stdError = new Float64Array(n);
  const fpc = exact ? 0 : Math.sqrt(1 - k / na);
  for (let i = 0; i < n; i++) {
    score[i] = sum[i]! * scale;
    if (!exact && k > 1) {
      const mean = sum[i]! / k;
      const variance = Math.max(0, sumSq[i]! / k - mean * mean) * (k / (k - 1));
      stdError[i] = (((na * Math.sqrt(variance)) / Math.sqrt(k)) * fpc) / 2 / pairs;
    }
  }
  const top10 = topIndices(score, 10);
  const topError = top10.reduce((m, i) => Math.max(m, stdError[i]!), 0);
  return { score, stdError, exact, sources: k, topError };
}

/** Indices of the k largest values, largest first (ties by lower index). */
export function topIndices(values: ArrayLike<number>, k: number, filter?: (i: number) => boolean): number[] {
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (!filter || filter(i)) idx.push(i);
  idx.sort((a, b) => values[b]! - values[a]! || a - b);
  return idx.slice(0, k);
}

export function degrees(g: CompactGraph): { degree: Int32Array; strength: Float64Array } {
  const degree = new Int32Array(g.n);
  const strength = new Float64Array(g.n);
  for (let i = 0; i < g.n; i++) {
    degree[i] = g.degree(i);
    strength[i] = g.strength(i);
  }
  return { degree, strength };
}
