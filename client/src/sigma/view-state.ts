// What the reducers read: hover, keyboard focus, selection, hidden nodes and the active filters. Kept in one
// object so that reducers stay cheap closures and a change costs one sigma refresh.
import type { WorkGraph } from '../graph/merge.ts';

export interface ViewState {
  hovered: string | null;
  selected: Set<string>;
  selectedEdge: string | null;
  /** The node the keyboard is on (arrow keys, Tab): drawn with a focus ring, highlighted with its
   *  neighbours like a hovered node. */
  focused: string | null;
  /** Neighbours of hovered/selected nodes, recomputed on change. */
  highlight: Set<string> | null;
  /** Returns false for nodes the filters hide. */
  nodeFilter: ((node: string) => boolean) | null;
  edgeFilter: ((edge: string) => boolean) | null;
  /** A path or chain drawn over the rest (the path finder's current path): its nodes and links
   *  stand out and everything else dims; `boxed`: its nodes' labels on a box, as when hovered
   *  (for a few nodes on a line, whose labels would sit on its links). Set by the feature that
   *  shows it; null when none. */
  emphasis: { nodes: Set<string>; edges: Set<string>; boxed?: boolean } | null;
}

export function createViewState(): ViewState {
  return {
    hovered: null,
    selected: new Set(),
    selectedEdge: null,
    focused: null,
    highlight: null,
    nodeFilter: null,
    edgeFilter: null,
    emphasis: null,
  };
}

export function recomputeHighlight(graph: WorkGraph, s: ViewState): void {
  const focus = new Set<string>(s.selected);
  if (s.hovered) focus.add(s.hovered);
  if (s.focused) focus.add(s.focused);
  if (focus.size === 0 && !s.emphasis) {
    s.highlight = null;
    return;
  }
  const h = new Set<string>(s.emphasis?.nodes);
  for (const n of focus) {
    if (!graph.hasNode(n)) continue;
    h.add(n);
    graph.forEachNeighbor(n, (m) => h.add(m));
  }
  s.highlight = h;
}
