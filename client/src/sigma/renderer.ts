// The client's sigma setup: programs (icon discs, thin lines above a size), level of detail
// (edges and labels hidden while the camera moves, fewer labels on large graphs, edges drawn
// one frame after the nodes on large graphs) and reducers for hover/selection/filter highlight.
import Sigma from 'sigma';
import {
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
  createNodeCompoundProgram,
} from 'sigma/rendering';
import { createNodeImageProgram } from '@sigma/node-image';
import type { Settings } from 'sigma/settings';
import { LOD } from '../config.ts';
import type { WorkGraph } from '../graph/merge.ts';
import type { NodeAttrs } from '../graph/types.ts';
import type { ViewState } from './view-state.ts';

export type Renderer = Sigma;

const DIM_NODE = '#e3e6ea';
const DIM_EDGE = '#eef0f2';
const HIGHLIGHT_EDGE = '#4a5563';
/** The links of an emphasised path or chain (view.emphasis). */
export const EMPHASIS_EDGE = '#0b5cad';

const pictogram = createNodeImageProgram({
  padding: 0.22,
  size: { mode: 'force', value: 64 },
  drawingMode: 'color',
  colorAttribute: 'pictoColor',
  keepWithinCircle: true,
  correctCentering: true,
});
const NodeIconProgram = createNodeCompoundProgram([NodeCircleProgram, pictogram]);

/** Settings by graph size: the level of detail. */
export function lodSettings(order: number): Partial<Settings> {
  const large = order > LOD.thinEdgesAbove;
  const manyLabels = order <= LOD.fewerLabelsAbove;
  return {
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    defaultEdgeType: large ? 'line' : 'rect',
    labelDensity: manyLabels ? 0.7 : 0.15,
    labelGridCellSize: manyLabels ? 100 : 160,
    labelRenderedSizeThreshold: manyLabels ? 6 : 12,
    zIndex: !large,
  };
}

/** A copy of `graph` without its edges, for a first frame that does not wait on them. */
function nodesOnly(graph: WorkGraph): WorkGraph {
  return graph.emptyCopy() as WorkGraph;
}

/**
 * Creates the renderer. Above LOD.deferEdgesAbove edges the first frame shows the nodes only and
 * the edges arrive on the next animation frame (`onComplete` is called then).
 */
export function createRenderer(
  container: HTMLElement,
  graph: WorkGraph,
  view: ViewState,
  onComplete?: () => void,
): Renderer {
  const defer = graph.size > LOD.deferEdgesAbove;
  // The graph sigma draws now: setGraph swaps it (collapsed gangs, a drilled-in gang), so the
  // reducers must never read the graph they were created with.
  const drawn: { renderer?: Renderer } = {};
  const current = () => (drawn.renderer ? (drawn.renderer.getGraph() as unknown as WorkGraph) : graph);
  const renderer: Renderer = new Sigma((defer ? nodesOnly(graph) : graph) as never, container, {
    ...lodSettings(graph.order),
    nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram, pictogram: NodeIconProgram },
    edgeProgramClasses: { line: EdgeLineProgram, rect: EdgeRectangleProgram },
    defaultNodeType: 'circle',
    labelFont: '"Noto Sans SC", system-ui, sans-serif',
    // On at construction: sigma builds its edge picking layer only then, so links can be clicked.
    enableEdgeEvents: true,
    labelSize: 12,
    labelColor: { color: '#1d2733' },
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    nodeReducer: (node, data: Partial<NodeAttrs>) => {
      const out: Record<string, unknown> = { ...data, pictoColor: '#ffffff' };
      if (data.hidden || (view.nodeFilter && !view.nodeFilter(node))) out.hidden = true;
      if (view.highlight) {
        if (view.highlight.has(node)) {
          out.forceLabel = true;
          out.zIndex = 1;
          if (
            view.selected.has(node) ||
            view.hovered === node ||
            (view.emphasis?.boxed && view.emphasis.nodes.has(node))
          )
            out.highlighted = true;
        } else {
          out.color = DIM_NODE;
          out.pictoColor = '#f8f9fa';
          out.label = '';
          out.zIndex = 0;
        }
      }
      if (data.pinned) out.borderColor = '#000';
      return out;
    },
    edgeReducer: (edge, data) => {
      const out: Record<string, unknown> = { ...data };
      if (view.edgeFilter && !view.edgeFilter(edge)) out.hidden = true;
      if (view.nodeFilter) {
        const [s, t] = current().extremities(edge);
        if (!view.nodeFilter(s) || !view.nodeFilter(t)) out.hidden = true;
      }
      if (view.selectedEdge === edge) {
        out.color = '#d62728';
        out.zIndex = 2;
      } else if (view.emphasis?.edges.has(edge)) {
        out.color = EMPHASIS_EDGE;
        out.size = Math.max(2.5, (data.size ?? 1) * 1.5);
        out.zIndex = 2;
      } else if (view.highlight) {
        const [s, t] = current().extremities(edge);
        const focus = (n: string) => view.selected.has(n) || view.hovered === n;
        if (focus(s) || focus(t)) {
          out.color = HIGHLIGHT_EDGE;
          out.zIndex = 1;
        } else out.color = DIM_EDGE;
      }
      return out;
    },
  });
  drawn.renderer = renderer;
  loadLabelGlyphs(renderer);
  if (defer) {
    requestAnimationFrame(() => {
      renderer.setGraph(graph as never);
      renderer.refresh();
      onComplete?.();
    });
  } else if (onComplete) requestAnimationFrame(() => onComplete());
  return renderer;
}

/**
 * Sigma draws labels on a canvas, and a canvas does not fetch the web-font subsets its text needs
 * (Noto Sans SC comes in unicode-range slices): ask the browser for the glyphs of the labels on the
 * graph, at most once a second while it renders, and redraw when new ones arrive.
 */
function loadLabelGlyphs(renderer: Renderer): void {
  if (typeof document === 'undefined' || !document.fonts) return;
  const asked = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const scan = () => {
    timer = null;
    let text = '';
    renderer.getGraph().forEachNode((_n, a) => {
      const label = (a as { label?: unknown }).label;
      if (typeof label !== 'string') return;
      for (const ch of label)
        if (ch > '\u2e7f' && !asked.has(ch)) {
          asked.add(ch);
          text += ch;
        }
    });
    if (text)
      void document.fonts
        .load('12px "Noto Sans SC"', text)
        .then(() => renderer.refresh({ skipIndexation: true }))
        .catch(() => undefined);
  };
  renderer.on('beforeRender', () => {
    timer ??= setTimeout(scan, asked.size ? 1000 : 0);
  });
  renderer.on('kill', () => timer && clearTimeout(timer));
}

/** Re-applies the level of detail after the graph changed size (expand, collapse, drill-down). */
export function refreshLod(renderer: Renderer): void {
  const s = lodSettings(renderer.getGraph().order);
  for (const [k, v] of Object.entries(s)) renderer.setSetting(k as keyof Settings, v as never);
}
