// The investigation canvas: the workspace graph, what is drawn of it (everything, its communities
// collapsed, or one community drilled into), styling, filters, selection, keyboard focus,
// undo/redo, layouts and the camera. UI modules act through this object; sigma only ever sees
// `shown`. The camera follows what changes: new nodes land beside their origin and in view, a
// layout of the selection is fitted to the screen.
import i18next from 'i18next';
import type { CameraState } from 'sigma/types';
import { LOD } from './config.ts';
import { caption } from './graph/captions.ts';
import {
  collapseCommunities,
  COMMUNITY_PREFIX,
  drillDown,
  type CommunityOverview,
} from './graph/collapse.ts';
import { chainLayout } from './graph/chain-layout.ts';
import { edgePredicate, emptyFilters, nodePredicate, type Filters } from './graph/filters.ts';
import { History } from './graph/history.ts';
import {
  createWorkGraph,
  mergeSubgraph,
  typicalSpacing,
  type MergeOptions,
  type WorkGraph,
} from './graph/merge.ts';
import type { NodeAttrs, NodeRecord, Subgraph } from './graph/types.ts';
import { ForceLayout } from './sigma/layout.ts';
import { createRenderer, refreshLod, type Renderer } from './sigma/renderer.ts';
import { applyStyle, type StyleSettings } from './sigma/style.ts';
import { installTestHook } from './test-hook.ts';
import { createViewState, recomputeHighlight, type ViewState } from './sigma/view-state.ts';

export type CanvasMode = 'full' | 'collapsed' | 'drill';
export type Direction = 'left' | 'right' | 'up' | 'down';
export type Arrangement = 'grid' | 'circle';

/** Closest the camera zooms in when it fits nodes (a lone node is not blown up to fill the view). */
const MIN_FIT_RATIO = 0.2;
/** Pixels kept free around fitted nodes and around "in view". */
const FIT_PADDING = 32;
/** A fit zooms in no further than this many pixels between neighbouring nodes. */
const MAX_SPACING_PX = 220;
/** The most room counted for a label right of its node. */
const LABEL_ROOM_MAX = 160;
const CAMERA_MS = 300;

/** The caption a node shows on the canvas (graph/captions.ts), from its record or attributes. */
export function nodeCaption(n: {
  id: string;
  type: string;
  label?: string;
  at?: number;
  properties?: Record<string, unknown>;
}): string {
  return caption({ id: n.id, type: n.type, label: n.label, at: n.at, properties: n.properties });
}

const captionOf = (n: NodeRecord) => nodeCaption(n);
const MERGE: MergeOptions = { label: captionOf };

