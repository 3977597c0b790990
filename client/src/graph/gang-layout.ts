// Layouts for gangs. A gang (its members and the entities that tie them) is laid out so that it
// stays in one piece: a component-aware radial start (each connected component a radial tree from
// its best-connected node, components packed side by side, largest in the middle), then
// ForceAtlas2 with strong gravity and linLog off (linLog and weak gravity are what tear a gang
// into far-apart fragments), then noverlap at the size the nodes will have on screen.
// The all-gangs overview is laid out in screen pixels so that every label it forces stays clear
// of every other node and label.
import { UndirectedGraph } from 'graphology';
import * as fa2Module from 'graphology-layout-forceatlas2';
import * as noverlapModule from 'graphology-layout-noverlap';
import { NODE_SIZE } from '../config.ts';
import { hash01 } from './rng.ts';

type AnyGraph = UndirectedGraph<{ x: number; y: number; size?: number }, { weight: number }>;
type Fa2 = {
  assign(
    g: AnyGraph,
    o: { iterations: number; settings: Record<string, unknown>; getEdgeWeight?: string },
  ): void;
};
type Noverlap = {
  assign(
    g: AnyGraph,
    o: {
      maxIterations: number;
      settings: Record<string, number>;
      inputReducer?: (k: string, a: { x: number; y: number }) => { x: number; y: number; size: number };
    },
  ): void;
};
// CommonJS packages: bundlers and Node disagree on where `default` is.
const fa2 = ((fa2Module as { default?: unknown }).default ?? fa2Module) as Fa2;
const noverlap = ((noverlapModule as { default?: unknown }).default ?? noverlapModule) as Noverlap;

export interface LayoutNode {
  id: string;
  /** Radius on screen in pixels (what the canvas will draw), for overlap removal. */
  radius?: number;
  x?: number;
  y?: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  weight?: number;
}

export interface GangLayoutOptions {
  /** The drawing's expected size in pixels (the canvas), for the spacing of nodes. */
  width?: number;
  height?: number;
  /** Called between rounds of ForceAtlas2 with the share done (0..1); awaited, so the page breathes. */
  onProgress?: (fraction: number) => void | Promise<void>;
}

/** The connected components of a graph, largest first, each a list of node keys. */
export function components(graph: AnyGraph): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    const comp = [start];
    seen.add(start);
    for (let i = 0; i < comp.length; i++) {
      graph.forEachNeighbor(comp[i]!, (n) => {
        if (!seen.has(n)) {
          seen.add(n);
          comp.push(n);
        }
      });
    }
    out.push(comp);
  });
  return out.sort((a, b) => b.length - a.length);
}

/**
 * A radial tree of one component: breadth-first from its best-connected node, each node's
 * children sharing its angular sector in proportion to their subtrees, one ring per hop. Nodes
 * that are linked start near each other, so ForceAtlas2 has nothing to untangle.
 */
function radialTree(graph: AnyGraph, comp: string[], step: number): Map<string, { x: number; y: number }> {
  let root = comp[0]!;
  for (const n of comp) if (graph.degree(n) > graph.degree(root)) root = n;
  const parent = new Map<string, string | null>([[root, null]]);
  const children = new Map<string, string[]>();
  const order = [root];
  for (let i = 0; i < order.length; i++) {
    const n = order[i]!;
    const kids: string[] = [];
    graph.forEachNeighbor(n, (m) => {
      if (!parent.has(m)) {
        parent.set(m, n);
        kids.push(m);
        order.push(m);
      }
    });
    children.set(n, kids);
  }
  const weight = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    let w = 1;
    for (const k of children.get(n)!) w += weight.get(k)!;
    weight.set(n, w);
  }
  const pos = new Map<string, { x: number; y: number }>();
  const place = (n: string, depth: number, from: number, to: number) => {
    const mid = (from + to) / 2;
    // A little jitter off the ring, so that ForceAtlas2 does not start from exact symmetry.
    const r = depth * step * (1 + 0.15 * (hash01(n) - 0.5));
    pos.set(n, { x: r * Math.cos(mid), y: r * Math.sin(mid) });
    const kids = children.get(n)!;
    const total = kids.reduce((s, k) => s + weight.get(k)!, 0);
    let a = from;
    for (const k of kids) {
      const span = ((to - from) * weight.get(k)!) / total;
      place(k, depth + 1, a, a + span);
      a += span;
    }
  };
  place(root, 0, 0, 2 * Math.PI);
  return pos;
}

