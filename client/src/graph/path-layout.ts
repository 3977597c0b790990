// Where the path finder puts what it brings onto the canvas. Nodes already on the canvas keep their
// place; the paths' new nodes go along a line or an arc in free space: beside the canvas when
// neither end of the paths is there yet, away from the rest when one end is, and on an arc between
// the two when both are, each path on a lane of its own, never within a node's spacing of a node
// already there. Distances are in units of the canvas's own spacing (the median distance from a
// node to its nearest neighbour), so a path reads the same beside a dense gang or a sparse sketch.
import type { WorkGraph } from './merge.ts';

export interface Point {
  x: number;
  y: number;
}

/** Distance between consecutive nodes of a path, in spacings. */
const STEP = 1.6;
/** Distance between the lanes of different paths, in spacings. */
const LANE = 1.3;
/** Closest a new node may come to any other node, in spacings. */
const CLEARANCE = 1;

/**
 * The canvas's typical distance between neighbouring nodes: the median distance from a node to its
 * nearest other node, over a sample of at most 300 nodes. 1 when there are fewer than two.
 */
export function spacingOf(points: readonly Point[]): number {
  if (points.length < 2) return 1;
  const stride = Math.max(1, Math.floor(points.length / 300));
  const against =
    points.length > 5000 ? points.filter((_p, i) => i % Math.ceil(points.length / 5000) === 0) : points;
  const nearest: number[] = [];
  for (let i = 0; i < points.length; i += stride) {
    const p = points[i]!;
    let best = Infinity;
    for (const q of against) {
      const d = Math.hypot(p.x - q.x, p.y - q.y);
      if (d > 1e-9 && d < best) best = d;
    }
    if (Number.isFinite(best)) nearest.push(best);
  }
  if (!nearest.length) return 1;
  nearest.sort((a, b) => a - b);
  return nearest[Math.floor(nearest.length / 2)]!;
}

/** The drawn (not hidden) nodes of a graph as points, leaving out `except`. */
export function nodePoints(graph: WorkGraph, except?: ReadonlySet<string>): Point[] {
  const out: Point[] = [];
  graph.forEachNode((n, a) => {
    if (!a.hidden && !except?.has(n)) out.push({ x: a.x, y: a.y });
  });
  return out;
}

/** Points in cells of a fixed size, for "how close is the nearest point to here?". */
export class PointGrid {
  private readonly cells = new Map<string, Point[]>();
  constructor(private readonly cell: number) {}

  private key(cx: number, cy: number): string {
    return `${cx},${cy}`;
  }

  add(p: Point): void {
    const k = this.key(Math.floor(p.x / this.cell), Math.floor(p.y / this.cell));
    const list = this.cells.get(k);
    if (list) list.push(p);
    else this.cells.set(k, [p]);
  }

  /** Distance to the nearest point within one cell of `p` (Infinity when there is none). */
  nearest(p: Point): number {
    const cx = Math.floor(p.x / this.cell);
    const cy = Math.floor(p.y / this.cell);
    let best = Infinity;
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (const q of this.cells.get(this.key(cx + i, cy + j)) ?? [])
          best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
    return best;
  }
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boxOf(points: readonly Point[]): Box | null {
  if (!points.length) return null;
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const p of points) {
    b.minX = Math.min(b.minX, p.x);
    b.minY = Math.min(b.minY, p.y);
    b.maxX = Math.max(b.maxX, p.x);
    b.maxY = Math.max(b.maxY, p.y);
  }
  return b;
}

/**
 * Where a block `width` x `height` goes beside what is on the canvas (`around`), `gap` clear of it:
 * to the right or below, whichever keeps the whole closer to a screen's shape. Returns the block's
 * top-left corner as its minimum x and maximum y (graph y grows upwards on sigma's screen).
 */
export function besideBox(around: Box | null, width: number, height: number, gap: number): Point {
  if (!around) return { x: -width / 2, y: height / 2 };
  const w = around.maxX - around.minX;
  const h = around.maxY - around.minY;
  const cx = (around.minX + around.maxX) / 2;
  const cy = (around.minY + around.maxY) / 2;
  const SCREEN = 1.6;
  const right = (w + gap + width) / Math.max(h, height, 1e-9);
  const below = Math.max(w, width) / Math.max(h + gap + height, 1e-9);
  const misfit = (r: number) => Math.abs(Math.log(r / SCREEN));
  if (misfit(right) <= misfit(below)) return { x: around.maxX + gap, y: cy + height / 2 };
  return { x: cx - width / 2, y: around.minY - gap };
}

/**
 * Positions for the nodes of `paths` (node ids from one end to the other; all paths share their
 * ends) that are not on `graph` yet. Nodes on the graph stay where they are and are not returned.
 */
