// The investigation canvas: the workspace graph, what is drawn of it (everything, its communities
// collapsed, or one community drilled into), styling, filters, selection, undo/redo and layouts.
// UI modules act through this object; sigma only ever sees `shown`.
import { LOD } from './config.ts';
import {
  collapseCommunities,
  COMMUNITY_PREFIX,
  drillDown,
  type CommunityOverview,
} from './graph/collapse.ts';
import { chainLayout } from './graph/chain-layout.ts';
import { edgePredicate, emptyFilters, nodePredicate, type Filters } from './graph/filters.ts';
import { History } from './graph/history.ts';
import { createWorkGraph, mergeSubgraph, type WorkGraph } from './graph/merge.ts';
import type { Subgraph } from './graph/types.ts';
import { ForceLayout } from './sigma/layout.ts';
import { createRenderer, refreshLod, type Renderer } from './sigma/renderer.ts';
import { applyStyle, type StyleSettings } from './sigma/style.ts';
import { installTestHook } from './test-hook.ts';
import { createViewState, recomputeHighlight, type ViewState } from './sigma/view-state.ts';

export type CanvasMode = 'full' | 'collapsed' | 'drill';

export interface CanvasEvents {
  select?: (nodes: string[], edge: string | null) => void;
  expand?: (node: string) => void;
  /** Double-click on a community node; the handler may load its links, then calls drill(). */
  drill?: (community: string) => void;
  change?: () => void;
}

export class Canvas {
  readonly graph: WorkGraph = createWorkGraph();
  shown: WorkGraph = this.graph;
  mode: CanvasMode = 'full';
  drilled: string | null = null;
  readonly view: ViewState = createViewState();
  readonly history = new History(this.graph);
  readonly layout = new ForceLayout();
  style: StyleSettings = { colorBy: 'type', sizeBy: 'degree' };
  filters: Filters = emptyFilters();
  renderer: Renderer;
  private groupSeq = 0;
  /** The server's community graph for this network (true sizes, links between gangs), if known. */
  private overview: CommunityOverview | null = null;

  constructor(
    readonly container: HTMLElement,
    private readonly events: CanvasEvents = {},
  ) {
    this.renderer = createRenderer(container, this.shown, this.view);
    this.bind();
    installTestHook(this);
  }

  private bind(): void {
    const r = this.renderer;
    r.on('enterNode', ({ node }) => {
      this.view.hovered = node;
      recomputeHighlight(this.shown, this.view);
      r.refresh({ skipIndexation: true });
    });
    r.on('leaveNode', () => {
      this.view.hovered = null;
      recomputeHighlight(this.shown, this.view);
      r.refresh({ skipIndexation: true });
    });
    r.on('clickNode', ({ node, event }) => {
      const multi = event.original.shiftKey || event.original.ctrlKey || event.original.metaKey;
      const sel = multi ? new Set(this.view.selected) : new Set<string>();
      if (multi && sel.has(node)) sel.delete(node);
      else sel.add(node);
      this.select([...sel]);
    });
    r.on('doubleClickNode', ({ node, event }) => {
      event.preventSigmaDefault();
      if (node.startsWith(COMMUNITY_PREFIX)) {
        const c = node.slice(COMMUNITY_PREFIX.length);
        if (this.events.drill) this.events.drill(c);
        else this.drill(c);
      } else this.events.expand?.(node);
    });
    r.on('clickEdge', ({ edge }) => this.selectEdge(edge));
    r.on('clickStage', () => this.select([]));
  }

  // ---- content -------------------------------------------------------------------------------

  /** Adds a subgraph (checkpointed for undo); returns the ids added. */
  add(sub: Subgraph, anchor?: string): string[] {
    this.history.checkpoint();
    const added = mergeSubgraph(this.graph, sub, anchor);
    this.afterContentChange();
    if (added.length) void this.renderer.getCamera().animatedReset({ duration: 300 });
    return added;
  }

