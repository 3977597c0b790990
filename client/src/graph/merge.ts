// API subgraphs → the workspace graph (graphology). New nodes without a position are placed beside
// what they belong to: an expansion on rings around the node it came from (on the side facing away
// from the rest of the graph, never on a node already there), a node linked to one already on the
// canvas beside that node, and anything unconnected as a block in the free space to the right of
// the graph. Distances are in units of the graph's own spacing, so placement reads the same after a
// layout has stretched or shrunk the coordinates.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, NodeAttrs, NodeRecord, Subgraph } from './types.ts';
import { hash01 } from './rng.ts';

export type WorkGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export function createWorkGraph(): WorkGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
}

export const edgeKey = (e: { id?: string; source: string; type: string; target: string }) =>
  e.id ?? `${e.source}-${e.type}-${e.target}`;

export interface MergeOptions {
  /** What the canvas shows as a node's label (its caption); the API's label when omitted. */
  label?: (n: NodeRecord) => string;
}

/**
 * The graph's typical distance between neighbouring nodes: the median distance from a node to its
 * nearest other node, over a sample. 1 for a graph of fewer than two nodes.
 */
export function typicalSpacing(graph: WorkGraph, nodes?: string[]): number {
  const ids = (nodes ?? graph.nodes()).filter((n) => !graph.getNodeAttribute(n, 'hidden'));
  if (ids.length < 2) return 1;
  const pts = ids.map((n) => graph.getNodeAttributes(n));
  const step = Math.max(1, Math.floor(pts.length / 200));
  const all = pts.length > 3000 ? pts.filter((_p, i) => i % Math.ceil(pts.length / 3000) === 0) : pts;
  const nearest: number[] = [];
  for (let i = 0; i < pts.length; i += step) {
    const p = pts[i]!;
    let best = Infinity;
    for (const q of all) {
      if (q === p) continue;
      const d = Math.hypot(p.x - q.x, p.y - q.y);
      if (d > 1e-9 && d < best) best = d;
    }
    if (Number.isFinite(best)) nearest.push(best);
  }
  if (!nearest.length) return 1;
  nearest.sort((a, b) => a - b);
  return nearest[Math.floor(nearest.length / 2)]!;
}

/** Which cells of a grid of side `cell` hold a node: for "is this spot free?". */
class Occupancy {
  private cells = new Map<string, Array<{ x: number; y: number }>>();
  constructor(private readonly cell: number) {}
  private key(x: number, y: number) {
    return `${Math.floor(x / this.cell)},${Math.floor(y / this.cell)}`;
  }
  add(x: number, y: number): void {
    const k = this.key(x, y);
    const list = this.cells.get(k);
    if (list) list.push({ x, y });
    else this.cells.set(k, [{ x, y }]);
  }
  /** True when no node is within `r` (≤ cell) of (x, y). */
  free(x: number, y: number, r: number): boolean {
    const cx = Math.floor(x / this.cell);
    const cy = Math.floor(y / this.cell);
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (const p of this.cells.get(`${cx + i},${cy + j}`) ?? [])
          if (Math.hypot(p.x - x, p.y - y) < r) return false;
    return true;
  }
}

function centroid(graph: WorkGraph): { x: number; y: number } {
  let x = 0;
  let y = 0;
  graph.forEachNode((_n, a) => {
    x += a.x;
    y += a.y;
  });
  const n = Math.max(1, graph.order);
  return { x: x / n, y: y / n };
}

/**
 * `count` free spots around `anchor`: rings at 2, 3, 4… spacings, on the half facing away from the
 * graph's centre (the whole ring when the anchor is the centre), skipping spots next to a node.
 */
function ringSpots(
  anchor: { x: number; y: number },
  away: { x: number; y: number },
  count: number,
  spacing: number,
  occupied: Occupancy,
): Array<{ x: number; y: number }> {
  const dx = anchor.x - away.x;
  const dy = anchor.y - away.y;
  const alone = Math.hypot(dx, dy) < spacing * 0.5;
  const theta = Math.atan2(dy, dx);
  const out: Array<{ x: number; y: number }> = [];
  for (let ring = 0; out.length < count && ring < 200; ring++) {
    const radius = spacing * (2 + ring);
    // Past a few rings the facing half is crowded: open the arc to the whole circle.
    const spread = alone || ring >= 4 ? 2 * Math.PI : Math.PI * (1 + ring / 4);
    const full = spread >= 2 * Math.PI - 1e-9;
    const slots = Math.max(1, Math.floor((spread * radius) / spacing));
    // What is left spread evenly over the ring (not bunched in its first slots).
    const n = Math.min(slots, count - out.length);
    for (let i = 0; i < n && out.length < count; i++) {
      const step = (2 * Math.PI) / n;
      // Alone, no node goes straight right of the anchor, where its label is drawn: slots sit
      // half a step either side of it (one node goes on top); later rings are staggered.
      const angle = alone
        ? n === 1
          ? Math.PI / 2
          : step / 2 + i * step + (ring % 2 ? step / 4 : 0)
        : full
          ? theta + i * step + (ring % 2 ? step / 2 : 0)
          : theta - spread / 2 + (spread * (i + 0.5)) / n;
      const x = anchor.x + radius * Math.cos(angle);
      const y = anchor.y + radius * Math.sin(angle);
      if (!occupied.free(x, y, spacing * 0.6)) continue;
      occupied.add(x, y);
      out.push({ x, y });
    }
  }
  return out;
}