export function layoutPaths(
  graph: WorkGraph,
  paths: readonly (readonly string[])[],
  options: { spacing?: number } = {},
): Map<string, Point> {
  const out = new Map<string, Point>();
  const first = paths.find((p) => p.length > 0);
  if (!first) return out;
  const fresh = new Set<string>();
  for (const p of paths) for (const n of p) if (!graph.hasNode(n)) fresh.add(n);
  if (!fresh.size) return out;

  const obstacles = nodePoints(graph);
  const s = options.spacing ?? spacingOf(obstacles);
  const clear = s * CLEARANCE;
  const grid = new PointGrid(clear);
  for (const p of obstacles) grid.add(p);
  const at = (id: string): Point | undefined => {
    const placed = out.get(id);
    if (placed) return placed;
    if (!graph.hasNode(id)) return undefined;
    const a = graph.getNodeAttributes(id);
    return { x: a.x, y: a.y };
  };
  const put = (id: string, p: Point) => {
    out.set(id, p);
    grid.add(p);
  };
  const isClear = (pts: readonly Point[]) => minClearance(pts, grid) >= clear * 0.999;

  // 1. The ends.
  const from = first[0]!;
  const to = first[first.length - 1]!;
  const hops = Math.max(2, ...paths.map((p) => p.length - 1));
  const length = hops * STEP * s;
  const lanes = Math.ceil((paths.length - 1) / 2);
  const pa = at(from);
  const pb = at(to);
  const bounds = boxOf(obstacles);
  const reach = 2 * (bounds ? Math.hypot(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY) : 0) + 20 * s;
  if (pa && !pb) put(to, endAway(pa, first, length, s, obstacles, isClear));
  else if (pb && !pa) put(from, endAway(pb, [...first].reverse(), length, s, obstacles, isClear));
  else if (!pa && !pb) {
    // Beside the canvas, reading left to right, with room for the lanes above and below.
    const margin = lanes * LANE * s;
    const corner = besideBox(bounds, length, 2 * margin, 2 * s);
    put(from, { x: corner.x, y: corner.y - margin });
    put(to, { x: corner.x + length, y: corner.y - margin });
  }

  // 2. Each path's runs of new nodes, between the nodes before and after them that have a place.
  paths.forEach((path, i) => {
    let a = 0;
    for (let b = 1; b < path.length; b++) {
      if (!at(path[b]!)) continue;
      if (b - a > 1) {
        const run = path.slice(a + 1, b).filter((n) => !at(n));
        if (run.length) {
          const pts = placeRun(
            at(path[a]!)!,
            at(path[b]!)!,
            run.length,
            laneOf(i) * LANE * s,
            s,
            grid,
            clear,
            reach,
          );
          run.forEach((n, k) => put(n, pts[k]!));
        }
      }
      a = b;
    }
  });
  return out;
}

/** 0, +1, -1, +2, -2, …: the lane of the i-th path. */
const laneOf = (i: number) => (i === 0 ? 0 : i % 2 ? (i + 1) / 2 : -i / 2);

/** The smallest distance from any of `pts` to a point of the grid or to another of `pts`. */
function minClearance(pts: readonly Point[], grid: PointGrid): number {
  let best = Infinity;
  pts.forEach((p, i) => {
    best = Math.min(best, grid.nearest(p));
    for (let j = 0; j < i; j++) best = Math.min(best, Math.hypot(p.x - pts[j]!.x, p.y - pts[j]!.y));
  });
  return best;
}

/**
 * The free end of a path whose other end (`anchor`) is on the canvas: `length` away from it, in the
 * direction facing away from the rest of the canvas, turned until the straight path is clear.
 */
function endAway(
  anchor: Point,
  path: readonly string[],
  length: number,
  s: number,
  obstacles: readonly Point[],
  isClear: (pts: readonly Point[]) => boolean,
): Point {
  let cx = 0;
  let cy = 0;
  for (const p of obstacles) {
    cx += p.x;
    cy += p.y;
  }
  cx /= Math.max(1, obstacles.length);
  cy /= Math.max(1, obstacles.length);
  const away =
    Math.hypot(anchor.x - cx, anchor.y - cy) < s * 0.5 ? 0 : Math.atan2(anchor.y - cy, anchor.x - cx);
  const steps = path.length - 1;
  for (const stretch of [1, 1.5, 2.5]) {
    for (let k = 0; k <= 12; k++) {
      const turn = ((k % 2 ? 1 : -1) * Math.ceil(k / 2) * Math.PI) / 12;
      const angle = away + turn;
      const L = length * stretch;
      const pts: Point[] = [];
      for (let j = 1; j <= steps; j++) {
        const t = j / steps;
        pts.push({ x: anchor.x + t * L * Math.cos(angle), y: anchor.y + t * L * Math.sin(angle) });
      }
      if (isClear(pts)) return pts[pts.length - 1]!;
    }
  }
  return { x: anchor.x + length * Math.cos(away), y: anchor.y + length * Math.sin(away) };
}

/**
 * `count` points between p and q on a parabolic arc bulging `bulge` to the left of p→q, or on the
 * nearest arc (bulging more, to either side) that keeps every point `clear` of the grid's points and
 * of each other. Falls back on the arc that came closest.
 */
function placeRun(
  p: Point,
  q: Point,
  count: number,
  bulge: number,
  s: number,
  grid: PointGrid,
  clear: number,
  reach: number,
): Point[] {
  let dx = q.x - p.x;
  let dy = q.y - p.y;
  let d = Math.hypot(dx, dy);
  if (d < 1e-9) {
    dx = s;
    dy = 0;
    d = s;
  }
  const nx = -dy / d;
  const ny = dx / d;
  const arc = (h: number): Point[] => {
    const pts: Point[] = [];
    for (let k = 1; k <= count; k++) {
      const t = k / (count + 1);
      const off = 4 * t * (1 - t) * h;
      pts.push({ x: p.x + t * dx + nx * off, y: p.y + t * dy + ny * off });
    }
    return pts;
  };
  let best: Point[] = arc(bulge);
  let bestClear = -Infinity;
  // Offsets from the preferred bulge: half-lane steps near it, then growing, out to `reach` (wide
  // enough to go round a dense canvas the ends sit inside), outwards first.
  const step = (LANE * s) / 2;
  const offsets = [0];
  for (let o = step; o <= reach; o = o < 12 * step ? o + step : o * 1.25) offsets.push(o, -o);
  const side = bulge < 0 ? -1 : 1;
  for (const o of offsets) {
    const pts = arc(bulge + side * o);
    const c = minClearance(pts, grid);
    if (c >= clear * 0.999) return pts;
    if (c > bestClear) {
      bestClear = c;
      best = pts;
    }
  }
  return best;
}
