// What the path finder and the resale chains do to the canvas besides adding to it: draw one path
// or chain over the rest (view.emphasis), fit the camera to it, and read a node back as something
// to caption.
import type { CameraState } from 'sigma/types';
import type { Canvas } from '../../canvas.ts';
import type { CaptionInput } from '../../graph/captions.ts';
import { recomputeHighlight } from '../../sigma/view-state.ts';

/** Draws these nodes and links over the rest of the canvas (null: none); `boxed`: labels on a box. */
export function emphasise(
  canvas: Canvas,
  what: { nodes: Iterable<string>; edges: Iterable<string>; boxed?: boolean } | null,
): void {
  canvas.view.emphasis = what
    ? { nodes: new Set(what.nodes), edges: new Set(what.edges), boxed: what.boxed ?? false }
    : null;
  recomputeHighlight(canvas.shown, canvas.view);
  canvas.renderer.refresh({ skipIndexation: true });
}

/** Pixels kept free around fitted nodes, and on the right for their labels. */
const PADDING = 56;
const LABEL_ROOM = 150;

/** True when every one of `ids` is drawn inside the viewport, `margin` pixels clear of its edges. */
export function allInView(canvas: Canvas, ids: readonly string[], margin = 24): boolean {
  const r = canvas.renderer;
  const { width, height } = r.getDimensions();
  return ids.every((id) => {
    const d = r.getNodeDisplayData(id);
    if (!d) return true;
    const p = r.framedGraphToViewport(d);
    return p.x >= margin && p.y >= margin && p.x <= width - margin && p.y <= height - margin;
  });
}

/** Moves the camera to show all of `ids` (drawn ones) with room around them and their labels. */
export function fitNodes(canvas: Canvas, ids: readonly string[], duration = 400): void {
  const r = canvas.renderer;
  // Positions may have just changed: let sigma re-normalise before reading them.
  r.refresh();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const d = r.getNodeDisplayData(id);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    minY = Math.min(minY, d.y);
    maxX = Math.max(maxX, d.x);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return;
  const x = (minX + maxX) / 2;
  const y = (minY + maxY) / 2;
  const { width, height } = r.getDimensions();
  const labels = Math.min(LABEL_ROOM, width * 0.2);
  // The box's corners at ratio 1 around its centre; the ratio scales that linearly.
  const probe: CameraState = { x, y, ratio: 1, angle: 0 };
  const a = r.framedGraphToViewport({ x: minX, y: minY }, { cameraState: probe });
  const b = r.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: probe });
  const need = Math.max(
    Math.abs(b.x - a.x) / Math.max(1, width - 2 * PADDING - labels),
    Math.abs(b.y - a.y) / Math.max(1, height - 2 * PADDING),
  );
  const ratio = Math.min(r.getSetting('maxCameraRatio') ?? 20, Math.max(0.2, need));
  // Centre the box in the room left of the labels' margin: aim the camera that far to its right.
  const aim = r.viewportToFramedGraph(
    { x: width / 2 + labels / 2, y: height / 2 },
    { cameraState: { x, y, ratio, angle: 0 } },
  );
  void r.getCamera().animate({ x: aim.x, y, ratio, angle: 0 }, { duration });
}

/** Runs `fn` once the layout has settled (two frames: the resize observers have run). */
export function afterResize(fn: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(fn));
}

/** A node of the canvas as a caption's input. */
export function nodeEntity(canvas: Canvas, id: string): CaptionInput | null {
  const g = canvas.graph;
  if (!g.hasNode(id)) return null;
  const a = g.getNodeAttributes(id);
  return {
    id,
    type: a.entityType,
    label: typeof a.apiLabel === 'string' ? a.apiLabel : a.label,
    at: a.at,
    properties: a.properties,
  };
}