/**
 * The component-aware start: each component a radial tree, the largest at the centre and the
 * others on rings around it, each at a distance that clears its neighbours.
 */
export function initialPlacement(graph: AnyGraph, step = 1): void {
  const comps = components(graph);
  let ringRadius = 0;
  let ringCapacity = 0;
  let placedOnRing = 0;
  let ringExtent = 0;
  comps.forEach((comp, i) => {
    const tree = radialTree(graph, comp, step);
    let extent = step;
    for (const p of tree.values()) extent = Math.max(extent, Math.hypot(p.x, p.y));
    let cx = 0;
    let cy = 0;
    if (i === 0) {
      ringRadius = extent;
    } else {
      if (placedOnRing >= ringCapacity) {
        // A new ring just outside the last one.
        ringRadius += ringExtent + extent + 2 * step;
        ringExtent = extent;
        ringCapacity = Math.max(1, Math.floor((2 * Math.PI * ringRadius) / (2 * extent + 2 * step)));
        placedOnRing = 0;
      }
      const angle = (2 * Math.PI * placedOnRing) / ringCapacity + 0.3 * hash01(comp[0]!);
      cx = ringRadius * Math.cos(angle);
      cy = ringRadius * Math.sin(angle);
      placedOnRing++;
      ringExtent = Math.max(ringExtent, extent);
    }
    for (const [n, p] of tree) graph.mergeNodeAttributes(n, { x: cx + p.x, y: cy + p.y });
  });
}

function toGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): AnyGraph {
  const g: AnyGraph = new UndirectedGraph({ allowSelfLoops: false });
  for (const n of nodes) if (!g.hasNode(n.id)) g.addNode(n.id, { x: 0, y: 0, size: n.radius ?? 5 });
  for (const e of edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    // Parallel links add up: a pair with many ties pulls harder (logarithmically).
    const w = Math.log2(1 + Math.max(1, e.weight ?? 1));
    if (g.hasEdge(e.source, e.target)) g.updateEdgeAttribute(e.source, e.target, 'weight', (v = 0) => v + w);
    else g.addEdge(e.source, e.target, { weight: w });
  }
  return g;
}

const pause = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Lays out a gang in place (sets x and y on every node). One connected gang stays one piece on
 * screen; separate components are packed next to each other rather than flung apart.
 */
export async function layoutGang(
  nodes: LayoutNode[],
  edges: readonly LayoutEdge[],
  options: GangLayoutOptions = {},
): Promise<void> {
  if (!nodes.length) return;
  const g = toGraph(nodes, edges);
  initialPlacement(g, 10);
  const n = g.order;
  const settings = {
    linLogMode: false,
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 0.5,
    barnesHutOptimize: n > 300,
    barnesHutTheta: 0.6,
    slowDown: 1 + Math.log10(n),
  };
  const total = n > 2000 ? 150 : n > 800 ? 250 : 400;
  const chunk = 50;
  for (let done = 0; done < total; done += chunk) {
    fa2.assign(g, { iterations: Math.min(chunk, total - done), settings, getEdgeWeight: 'weight' });
    await options.onProgress?.((done + chunk) / total);
    await pause();
  }
  // Node sizes are screen pixels; the drawing is fitted to the canvas. So the radius in layout
  // units is the pixel radius times the layout's extent over the canvas's size.
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  g.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const px = Math.min((options.width ?? 900) - 60, (options.height ?? 560) - 60);
  const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1e-6) / Math.max(100, px);
  noverlap.assign(g, {
    maxIterations: 60,
    settings: { margin: 1.5 * unitsPerPixel, ratio: 1, expansion: 1.05, gridSize: 20, speed: 3 },
    inputReducer: (k, a) => ({ x: a.x, y: a.y, size: (g.getNodeAttribute(k, 'size') ?? 5) * unitsPerPixel }),
  });
  for (const node of nodes) {
    const a = g.getNodeAttributes(node.id);
    node.x = a.x;
    node.y = a.y;
  }
}

// ---- the all-gangs overview --------------------------------------------------------------------

export interface OverviewNode {
  id: string;
  /** The gang's true member count. */
  members: number;
  label: string;
}

export interface OverviewLayout {
  /** Graph coordinates (the frame's pixels, y up), by node id. */
  positions: Map<string, { x: number; y: number }>;
  /** The nodes whose label fits clear of every other node and label: draw it always. */
  labelled: Set<string>;
  /**
   * The box to frame on the canvas (sigma's custom bounding box): the layout is planned in it so
   * that, fitted to the canvas, one unit is about one pixel and the planned clearances hold.
   */
  frame: { x: [number, number]; y: [number, number] };
}

