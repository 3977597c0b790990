// What the reducers read: hover, selection, hidden nodes and the active filters. Kept in one
// object so that reducers stay cheap closures and a change costs one sigma refresh.
import type { WorkGraph } from '../graph/merge.ts';

export interface ViewState {
  hovered: string | null;
  selected: Set<string>;
  selectedEdge: string | null;
  /** Neighbours of hovered/selected nodes, recomputed on change. */
  highlight: Set<string> | null;
  /** Returns false for nodes the filters hide. */
  nodeFilter: ((node: string) => boolean) | null;
  edgeFilter: ((edge: string) => boolean) | null;
}

export function createViewState(): ViewState {
  return {
    hovered: null,
    selected: new Set(),
    selectedEdge: null,
    highlight: null,
    nodeFilter: null,
    edgeFilter: null,
  };
}

export function recomputeHighlight(graph: WorkGraph, s: ViewState): void {
  const focus = new Set<string>(s.selected);
  if (s.hovered) focus.add(s.hovered);
  if (focus.size === 0) {
    s.highlight = null;
    return;
  }
  const h = new Set<string>();
  for (const n of focus) {
    if (!graph.hasNode(n)) continue;
    h.add(n);
    graph.forEachNeighbor(n, (m) => h.add(m));
  }
  s.highlight = h;
}