export interface CanvasEvents {
  select?: (nodes: string[], edge: string | null) => void;
  expand?: (node: string) => void;
  /** Double-click on a community node; the handler may load its links, then calls drill(). */
  drill?: (community: string) => void;
  change?: () => void;
  /** The keyboard focus moved to a node (or left the nodes). */
  focus?: (node: string | null) => void;
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
  /**
   * Features that own a kind of node (combos, the all-gangs overview) handle its double-click
   * before the default (drill into a community, expand an entity); true means handled.
   */
  readonly doubleClickHandlers: Array<(node: string) => boolean> = [];
  /** Where the camera is going (while it animates), for "is this in view?". */
  private cameraTarget: CameraState | null = null;

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
      if (this.doubleClickHandlers.some((handle) => handle(node))) return;
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
    const before = this.nodesInView();
    this.history.checkpoint();
    const added = mergeSubgraph(this.graph, sub, anchor, MERGE);
    this.afterContentChange();
    if (added.length) {
      const anchored = !!anchor && this.shown.hasNode(anchor);
      // Opened without an origin (search, a path's ends): placed in free space, camera fitted.
      this.follow(anchored ? [anchor, ...added] : added, before, !anchored);
    }
    return added;
  }

  /** Replaces the canvas with `sub` (a new network, a saved investigation). */
  replace(sub: Subgraph): void {
    this.layout.kill();
    this.history.checkpoint();
    this.graph.clear();
    this.overview = null;
    mergeSubgraph(this.graph, sub, undefined, MERGE);
    this.view.selected.clear();
    this.view.selectedEdge = null;
    this.view.focused = null;
    this.afterContentChange();
    this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.fit(undefined, false);
  }

  /** Empties the canvas (undo brings it back). */
  clear(): void {
    if (this.graph.order === 0) return;
    this.layout.kill();
    this.history.checkpoint();
    if (this.mode !== 'full') {
      this.shown = this.graph;
      this.mode = 'full';
      this.drilled = null;
      this.renderer.setGraph(this.graph as never);
    }
    this.graph.clear();
    this.overview = null;
    this.view.selected.clear();
    this.view.selectedEdge = null;
    this.view.hovered = null;
    this.view.focused = null;
    this.afterContentChange();
    this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.events.select?.([], null);
    this.events.focus?.(null);
  }

  /** Captions again, in the current language (after a language switch). */
  relabel(): void {
    this.graph.updateEachNodeAttributes(
      (n, a) =>
        typeof a.apiLabel === 'string'
          ? {
              ...a,
              label: nodeCaption({
                id: n,
                type: a.entityType,
                label: a.apiLabel,
                at: a.at,
                properties: a.properties,
              }),
            }
          : a.entityType === 'Group' && typeof a.members === 'number'
            ? { ...a, label: i18next.t('caption.group', { count: a.members }) }
            : a,
      { attributes: ['label'] },
    );
    this.renderer.refresh();
    this.events.change?.();
  }

  remove(ids: string[]): void {
    if (!ids.length) return;
    this.history.checkpoint();
    for (const id of ids) if (this.graph.hasNode(id)) this.graph.dropNode(id);
    for (const id of ids) this.view.selected.delete(id);
    if (this.view.focused && ids.includes(this.view.focused)) this.view.focused = null;
    this.afterContentChange();
    this.events.select?.([...this.view.selected], null);
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
      label: label ?? i18next.t('caption.group', { count: members.length }),
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

  /**
   * One undoable change of the graph made by a feature module (combos): checkpoint, `fn` changes
   * the graph, redraw. Returns what `fn` returns.
   */
  change<T>(fn: (graph: WorkGraph) => T): T {
    this.layout.kill();
    this.history.checkpoint();
    const out = fn(this.graph);
    for (const id of [...this.view.selected]) if (!this.graph.hasNode(id)) this.view.selected.delete(id);
    this.afterContentChange();
    return out;
  }

  /** Runs several changes as one undo step. */
  batch(changes: () => void): void {
    this.history.checkpoint();
    this.history.suspend();
    try {
      changes();
    } finally {
      this.history.resume();
    }
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
    // Undo, redo or a removal may take away what was selected or focused.
    let pruned = false;
    for (const id of this.view.selected)
      if (!this.shown.hasNode(id)) {
        this.view.selected.delete(id);
        pruned = true;
      }
    if (this.view.focused && !this.shown.hasNode(this.view.focused)) {
      this.view.focused = null;
      this.events.focus?.(null);
    }
    recomputeHighlight(this.shown, this.view);
    this.restyle();
    if (pruned) this.events.select?.([...this.view.selected], this.view.selectedEdge);
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

  /** Nodes drawn now: not hidden, not filtered out. */
  visibleNodes(): string[] {
    const f = this.view.nodeFilter;
    return this.shown.filterNodes((n, a) => !a.hidden && (!f || f(n)));
  }

  selectAll(): void {
    this.select(this.visibleNodes());
  }

  /** Selects what is drawn and not selected. */
  invertSelection(): void {
    this.select(this.visibleNodes().filter((n) => !this.view.selected.has(n)));
  }

  selectByType(type: string, extend = false): void {
    const of = this.visibleNodes().filter((n) => this.shown.getNodeAttribute(n, 'entityType') === type);
    this.select(extend ? [...new Set([...this.view.selected, ...of])] : of);
  }

  /** Entity types drawn now, with how many of each. */
  typeCounts(): Array<{ type: string; count: number }> {
    const counts = new Map<string, number>();
    for (const n of this.visibleNodes()) {
      const t = this.shown.getNodeAttribute(n, 'entityType');
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count);
  }

  // ---- camera ----------------------------------------------------------------------------------

  private camera(): CameraState {
    return this.cameraTarget ?? this.renderer.getCamera().getState();
  }

  private moveCamera(state: CameraState, animate: boolean): void {
    const camera = this.renderer.getCamera();
    if (!animate) {
      this.cameraTarget = null;
      camera.setState(state);
      return;
    }
    this.cameraTarget = state;
    void camera.animate(state, { duration: CAMERA_MS }).then(() => {
      if (this.cameraTarget === state) this.cameraTarget = null;
    });
  }

  /** Where a node is drawn in the viewport (pixels) and its radius there, for a camera state. */
  nodeViewport(id: string, state?: CameraState): { x: number; y: number; r: number } | null {
    const r = this.renderer;
    const d = r.getNodeDisplayData(id);
    if (!d || d.hidden) return null;
    const cameraState = state ?? r.getCamera().getState();
    const p = r.framedGraphToViewport(d, { cameraState });
    return { x: p.x, y: p.y, r: r.scaleSize(d.size, cameraState.ratio) };
  }

  /** Room a node's label takes to its right on screen (labels are drawn right of the disc). */
  private labelRoom(id: string): number {
    const label = this.shown.hasNode(id) ? String(this.shown.getNodeAttribute(id, 'label') ?? '') : '';
    let w = 0;
    for (const ch of label) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6.5;
    return Math.min(LABEL_ROOM_MAX, w + 8);
  }

  /**
   * True when the node, its disc and its label are drawn inside the viewport, `margin` pixels
   * clear of its edges.
   */
  inView(id: string, margin = FIT_PADDING / 2, state: CameraState = this.camera()): boolean {
    const p = this.nodeViewport(id, state);
    if (!p) return false;
    const { width, height } = this.renderer.getDimensions();
    return (
      p.x - p.r >= margin &&
      p.y - p.r >= margin &&
      p.x + p.r + this.labelRoom(id) <= width - margin &&
      p.y + p.r <= height - margin
    );
  }

  /** The drawn nodes whose centre is inside the viewport now (at most `limit`). */
  nodesInView(limit = 2000): string[] {
    const out: string[] = [];
    if (this.shown.order === 0) return out;
    const { width, height } = this.renderer.getDimensions();
    const state = this.renderer.getCamera().getState();
    for (const n of this.visibleNodes()) {
      const p = this.nodeViewport(n, state);
      if (p && p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height) out.push(n);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * The camera that shows all of `ids`, their discs and labels, with FIT_PADDING around them.
   * Positions scale with 1/ratio and discs and labels do not, so the ratio is solved for the
   * space left once they are counted.
   */
  private fitState(ids: string[]): CameraState | null {
    const r = this.renderer;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let disc = 0;
    let label = 0;
    const drawn: string[] = [];
    for (const id of ids) {
      const d = r.getNodeDisplayData(id);
      if (!d || d.hidden) continue;
      drawn.push(id);
      minX = Math.min(minX, d.x);
      minY = Math.min(minY, d.y);
      maxX = Math.max(maxX, d.x);
      maxY = Math.max(maxY, d.y);
    }
    if (!drawn.length) return null;
    const cx = (minX + maxX) / 2;
    const cy = (minY + maxY) / 2;
    // Where the box's corners fall at ratio 1 around its centre; the ratio scales that linearly.
    const probe: CameraState = { x: cx, y: cy, ratio: 1, angle: 0 };
    const a = r.framedGraphToViewport({ x: minX, y: minY }, { cameraState: probe });
    const b = r.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: probe });
    // The largest disc and the labels of the nodes at the box's right edge (of at most 200).
    const right = Math.max(a.x, b.x);
    let size = 0;
    for (const id of drawn.slice(0, 200)) {
      const d = r.getNodeDisplayData(id)!;
      size = Math.max(size, d.size);
      const p = r.framedGraphToViewport(d, { cameraState: probe });
      if (right - p.x < 40) label = Math.max(label, this.labelRoom(id));
    }
    // Never closer than MAX_SPACING_PX between neighbouring nodes (the graph's typical spacing):
    // two nodes fitted alone are not blown up to the screen's size.
    const spacing = typicalSpacing(this.shown);
    const first = this.shown.getNodeAttributes(drawn[0]!);
    const s0 = r.graphToViewport({ x: first.x, y: first.y }, { cameraState: probe });
    const s1 = r.graphToViewport({ x: first.x + spacing, y: first.y }, { cameraState: probe });
    const closest = Math.hypot(s1.x - s0.x, s1.y - s0.y) / MAX_SPACING_PX;
    const { width, height } = r.getDimensions();
    const max = r.getSetting('maxCameraRatio') ?? 20;
    // Discs grow as the camera zooms in: solve again with the discs at the ratio found.
    let ratio = 1;
    let padL = 0;
    let padR = 0;
    for (let pass = 0; pass < 3; pass++) {
      disc = r.scaleSize(size, ratio);
      padL = FIT_PADDING + disc;
      padR = FIT_PADDING + disc + label;
      const padV = FIT_PADDING + disc;
      const need = Math.max(
        Math.abs(b.x - a.x) / Math.max(1, width - padL - padR),
        Math.abs(b.y - a.y) / Math.max(1, height - 2 * padV),
        closest,
      );
      ratio = Math.min(max, Math.max(MIN_FIT_RATIO, need));
    }
    // One node alone (or several on one spot): centred at the ordinary zoom.
    if (maxX - minX < 1e-9 && maxY - minY < 1e-9) ratio = 1;
    // Centre the box in the space between the paddings: shift the camera by the difference.
    const state: CameraState = { x: cx, y: cy, ratio, angle: 0 };
    const centre = r.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: state });
    const aim = r.viewportToFramedGraph(
      { x: padL + (width - padL - padR) / 2, y: height / 2 },
      { cameraState: state },
    );
    return { ...state, x: cx - (aim.x - centre.x), y: cy - (aim.y - centre.y) };
  }

  /** Fits the camera to `ids` (every drawn node by default): fit to screen. */
  fit(ids?: string[], animate = true): void {
    const state = this.fitState(ids ?? this.visibleNodes());
    if (state) this.moveCamera(state, animate);
  }

  /**
   * After new nodes arrived: when some of `targets` or of what was in view before (`context`) are
   * out of view now (sigma reframes the graph when it grows), or drawn much smaller than a fit
   * would show them, or `always`, fits the camera to both, so the new nodes are in view and the
   * reader keeps their bearings.
   */
  private follow(targets: string[], context: string[], always = false): void {
    const drawn = targets.filter((id) => this.nodeViewport(id));
    if (!drawn.length) return;
    const all = [...new Set([...context, ...drawn])];
    const state = this.fitState(all);
    if (!state) return;
    const inView = [...drawn, ...context].every((id) => this.inView(id, FIT_PADDING));
    // In view and not much smaller than the fit would show them: the camera stays.
    if (!always && inView && state.ratio > this.camera().ratio * 0.6) return;
    this.moveCamera(state, true);
  }

  /** Brings a node into view (panning, never zooming in) when it is not. */
  focus(id: string): void {
    const state = this.camera();
    if (this.inView(id, FIT_PADDING, state)) return;
    const d = this.renderer.getNodeDisplayData(id);
    if (d) this.moveCamera({ ...state, x: d.x, y: d.y }, true);
  }

  // ---- keyboard focus --------------------------------------------------------------------------

  get focused(): string | null {
    return this.view.focused;
  }

  /** Puts the keyboard focus on a node (its ring and highlight), bringing it into view. */
  setFocused(id: string | null): void {
    const next = id && this.shown.hasNode(id) ? id : null;
    this.view.focused = next;
    recomputeHighlight(this.shown, this.view);
    this.renderer.refresh({ skipIndexation: true });
    if (next) this.focus(next);
    this.events.focus?.(next);
  }

  /** The drawn node nearest to `from` in a direction on screen (within a 60° cone either side). */
  nodeInDirection(from: string, dir: Direction): string | null {
    const p = this.nodeViewport(from);
    if (!p) return null;
    let best: string | null = null;
    let bestScore = Infinity;
    for (const n of this.visibleNodes()) {
      if (n === from) continue;
      const q = this.nodeViewport(n);
      if (!q) continue;
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
      const across = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
      if (along <= 0.5 || across > along * Math.sqrt(3)) continue;
      const score = along + 2 * across;
      if (score < bestScore) {
        bestScore = score;
        best = n;
      }
    }
    return best;
  }

  /** The next (or previous) drawn node in the canvas's order; null past either end. */
  nodeInOrder(from: string | null, step: 1 | -1): string | null {
    const nodes = this.visibleNodes();
    if (!nodes.length) return null;
    if (from === null || !nodes.includes(from)) return step > 0 ? nodes[0]! : nodes.at(-1)!;
    return nodes[nodes.indexOf(from) + step] ?? null;
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

  /** The nodes a layout of "the selection" works on: the selection, or everything drawn. */
  private layoutTargets(ids: string[]): string[] {
    const set = ids.filter((id) => this.shown.hasNode(id));
    return set.length >= 2 ? set : this.visibleNodes();
  }

  private moveNodes(positions: Map<string, { x: number; y: number }>): void {
    this.layout.stop();
    this.history.checkpoint();
    for (const [id, p] of positions) this.shown.mergeNodeAttributes(id, p);
    this.renderer.refresh();
    this.events.change?.();
  }

  /**
   * The time-ordered chain layout (graph/chain-layout.ts: events left to right by date, one lane
   * per entity type) of the selection only (every drawn node when fewer than two are selected),
   * in free space beside the rest, which does not move; the camera fits the chain. False when
   * none of the nodes is dated.
   */
  timeLayout(ids: string[] = this.selected): boolean {
    const set = this.layoutTargets(ids);
    if (!set.some((n) => typeof this.shown.getNodeAttribute(n, 'at') === 'number')) return false;
    this.layout.stop();
    this.history.checkpoint();
    chainLayout(this.shown, set);
    this.renderer.refresh();
    this.events.change?.();
    this.fit(set);
    return true;
  }

  /** Arranges the selection (every drawn node when fewer than two are selected) in a grid or a
   *  circle around where it was, grouped by type. */
  arrange(kind: Arrangement, ids: string[] = this.selected): boolean {
    const set = this.layoutTargets(ids);
    if (set.length < 2) return false;
    const g = this.shown;
    const order = [...set].sort(
      (a, b) =>
        g.getNodeAttribute(a, 'entityType').localeCompare(g.getNodeAttribute(b, 'entityType')) ||
        String(g.getNodeAttribute(a, 'label')).localeCompare(String(g.getNodeAttribute(b, 'label'))),
    );
    const { cx, cy } = bbox(g, set);
    const gap = typicalSpacing(g) * 1.5;
    const positions = new Map<string, { x: number; y: number }>();
    const n = order.length;
    if (kind === 'grid') {
      const cols = Math.ceil(Math.sqrt(n));
      const rows = Math.ceil(n / cols);
      order.forEach((id, i) =>
        positions.set(id, {
          x: cx + ((i % cols) - (cols - 1) / 2) * gap,
          y: cy - (Math.floor(i / cols) - (rows - 1) / 2) * gap,
        }),
      );
    } else {
      const radius = Math.max(gap, (n * gap) / (2 * Math.PI));
      order.forEach((id, i) => {
        const a = Math.PI / 2 - (2 * Math.PI * i) / n;
        positions.set(id, { x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a) });
      });
    }
    this.moveNodes(positions);
    this.follow(set, set);
    return true;
  }

  destroy(): void {
    this.layout.kill();
    this.renderer.kill();
  }
}

/** Bounding box of some nodes of a graph: centre and width. */
function bbox(g: WorkGraph, ids: string[]): { cx: number; cy: number; w: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    if (!g.hasNode(id)) continue;
    const a: NodeAttrs = g.getNodeAttributes(id);
    minX = Math.min(minX, a.x);
    minY = Math.min(minY, a.y);
    maxX = Math.max(maxX, a.x);
    maxY = Math.max(maxY, a.y);
  }
  if (!Number.isFinite(minX)) return { cx: 0, cy: 0, w: 0 };
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, w: maxX - minX };
}