/** The radius the canvas draws a gang node with (sigma/style.ts, community nodes). */
export function gangRadius(members: number): number {
  const r = NODE_SIZE.community;
  return r.min + (r.max - r.min) * Math.min(1, Math.sqrt(members / 200));
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** sigma's stage padding: the framed box is fitted to the canvas less this much on every side. */
const STAGE_PADDING = 30;

/**
 * Lays out the gangs of a run for a canvas of `width` x `height` pixels: ForceAtlas2 over the
 * weighted links between gangs, stretched to the canvas, then boxes (disc and label, as sigma
 * draws them: the label to the right of the disc) pushed apart until none overlaps. Labels that
 * still collide (a run with hundreds of gangs) are left to the renderer's label grid.
 */
export function layoutOverview(
  nodes: readonly OverviewNode[],
  links: readonly { source: string; target: string; links: number }[],
  width: number,
  height: number,
  measure: (text: string) => number,
): OverviewLayout {
  const positions = new Map<string, { x: number; y: number }>();
  const labelled = new Set<string>();
  const W = Math.max(200, width);
  const H = Math.max(160, height);
  const frame = { x: [0, W] as [number, number], y: [-H, 0] as [number, number] };
  if (!nodes.length) return { positions, labelled, frame };
  const g = toGraph(
    nodes.map((n) => ({ id: n.id, radius: gangRadius(n.members) })),
    links.map((l) => ({ source: l.source, target: l.target, weight: l.links })),
  );
  // Start: largest in the middle, the others on a sunflower spiral by size.
  nodes.forEach((n, i) => {
    const r = 10 * Math.sqrt(i + 0.5);
    const a = i * 2.39996;
    g.mergeNodeAttributes(n.id, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  fa2.assign(g, {
    iterations: 300,
    settings: {
      linLogMode: false,
      strongGravityMode: true,
      gravity: 0.2,
      scalingRatio: 20,
      edgeWeightInfluence: 0.5,
      barnesHutOptimize: g.order > 300,
      slowDown: 2,
    },
    getEdgeWeight: 'weight',
  });
  // Even out the density: ForceAtlas2 with strong gravity packs the small gangs round the big
  // ones in the middle. Keep each gang's direction and its order outwards, but space the distances
  // so that every ring holds as many gangs as its area allows (labels need room everywhere).
  {
    let cx = 0;
    let cy = 0;
    g.forEachNode((_k, a) => {
      cx += a.x;
      cy += a.y;
    });
    cx /= g.order;
    cy /= g.order;
    const polar = g.mapNodes((k, a) => ({
      k,
      d: Math.hypot(a.x - cx, a.y - cy),
      t: Math.atan2(a.y - cy, a.x - cx),
    }));
    polar.sort((p, q) => p.d - q.d);
    polar.forEach((p, i) => {
      const d = polar.length > 1 ? Math.sqrt(i / (polar.length - 1)) : 0;
      g.mergeNodeAttributes(p.k, { x: d * Math.cos(p.t), y: d * Math.sin(p.t) });
    });
  }
  // The frame is fitted into the canvas less the stage padding, so it is drawn `s` times its size;
  // discs and labels keep their pixel size, so in frame units they are 1/s larger.
  const s = Math.min((W - 2 * STAGE_PADDING) / W, (H - 2 * STAGE_PADDING) / H);
  const k = 1 / s;
  // A label is drawn 3 px right of its disc, in 12 px type (baseline a third below the centre).
  const items = nodes.map((n) => {
    const a = g.getNodeAttributes(n.id);
    return { id: n.id, r: gangRadius(n.members) * k, w: (measure(n.label) + 6) * k, x: a.x, y: a.y };
  });
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const it of items) {
    minX = Math.min(minX, it.x);
    maxX = Math.max(maxX, it.x);
    minY = Math.min(minY, it.y);
    maxY = Math.max(maxY, it.y);
  }
  const half = (it: (typeof items)[number]) => Math.max(it.r, 9 * k) + 2 * k;
  const box = (it: (typeof items)[number]): Box => ({
    x0: it.x - it.r - 2 * k,
    x1: it.x + it.r + 3 * k + it.w,
    y0: it.y - half(it),
    y1: it.y + half(it),
  });
  const clamp = (it: (typeof items)[number]) => {
    const b = box(it);
    if (b.x1 > W) it.x -= b.x1 - W;
    if (b.x0 < 0) it.x -= b.x0;
    if (b.y1 > H) it.y -= b.y1 - H;
    if (b.y0 < 0) it.y -= b.y0;
  };
  const maxLabel = Math.max(...items.map((it) => it.w));
  for (const it of items) {
    // Stretched to the frame (labels need room on the right); screen y grows downwards.
    const x0 = 2 * k + it.r;
    const x1 = W - maxLabel - 8 * k;
    it.x = maxX > minX ? x0 + ((it.x - minX) / (maxX - minX)) * Math.max(0, x1 - x0) : W / 2;
    it.y = maxY > minY ? 12 * k + ((maxY - it.y) / (maxY - minY)) * (H - 24 * k) : H / 2;
    clamp(it);
  }
  // Placement, largest gang first: each goes to the free spot nearest to where the force layout
  // put it (a spiral search), free meaning its disc and label overlap no disc or label placed
  // before. So no two labels drawn ever overlap, and the picture keeps the layout's topology.
  // A gang that finds no free spot (a run with hundreds of gangs) stays where it was, its label
  // left to the renderer's label grid.
  // Placed boxes in a grid of 40 px cells, so a test looks only at its neighbours.
  const CELL = 40;
  const grid = new Map<number, Box[]>();
  const cells = (b: Box, visit: (k: number) => boolean | void) => {
    for (let i = Math.floor(b.x0 / CELL); i <= Math.floor(b.x1 / CELL); i++)
      for (let j = Math.floor(b.y0 / CELL); j <= Math.floor(b.y1 / CELL); j++)
        if (visit(i * 4096 + j)) return;
  };
  const overlaps = (p: Box, q: Box) => p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
  const inFrame = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= W && b.y1 <= H;
  const free = (b: Box) => {
    if (!inFrame(b)) return false;
    let ok = true;
    cells(b, (key) => {
      if ((grid.get(key) ?? []).some((q) => overlaps(b, q))) ok = false;
      return !ok;
    });
    return ok;
  };
  const place = (b: Box) =>
    cells(b, (key) => {
      const list = grid.get(key);
      if (list) list.push(b);
      else grid.set(key, [b]);
    });
  const disc = (it: (typeof items)[number]): Box => ({
    x0: it.x - it.r - k,
    x1: it.x + it.r + k,
    y0: it.y - it.r - k,
    y1: it.y + it.r + k,
  });
  /** Every spot of a 6 px grid over the frame, nearest to (x, y) first: the first free one. */
  const scan = (
    it: (typeof items)[number],
    x: number,
    y: number,
    shape: (it: (typeof items)[number]) => Box,
  ): boolean => {
    const spots: Array<[number, number, number]> = [];
    for (let sx = 0; sx <= W; sx += 6)
      for (let sy = 0; sy <= H; sy += 6) spots.push([(sx - x) ** 2 + (sy - y) ** 2, sx, sy]);
    spots.sort((p, q) => p[0] - q[0]);
    for (const [, sx, sy] of spots) {
      it.x = sx;
      it.y = sy;
      const b = shape(it);
      if (inFrame(b) && free(b)) return true;
    }
    return false;
  };
  const step = 3;
  const maxRadius = Math.hypot(W, H);
  // Past a few hundred gangs the frame fills up: give up on a label sooner.
  const budget = items.length > 150 ? 3000 : 20000;
  for (const it of items) {
    const x = it.x;
    const y = it.y;
    let found = free(box(it));
    // Archimedean spiral: points `step` apart along it, turns `step` apart.
    for (let a = 0, tries = 0; !found && tries < budget; tries++) {
      const r = (step * a) / (2 * Math.PI);
      if (r > maxRadius) break;
      it.x = x + r * Math.cos(a);
      it.y = y + r * Math.sin(a);
      found = free(box(it));
      // Points `step` apart near the start, sparser further out (a far spot is a poor spot).
      a += Math.max(step, r / 25) / Math.max(step, r);
    }
    if (found) {
      place(box(it));
      labelled.add(it.id);
    } else if (scan(it, x, y, disc)) {
      // No room for its label: at least its disc clear of the others (its label left to the
      // renderer's label grid).
      place(disc(it));
    } else {
      it.x = x;
      it.y = y;
    }
  }
  for (const it of items) positions.set(it.id, { x: it.x, y: -it.y });
  return { positions, labelled, frame };
}