  /** Replaces the canvas with `sub` (a new network, a saved investigation). */
  replace(sub: Subgraph): void {
    this.layout.kill();
    this.history.checkpoint();
    this.graph.clear();
    this.overview = null;
    mergeSubgraph(this.graph, sub);
    this.view.selected.clear();
    this.view.selectedEdge = null;
    this.afterContentChange();
    this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  remove(ids: string[]): void {
    if (!ids.length) return;
    this.history.checkpoint();
    for (const id of ids) if (this.graph.hasNode(id)) this.graph.dropNode(id);
    for (const id of ids) this.view.selected.delete(id);
    this.afterContentChange();
  }

  setHidden(ids: string[], hidden: boolean): void {
    this.history.checkpoint();
    for (const id of ids) if (this.graph.hasNode(id)) this.graph.setNodeAttribute(id, 'hidden', hidden);
    if (hidden) for (const id of ids) this.view.selected.delete(id);
    this.afterContentChange();
  }

  unhideAll(): void {
    this.setHidden(
      this.graph.filterNodes((_n, a) => !!a.hidden),
      false,
    );
  }

  setPinned(ids: string[], pinned: boolean): void {
    this.history.checkpoint();
    for (const id of ids)
      if (this.graph.hasNode(id)) this.graph.mergeNodeAttributes(id, { pinned, fixed: pinned });
    this.afterContentChange();
  }

  /** Folds the nodes into one group node; its links stand for the members' links. */
  group(ids: string[], label?: string): string | null {
    const members = ids.filter((id) => this.graph.hasNode(id) && !id.startsWith('Group:'));
    if (members.length < 2) return null;
    this.history.checkpoint();
    const id = `Group:${++this.groupSeq}`;
    const set = new Set(members);
    let x = 0;
    let y = 0;
    for (const m of members) {
      x += this.graph.getNodeAttribute(m, 'x');
      y += this.graph.getNodeAttribute(m, 'y');
    }
    const saved = { nodes: [] as unknown[], edges: [] as unknown[] };
    for (const m of members) saved.nodes.push({ key: m, attributes: this.graph.getNodeAttributes(m) });
    this.graph.addNode(id, {
      x: x / members.length,
      y: y / members.length,
      label: label ?? `Group of ${members.length}`,
      entityType: 'Group',
      confidence: 1,
      members: members.length,
      properties: { members },
    });
    const seen = new Set<string>();
    for (const m of members) {
      this.graph.forEachEdge(m, (e, a, s, t) => {
        if (seen.has(e)) return;
        seen.add(e);
        saved.edges.push({ key: e, source: s, target: t, attributes: a });
        const s2 = set.has(s) ? id : s;
        const t2 = set.has(t) ? id : t;
        if (s2 === t2) return;
        const key = `${e}@${id}`;
        if (!this.graph.hasEdge(key)) this.graph.addDirectedEdgeWithKey(key, s2, t2, { ...a });
      });
    }
    for (const m of members) this.graph.dropNode(m);
    this.graph.setNodeAttribute(id, 'groupData', saved);
    this.view.selected = new Set([id]);
    this.afterContentChange();
    return id;
  }

  ungroup(id: string): void {
    const saved = this.graph.hasNode(id)
      ? (this.graph.getNodeAttribute(id, 'groupData') as
          | {
              nodes: Array<{ key: string; attributes: never }>;
              edges: Array<{ key: string; source: string; target: string; attributes: never }>;
            }
          | undefined)
      : undefined;
    if (!saved) return;
    this.history.checkpoint();
    this.graph.dropNode(id);
    for (const n of saved.nodes) if (!this.graph.hasNode(n.key)) this.graph.addNode(n.key, n.attributes);
    for (const e of saved.edges)
      if (!this.graph.hasEdge(e.key) && this.graph.hasNode(e.source) && this.graph.hasNode(e.target))
        this.graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
    this.afterContentChange();
  }

  undo(): void {
    if (this.history.undo()) this.afterContentChange();
  }

  redo(): void {
    if (this.history.redo()) this.afterContentChange();
  }

  // ---- level of detail: communities ------------------------------------------------------------

  /**
   * Shows one node per community (automatic above LOD.collapseAbove). `overview` (the server's
   * community graph) gives true sizes and the links between gangs until the canvas is replaced.
   */
  collapse(overview?: CommunityOverview | null): void {
    if (overview !== undefined) this.overview = overview;
    this.setShown(collapseCommunities(this.graph, this.overview), 'collapsed');
  }

  drill(community: string): void {
    this.drilled = community;
    this.setShown(drillDown(this.graph, community), 'drill');
  }

  expandAll(): void {
    this.drilled = null;
    this.setShown(this.graph, 'full');
  }

  private setShown(g: WorkGraph, mode: CanvasMode): void {
    this.layout.kill();
    this.shown = g;
    this.mode = mode;
    this.view.selected.clear();
    this.view.hovered = null;
    this.view.highlight = null;
    this.applyFilters();
    applyStyle(g, this.style);
    this.renderer.setGraph(g as never);
    refreshLod(this.renderer);
    this.renderer.setSetting('enableEdgeEvents', g.order <= LOD.iconsUpTo);
    this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.renderer.refresh();
    this.events.change?.();
  }

  private afterContentChange(): void {
    if (this.graph.order > LOD.collapseAbove && this.mode === 'full') {
      this.collapse();
      return;
    }
    if (this.mode !== 'full') {
      // Re-derive the collapsed or drilled view from the changed graph.
      if (this.mode === 'collapsed') this.shown = collapseCommunities(this.graph, this.overview);
      else this.shown = drillDown(this.graph, this.drilled ?? 'none');
      this.renderer.setGraph(this.shown as never);
    }
    recomputeHighlight(this.shown, this.view);
    this.restyle();
    this.events.change?.();
  }

  // ---- styling, filters, selection ------------------------------------------------------------

  setStyle(s: Partial<StyleSettings>): void {
    this.style = { ...this.style, ...s };
    this.restyle();
  }

  restyle(): void {
    applyStyle(this.shown, this.style);
    refreshLod(this.renderer);
    this.renderer.setSetting('enableEdgeEvents', this.shown.order <= LOD.iconsUpTo);
    this.renderer.refresh();
  }

  setFilters(f: Partial<Filters>): void {
    this.filters = { ...this.filters, ...f };
    this.applyFilters();
    this.renderer.refresh();
    this.events.change?.();
  }

  private applyFilters(): void {
    this.view.nodeFilter = nodePredicate(this.shown, this.filters);
    this.view.edgeFilter = edgePredicate(this.shown, this.filters);
  }

  select(ids: string[]): void {
    this.view.selected = new Set(ids.filter((id) => this.shown.hasNode(id)));
    this.view.selectedEdge = null;
    recomputeHighlight(this.shown, this.view);
    this.renderer.refresh({ skipIndexation: true });
    this.events.select?.([...this.view.selected], null);
  }

  selectEdge(edge: string | null): void {
    this.view.selectedEdge = edge;
    this.view.selected.clear();
    recomputeHighlight(this.shown, this.view);
    this.renderer.refresh({ skipIndexation: true });
    this.events.select?.([], edge);
  }

  get selected(): string[] {
    return [...this.view.selected];
  }

  /** Moves the camera to a node. */
  focus(id: string): void {
    const d = this.renderer.getNodeDisplayData(id);
    if (d) void this.renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.5 }, { duration: 300 });
  }

  // ---- layouts ---------------------------------------------------------------------------------

  startLayout(): void {
    this.layout.start(this.shown);
    this.events.change?.();
  }

  stopLayout(): void {
    this.layout.stop();
    this.events.change?.();
  }

  timeLayout(): void {
    this.layout.kill();
    this.history.checkpoint();
    chainLayout(this.shown);
    this.renderer.refresh();
    this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  destroy(): void {
    this.layout.kill();
    this.renderer.kill();
  }
}
