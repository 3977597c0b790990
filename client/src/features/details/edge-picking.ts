// Links that a hand can hit. Sigma picks an edge by the colour of one pixel of its picking layer,
// drawn at half resolution: a link 3 px wide is hit only within about a pixel of its centre line,
// which a pointer rarely is. This finds the link nearest to the pointer within a few pixels (off the
// discs of its two ends), so hovering and clicking work near a link as well as on it.
import type { Canvas } from '../../canvas.ts';

/** Pixels either side of a link's centre line that still count as on it. */
export const EDGE_TOLERANCE = 6;

/** The drawn link nearest to viewport point (x, y), if one is within the tolerance. */
export function nearestEdge(canvas: Canvas, x: number, y: number, tolerance = EDGE_TOLERANCE): string | null {
  const r = canvas.renderer;
  const g = r.getGraph();
  let best: string | null = null;
  let bestDist = Infinity;
  g.forEachEdge((edge, _a, s, t) => {
    const d = r.getEdgeDisplayData(edge);
    const ns = r.getNodeDisplayData(s);
    const nt = r.getNodeDisplayData(t);
    if (!d || d.hidden || !ns || !nt || ns.hidden || nt.hidden) return;
    const p = r.framedGraphToViewport(ns);
    const q = r.framedGraphToViewport(nt);
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len2 = dx * dx + dy * dy;
    if (len2 < 1) return;
    const u = ((x - p.x) * dx + (y - p.y) * dy) / len2;
    if (u <= 0 || u >= 1) return;
    const len = Math.sqrt(len2);
    // On an end's disc the pointer is on the node, not the link.
    if (u * len < r.scaleSize(ns.size) || (1 - u) * len < r.scaleSize(nt.size)) return;
    const dist = Math.hypot(x - (p.x + u * dx), y - (p.y + u * dy));
    const reach = Math.max(tolerance, r.scaleSize(d.size) / 2 + 2);
    if (dist <= reach && dist < bestDist) {
      best = edge;
      bestDist = dist;
    }
  });
  return best;
}

export interface EdgePointer {
  /** The link under the pointer changed (null: none), at viewport point x, y of the container. */
  hover(edge: string | null, x: number, y: number): void;
}

/**
 * Hover and click near links: reports the link under the pointer, and a click on the stage near a
 * link selects it (sigma's own clickEdge still handles exact hits). Returns the unbinding.
 */
export function bindEdgePointer(canvas: Canvas, on: EdgePointer): () => void {
  const r = canvas.renderer;
  const el = canvas.container;
  let frame = 0;
  let last: { x: number; y: number } | null = null;
  let current: string | null = null;
  let down = false;
  const report = (edge: string | null, x: number, y: number) => {
    if (edge === current && edge === null) return;
    current = edge;
    on.hover(edge, x, y);
  };
  const update = () => {
    frame = 0;
    if (!last) return;
    const { x, y } = last;
    const edge = down || canvas.view.hovered ? null : nearestEdge(canvas, x, y);
    report(edge, x, y);
  };
  const move = (e: MouseEvent) => {
    const box = el.getBoundingClientRect();
    last = { x: e.clientX - box.left, y: e.clientY - box.top };
    if (!frame) frame = requestAnimationFrame(update);
  };
  const leave = () => {
    last = null;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    report(null, 0, 0);
  };
  const press = () => {
    down = true;
    report(null, 0, 0);
  };
  const release = () => {
    down = false;
  };
  const click = ({ event }: { event: { x: number; y: number } }) => {
    const edge = nearestEdge(canvas, event.x, event.y);
    if (edge) canvas.selectEdge(edge);
  };
  el.addEventListener('mousemove', move);
  el.addEventListener('mouseleave', leave);
  el.addEventListener('mousedown', press);
  window.addEventListener('mouseup', release);
  r.on('clickStage', click);
  return () => {
    if (frame) cancelAnimationFrame(frame);
    el.removeEventListener('mousemove', move);
    el.removeEventListener('mouseleave', leave);
    el.removeEventListener('mousedown', press);
    window.removeEventListener('mouseup', release);
    r.off('clickStage', click);
  };
}
