// The canvas filters: entity and relationship types, a time range, minimum confidence, community.
import type { WorkGraph } from './merge.ts';

export interface Filters {
  /** Types shown; empty = all. */
  nodeTypes: string[];
  relTypes: string[];
  /** Epoch ms; null = open. */
  from: number | null;
  to: number | null;
  minConfidence: number;
  community: string | null;
}

export const emptyFilters = (): Filters => ({
  nodeTypes: [],
  relTypes: [],
  from: null,
  to: null,
  minConfidence: 0,
  community: null,
});

export const isActive = (f: Filters) =>
  f.nodeTypes.length > 0 ||
  f.relTypes.length > 0 ||
  f.from !== null ||
  f.to !== null ||
  f.minConfidence > 0 ||
  f.community !== null;

const inWindow = (at: number | undefined, f: Filters) =>
  at === undefined || ((f.from === null || at >= f.from) && (f.to === null || at <= f.to));

export function nodePredicate(graph: WorkGraph, f: Filters): ((n: string) => boolean) | null {
  if (!isActive(f)) return null;
  const types = new Set(f.nodeTypes);
  return (n) => {
    if (!graph.hasNode(n)) return false;
    const a = graph.getNodeAttributes(n);
    if (types.size && !types.has(a.entityType)) return false;
    if (a.confidence < f.minConfidence) return false;
    if (f.community !== null && a.community !== f.community) return false;
    return inWindow(a.at, f);
  };
}

export function edgePredicate(graph: WorkGraph, f: Filters): ((e: string) => boolean) | null {
  if (f.relTypes.length === 0 && f.minConfidence === 0 && f.from === null && f.to === null) return null;
  const types = new Set(f.relTypes);
  return (e) => {
    if (!graph.hasEdge(e)) return false;
    const a = graph.getEdgeAttributes(e);
    if (types.size && !types.has(a.relType)) return false;
    if (a.confidence < f.minConfidence) return false;
    return inWindow(a.at, f);
  };
}

/** Activity over time: counts of dated nodes and edges in `bins` equal buckets. */
export function activityHistogram(
  graph: WorkGraph,
  bins = 40,
): { min: number; max: number; counts: number[] } | null {
  const times: number[] = [];
  graph.forEachNode((_n, a) => {
    if (typeof a.at === 'number') times.push(a.at);
  });
  graph.forEachEdge((_e, a) => {
    if (typeof a.at === 'number') times.push(a.at);
  });
  if (times.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const t of times) {
    min = Math.min(min, t);
    max = Math.max(max, t);
  }
  const counts = new Array<number>(bins).fill(0);
  const span = Math.max(1, max - min);
  for (const t of times) counts[Math.min(bins - 1, Math.floor(((t - min) / span) * bins))]!++;
  return { min, max, counts };
}
