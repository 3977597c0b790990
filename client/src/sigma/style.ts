// Styling that carries meaning: colour and icon per entity type or colour per community, size by
// a chosen measure, edge width by weight. Writes `color`, `size`, `image`, `type` attributes.
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { COMMUNITY_COLORS, LOD, NODE_SIZE, OTHER_COLOR, TYPE_COLORS, type EntityType } from '../config.ts';
import type { WorkGraph } from '../graph/merge.ts';

export const SIZE_MEASURES = ['none', 'degree', 'betweenness', 'pagerank'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];
export const COLOR_MODES = ['type', 'community'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export interface StyleSettings {
  colorBy: ColorMode;
  sizeBy: SizeMeasure;
}

export const typeColor = (t: string) => TYPE_COLORS[t as EntityType] ?? OTHER_COLOR;

export function communityColor(c: string | undefined): string {
  if (c === undefined || c === 'none') return OTHER_COLOR;
  let h = 0;
  for (let i = 0; i < c.length; i++) h = (h * 31 + c.charCodeAt(i)) >>> 0;
  const n = /^\d+$/.test(c) ? Number(c) : h;
  return COMMUNITY_COLORS[n % COMMUNITY_COLORS.length]!;
}

export const iconUrl = (t: string) => `${import.meta.env.BASE_URL}icons/${t.toLowerCase()}.svg`;
const KNOWN_ICONS = new Set([
  'Person',
  'Phone',
  'Vehicle',
  'Relic',
  'Site',
  'Case',
  'Sale',
  'Call',
  'Sighting',
  'Community',
]);

// These CommonJS packages export a function; bundlers and Node disagree on where `default` is.
type Fn = (g: WorkGraph, o?: Record<string, unknown>) => Record<string, number>;
const cjs = (m: unknown): Fn => ((m as { default?: unknown }).default ?? m) as Fn;
const betweenness = cjs(betweennessModule);
const pagerank = cjs(pagerankModule);

/** Betweenness is O(n·m): above this size the measure falls back to degree. */
const BETWEENNESS_MAX_NODES = 3_000;

function measureValues(graph: WorkGraph, measure: SizeMeasure): Record<string, number> | null {
  if (measure === 'none' || graph.order === 0) return null;
  if (measure === 'betweenness' && graph.order <= BETWEENNESS_MAX_NODES)
    return betweenness(graph, { normalized: true });
  if (measure === 'pagerank') {
    try {
      return pagerank(graph, { getEdgeWeight: 'weight' });
    } catch {
      return degreeCentrality(graph); // pagerank may fail to converge on odd graphs
    }
  }
  return degreeCentrality(graph);
}

/** Applies colour, icon and size to every node and width to every edge. */
export function applyStyle(graph: WorkGraph, s: StyleSettings): void {
  const values = measureValues(graph, s.sizeBy);
  let max = 0;
  if (values) for (const v of Object.values(values)) max = Math.max(max, v);
  const icons = graph.order <= LOD.iconsUpTo;
  const plain = graph.order > LOD.pointsAbove ? 'point' : 'circle';
  graph.updateEachNodeAttributes((node, a) => {
    // Gangs and combos are sized by how many entities they stand for, coloured by their gang.
    const isCommunity = a.entityType === 'Community' || a.entityType === 'Combo';
    const range = isCommunity ? NODE_SIZE.community : NODE_SIZE;
    let size: number;
    if (isCommunity)
      size = range.min + (range.max - range.min) * Math.min(1, Math.sqrt((a.members ?? 1) / 200));
    else if (values && max > 0)
      size = range.min + (range.max - range.min) * Math.sqrt((values[node] ?? 0) / max);
    else size = a.entityType === 'Person' ? 7 : 5;
    const color =
      s.colorBy === 'community' || isCommunity ? communityColor(a.community) : typeColor(a.entityType);
    const withIcon = icons && KNOWN_ICONS.has(a.entityType);
    return {
      ...a,
      size,
      color,
      type: withIcon ? 'pictogram' : plain,
      image: withIcon ? iconUrl(a.entityType) : undefined,
    };
  });
  let maxW = 1;
  graph.forEachEdge((_e, a) => (maxW = Math.max(maxW, a.weight)));
  // The hint names `zIndex` so that sigma re-indexes edges added since its last render (without
  // it, sigma 3 repaints in place and throws on edges it has not indexed yet).
  graph.updateEachEdgeAttributes(
    (_e, a) => ({ ...a, size: 0.6 + 2.4 * Math.sqrt(a.weight / maxW), color: '#b8c2cc' }),
    { attributes: ['size', 'color', 'zIndex'] },
  );
}
