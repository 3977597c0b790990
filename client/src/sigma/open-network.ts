// Opens a whole network on the canvas the way the workspace does: precomputed positions (no
// layout before the first frame), communities collapsed into one node each above a size (with the
// server's community graph when known: true member counts and the links between gangs), and
// styling. Used by the workspace and by the renderer benchmark.
import { LOD } from '../config.ts';
import { collapseCommunities, type CommunityOverview } from '../graph/collapse.ts';
import { graphFromSubgraph, type WorkGraph } from '../graph/merge.ts';
import type { Subgraph } from '../graph/types.ts';
import { createRenderer, type Renderer } from './renderer.ts';
import { applyStyle, type StyleSettings } from './style.ts';
import type { ViewState } from './view-state.ts';

export interface OpenedNetwork {
  /** Every entity and link. */
  full: WorkGraph;
  /** What is on the canvas: `full`, or its community meta-graph when collapsed. */
  shown: WorkGraph;
  collapsed: boolean;
  renderer: Renderer;
}

export function openNetwork(
  container: HTMLElement,
  data: Subgraph,
  view: ViewState,
  style: StyleSettings,
  onComplete?: () => void,
  overview?: CommunityOverview | null,
): OpenedNetwork {
  const full = graphFromSubgraph(data);
  const collapsed = full.order > LOD.collapseAbove;
  const shown = collapsed ? collapseCommunities(full, overview) : full;
  applyStyle(shown, style);
  const renderer = createRenderer(container, shown, view, onComplete);
  return { full, shown, collapsed, renderer };
}