/** A block of `count` spots (rows of √count) to the right of everything on the graph. */
function freeBlock(graph: WorkGraph, count: number, spacing: number): Array<{ x: number; y: number }> {
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    if (a.hidden) return;
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  if (!Number.isFinite(maxX)) return Array.from({ length: count }, (_v, i) => ({ x: i * spacing * 2, y: 0 }));
  const cols = Math.ceil(Math.sqrt(count));
  const rows = Math.ceil(count / cols);
  const gap = spacing * 2;
  const top = (minY + maxY) / 2 - ((rows - 1) * gap) / 2;
  const left = maxX + spacing * 3;
  return Array.from({ length: count }, (_v, i) => ({
    x: left + (i % cols) * gap,
    y: top + Math.floor(i / cols) * gap,
  }));
}

/** The old deterministic disc, for a graph that starts empty (a whole network, a gang). */
function discSpot(id: string): { x: number; y: number } {
  const angle = hash01(id) * 2 * Math.PI;
  const radius = 5 * Math.sqrt(hash01(`${id}#r`) + 0.05);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Positions for the nodes of `fresh` that have none (see the top of the file). Returns a map by id;
 * nodes that carry x and y keep them.
 */
function placeNew(
  graph: WorkGraph,
  sub: Subgraph,
  fresh: NodeRecord[],
  anchor: string | undefined,
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const unplaced = fresh.filter((n) => n.x === undefined || n.y === undefined);
  if (!unplaced.length) return out;
  if (graph.order === 0) {
    if (unplaced.length === 1) out.set(unplaced[0]!.id, { x: 0, y: 0 });
    else for (const n of unplaced) out.set(n.id, discSpot(n.id));
    return out;
  }
  const spacing = typicalSpacing(graph);
  const occupied = new Occupancy(spacing);
  graph.forEachNode((_n, a) => occupied.add(a.x, a.y));
  for (const n of fresh) if (n.x !== undefined && n.y !== undefined) occupied.add(n.x, n.y);
  const centre = centroid(graph);

  // Who each new node sits beside: the expansion's origin, else a node on the canvas it links to.
  const around = new Map<string, NodeRecord[]>();
  const loose: NodeRecord[] = [];
  const onCanvas = (id: string) => graph.hasNode(id);
  const neighbourOnCanvas = new Map<string, string>();
  if (!anchor || !graph.hasNode(anchor))
    for (const e of sub.edges) {
      if (onCanvas(e.source) && !onCanvas(e.target) && !neighbourOnCanvas.has(e.target))
        neighbourOnCanvas.set(e.target, e.source);
      if (onCanvas(e.target) && !onCanvas(e.source) && !neighbourOnCanvas.has(e.source))
        neighbourOnCanvas.set(e.source, e.target);
    }
  for (const n of unplaced) {
    const a = anchor && graph.hasNode(anchor) ? anchor : neighbourOnCanvas.get(n.id);
    if (a) {
      const list = around.get(a);
      if (list) list.push(n);
      else around.set(a, [n]);
    } else loose.push(n);
  }
  for (const [a, nodes] of around) {
    const spots = ringSpots(graph.getNodeAttributes(a), centre, nodes.length, spacing, occupied);
    nodes.forEach((n, i) => out.set(n.id, spots[i] ?? discSpot(n.id)));
  }
  if (loose.length) {
    const spots = freeBlock(graph, loose.length, spacing);
    loose.forEach((n, i) => out.set(n.id, spots[i]!));
  }
  return out;
}

/** Adds what is new in `sub` to `graph`; returns the ids of the nodes added. */
export function mergeSubgraph(
  graph: WorkGraph,
  sub: Subgraph,
  anchor?: string,
  options: MergeOptions = {},
): string[] {
  const added: string[] = [];
  const seen = new Set<string>();
  const fresh = sub.nodes.filter((n) => !graph.hasNode(n.id) && !seen.has(n.id) && seen.add(n.id));
  const spots = placeNew(graph, sub, fresh, anchor);
  for (const n of fresh) {
    const spot = spots.get(n.id);
    graph.addNode(n.id, {
      x: n.x ?? spot?.x ?? 0,
      y: n.y ?? spot?.y ?? 0,
      label: options.label ? options.label(n) : n.label,
      // The API's own label, for captioning again in another language.
      ...(options.label ? { apiLabel: n.label } : {}),
      entityType: n.type,
      confidence: n.confidence ?? 1,
      at: n.at,
      community: n.community === undefined || n.community === null ? undefined : String(n.community),
      properties: n.properties ?? {},
    });
    added.push(n.id);
  }
  for (const n of sub.nodes) {
    if (n.community !== undefined && n.community !== null && graph.hasNode(n.id))
      graph.setNodeAttribute(n.id, 'community', String(n.community));
  }
  for (const e of sub.edges) {
    const key = edgeKey(e);
    if (graph.hasEdge(key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(key, e.source, e.target, {
      relType: e.type,
      confidence: e.confidence ?? 1,
      weight: e.weight ?? 1,
      at: e.at,
      properties: e.properties ?? {},
    });
  }
  return added;
}

/** A fresh graph holding exactly `sub` (used to open a network or a saved investigation). */
export function graphFromSubgraph(sub: Subgraph, options?: MergeOptions): WorkGraph {
  const g = createWorkGraph();
  mergeSubgraph(g, sub, undefined, options);
  return g;
}
