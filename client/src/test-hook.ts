// A read-only window into the canvas for browser tests and for debugging from the console:
// window.__crimegraph.{graph, renderer, canvas, state(), positions(), pixelAt(id), pixelStats()}.
// Installed only when asked for (issue 22: it must not ship switched on): the page's URL has
// `?test`, or localStorage 'crimegraph.testHook' is '1' (tests/support/browser.ts signIn sets it).
import type { Canvas } from './canvas.ts';
import { snapshotCanvas } from './sigma/png.ts';

export interface CanvasState {
  mode: string;
  order: number;
  size: number;
  nodes: string[];
  selected: string[];
  hidden: string[];
  communities: number;
  /** The node the keyboard is on. */
  focused: string | null;
}

export const TEST_HOOK_KEY = 'crimegraph.testHook';

/** Whether this page asked for the hook. */
export function testHookWanted(): boolean {
  try {
    if (new URLSearchParams(window.location.search).has('test')) return true;
    return window.localStorage.getItem(TEST_HOOK_KEY) === '1';
  } catch {
    return false;
  }
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export function installTestHook(canvas: Canvas): void {
  if (!testHookWanted()) return;
  const hook = {
    get graph() {
      return canvas.shown;
    },
    get renderer() {
      return canvas.renderer;
    },
    canvas,
    state(): CanvasState {
      const g = canvas.shown;
      const cs = new Set<string>();
      g.forEachNode((_n, a) => a.community !== undefined && cs.add(a.community));
      return {
        mode: canvas.mode,
        order: g.order,
        size: g.size,
        nodes: g.nodes(),
        selected: canvas.selected,
        hidden: g.filterNodes((_n, a) => !!a.hidden),
        communities: cs.size,
        focused: canvas.focused,
      };
    },
    /** Viewport positions of every node on the canvas. */
    positions(): Record<string, { x: number; y: number }> {
      const r = canvas.renderer;
      const out: Record<string, { x: number; y: number }> = {};
      canvas.shown.forEachNode((n) => {
        const d = r.getNodeDisplayData(n);
        if (d) out[n] = r.framedGraphToViewport(d);
      });
      return out;
    },
    /** The colour drawn on a node's disc (the most frequent one on a ring inside its edge, clear
     *  of its pictogram) and the colour sigma was asked to draw. */
    pixelAt(id: string): { drawn: string; expected: string } | null {
      const r = canvas.renderer;
      const d = r.getNodeDisplayData(id);
      if (!d) return null;
      const p = r.framedGraphToViewport(d);
      const radius = r.scaleSize(d.size) * 0.85;
      const ctx = snapshotCanvas(r).getContext('2d')!;
      const counts = new Map<string, number>();
      for (let k = 0; k < 16; k++) {
        const a = (k / 16) * 2 * Math.PI;
        const px = ctx.getImageData(
          Math.round(p.x + radius * Math.cos(a)),
          Math.round(p.y + radius * Math.sin(a)),
          1,
          1,
        ).data;
        const c = hex(px[0]!, px[1]!, px[2]!);
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      const drawn = [...counts].sort((x, y) => y[1] - x[1])[0]![0];
      return { drawn, expected: d.color };
    },
    /** Non-white pixels of the flattened canvas and its most frequent colours. */
    pixelStats(): { nonWhite: number; total: number; topColors: Array<[string, number]> } {
      const snap = snapshotCanvas(canvas.renderer);
      const data = snap.getContext('2d')!.getImageData(0, 0, snap.width, snap.height).data;
      let nonWhite = 0;
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r > 245 && g > 245 && b > 245) continue;
        nonWhite++;
        const k = hex(r & 0xf0, g & 0xf0, b & 0xf0);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      const topColors = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12);
      return { nonWhite, total: data.length / 4, topColors };
    },
  };
  (window as unknown as { __crimegraph: typeof hook }).__crimegraph = hook;
}

/**
 * The map view's part of the hook (features/map): window.__crimegraph.map while the map view is
 * shown, with MapLibre's own project() behind it. Returns the function that takes it away again.
 */
export function installMapHook(map: object): () => void {
  if (!testHookWanted()) return () => {};
  const w = window as unknown as { __crimegraph?: Record<string, unknown> };
  const hook = (w.__crimegraph ??= {});
  hook.map = map;
  return () => {
    if (hook.map === map) delete hook.map;
  };
}
