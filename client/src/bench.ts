// The renderer benchmark page (bench/suites/client.ts drives it in headless Chromium):
// ?mode=client|bare&nodes=N&edges=M. Opens the same generated network either with the client's
// renderer setup or with bare sigma and default settings, and reports the time to the first
// visible frame (from the start of the run, and from navigation) and every render's timestamp (for
// the frame rate while panning).
import Sigma from 'sigma';
import { MultiDirectedGraph } from 'graphology';
import { generateNetwork } from './graph/generate.ts';
import type { Subgraph } from './graph/types.ts';
import { openNetwork } from './sigma/open-network.ts';
import { createViewState } from './sigma/view-state.ts';

interface BenchState {
  mode: string;
  nodes: number;
  edges: number;
  firstFrameMs?: number;
  /** performance.now() at the first frame: since navigation started (for time-to-interactive's reference). */
  firstFrameAt?: number;
  /** Until edges are drawn too (the client draws them one frame after the nodes). */
  fullFrameMs?: number;
  shownNodes?: number;
  frames: number[];
  error?: string;
}

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'client';
const data: Subgraph = generateNetwork(
  Number(params.get('nodes') ?? 5000),
  Number(params.get('edges') ?? 20000),
  7,
);
const state: BenchState = { mode, nodes: data.nodes.length, edges: data.edges.length, frames: [] };
(window as unknown as { __bench: BenchState }).__bench = state;

function bare(container: HTMLElement, sub: Subgraph): Sigma {
  const g = new MultiDirectedGraph();
  for (const n of sub.nodes)
    g.addNode(n.id, { x: n.x, y: n.y, label: n.label, size: n.type === 'Person' ? 7 : 5 });
  for (const e of sub.edges) g.addDirectedEdgeWithKey(e.id!, e.source, e.target, {});
  return new Sigma(g, container);
}

/** Blocks until the GPU has executed every command so far (a 1-pixel read forces it). */
function finish(canvas: HTMLCanvasElement | undefined): void {
  const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

function run(): void {
  const container = document.getElementById('stage')!;
  const t0 = performance.now();
  let renderer: Sigma;
  const complete = () => {
    finish(renderer.getCanvases().edges);
    state.fullFrameMs = performance.now() - t0;
  };
  if (mode === 'bare') renderer = bare(container, data);
  else
    renderer = openNetwork(container, data, createViewState(), { colorBy: 'community', sizeBy: 'none' }, () =>
      complete(),
    ).renderer;
  const canvases = renderer.getCanvases();
  finish(canvases.edges);
  finish(canvases.nodes);
  state.firstFrameAt = performance.now();
  state.firstFrameMs = state.firstFrameAt - t0;
  if (mode === 'bare') state.fullFrameMs = state.firstFrameMs;
  state.shownNodes = renderer.getGraph().order;
  renderer.on('afterRender', () => state.frames.push(performance.now()));
  (window as unknown as { __renderer: Sigma }).__renderer = renderer;
}

try {
  run();
} catch (err) {
  state.error = String((err as Error).stack ?? err);
}
