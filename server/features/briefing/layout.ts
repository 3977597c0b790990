// A deterministic layout for a gang's picture: Fruchterman–Reingold force layout started from a
// sunflower spiral in rank order (no randomness, so the same gang always draws the same), pulled
// gently to the centre so that members without ties stay in the frame, then nodes pushed apart
// until none overlap; and label places chosen so that labels cover neither each other nor nodes.

export interface LayoutNode {
  id: string;
  radius: number;
}
export interface LayoutEdge {
  a: string;
  b: string;
  weight: number;
}
export interface Point {
  x: number;
  y: number;
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

export function forceLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  width: number,
  height: number,
  iterations = 300,
): Map<string, Point> {
  const n = nodes.length;
  const index = new Map(nodes.map((v, i) => [v.id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const cx = width / 2;
  const cy = height / 2;
  const spread = Math.min(width, height) / 2;
  for (let i = 0; i < n; i++) {
    const r = spread * Math.sqrt((i + 0.5) / Math.max(1, n));
    x[i] = cx + r * Math.cos(i * GOLDEN);
    y[i] = cy + r * Math.sin(i * GOLDEN);
  }
  const links = edges
    .map((e) => [index.get(e.a), index.get(e.b), e.weight] as const)
    .filter((e): e is readonly [number, number, number] => e[0] !== undefined && e[1] !== undefined);
  const maxW = Math.max(1e-9, ...links.map((l) => l[2]));
  const k = 0.9 * Math.sqrt((width * height) / Math.max(1, n));
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    const t = (Math.min(width, height) / 8) * (1 - it / iterations) + 0.5;
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = x[i]! - x[j]!;
        let ey = y[i]! - y[j]!;
        let d2 = ex * ex + ey * ey;
        if (d2 < 1e-6) {
          ex = 0.01 * (i - j);
          ey = 0.01;
          d2 = ex * ex + ey * ey;
        }
        const f = (k * k) / d2;
        dx[i]! += ex * f;
        dy[i]! += ey * f;
        dx[j]! -= ex * f;
        dy[j]! -= ey * f;
      }
    }
    for (const [a, b, w] of links) {
      const ex = x[a]! - x[b]!;
      const ey = y[a]! - y[b]!;
      const d = Math.sqrt(ex * ex + ey * ey) + 1e-9;
      const f = (d / k) * (0.5 + w / maxW);
      dx[a]! -= ex * f;
      dy[a]! -= ey * f;
      dx[b]! += ex * f;
      dy[b]! += ey * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i]! += (cx - x[i]!) * 0.04 * (k / spread) * 10;
      dy[i]! += (cy - y[i]!) * 0.04 * (k / spread) * 10;
      const d = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) + 1e-9;
      const step = Math.min(d, t);
      x[i] = x[i]! + (dx[i]! / d) * step;
      y[i] = y[i]! + (dy[i]! / d) * step;
    }
  }
  fitInto(nodes, x, y, width, height);
  separate(nodes, x, y, width, height);
  return new Map(nodes.map((v, i) => [v.id, { x: x[i]!, y: y[i]! }]));
}

/** Scales the drawing to fill the frame (each axis on its own), keeping radii inside. */
function fitInto(nodes: readonly LayoutNode[], x: Float64Array, y: Float64Array, w: number, h: number) {
  const pad = Math.max(4, ...nodes.map((v) => v.radius)) + 2;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < x.length; i++) {
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  const sx = maxX > minX ? (w - 2 * pad) / (maxX - minX) : 0;
  const sy = maxY > minY ? (h - 2 * pad) / (maxY - minY) : 0;
  for (let i = 0; i < x.length; i++) {
    x[i] = sx ? pad + (x[i]! - minX) * sx : w / 2;
    y[i] = sy ? pad + (y[i]! - minY) * sy : h / 2;
  }
}

/** Pushes overlapping nodes apart (a few sweeps), staying in the frame. */
function separate(nodes: readonly LayoutNode[], x: Float64Array, y: Float64Array, w: number, h: number) {
  for (let sweep = 0; sweep < 60; sweep++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const min = nodes[i]!.radius + nodes[j]!.radius + 2;
        const ex = x[j]! - x[i]!;
        const ey = y[j]! - y[i]!;
        const d = Math.sqrt(ex * ex + ey * ey);
        if (d >= min) continue;
        moved = true;
        const ux = d > 1e-6 ? ex / d : 1;
        const uy = d > 1e-6 ? ey / d : 0;
        const push = (min - d) / 2;
        x[i] = x[i]! - ux * push;
        y[i] = y[i]! - uy * push;
        x[j] = x[j]! + ux * push;
        y[j] = y[j]! + uy * push;
      }
    }
    for (let i = 0; i < nodes.length; i++) {
      const r = nodes[i]!.radius + 1;
      x[i] = Math.min(w - r, Math.max(r, x[i]!));
      y[i] = Math.min(h - r, Math.max(r, y[i]!));
    }
    if (!moved) break;
  }
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Places labels of the given size next to their nodes (right, left, above, below), the first
 * place that covers no other label, no node and stays in the frame. Labels that must show
 * (`required`) take the right-hand place when none is free; the others are left out.
 */
export function placeLabels(
  labels: ReadonlyArray<{ id: string; w: number; h: number; required: boolean }>,
  at: ReadonlyMap<string, Point>,
  radius: ReadonlyMap<string, number>,
  frame: { w: number; h: number },
): Map<string, Box> {
  const obstacles: Box[] = [];
  for (const [id, p] of at) {
    const r = radius.get(id) ?? 3;
    obstacles.push({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r });
  }
  const placed = new Map<string, Box>();
  const taken: Box[] = [];
  for (const l of labels) {
    const p = at.get(l.id);
    if (!p) continue;
    const r = (radius.get(l.id) ?? 3) + 1.5;
    const options: Box[] = [
      { x: p.x + r, y: p.y - l.h / 2, w: l.w, h: l.h },
      { x: p.x - r - l.w, y: p.y - l.h / 2, w: l.w, h: l.h },
      { x: p.x - l.w / 2, y: p.y - r - l.h, w: l.w, h: l.h },
      { x: p.x - l.w / 2, y: p.y + r, w: l.w, h: l.h },
    ];
    const inFrame = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= frame.w && b.y + b.h <= frame.h;
    const own = obstacles.find(
      (o) => o.x === p.x - (radius.get(l.id) ?? 3) && o.y === p.y - (radius.get(l.id) ?? 3),
    );
    const free = options.find(
      (b) =>
        inFrame(b) &&
        !taken.some((t) => overlaps(t, b)) &&
        !obstacles.some((o) => o !== own && overlaps(o, b)),
    );
    const box = free ?? (l.required ? (options.find(inFrame) ?? options[0]!) : undefined);
    if (!box) continue;
    placed.set(l.id, box);
    taken.push(box);
  }
  return placed;
}
