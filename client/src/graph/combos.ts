// Combos (the i2 / KeyLines convention): a gang, a family or any selection folded into one node
// that shows how many entities it stands for, with one summed link to each neighbour (its weight
// the number of member links it stands for, its label that count), and expanded again with its
// members where they were. Combos nest, and live on the workspace graph itself (the combo node
// carries what it folded), so undo and redo restore them like any other change.
//
// The real links are the truth; summed links are always recomputed from them. A combo keeps every
// real link that touches one of its leaves (the entities inside it, at any depth), wherever the
// other end is; a summed link joins the two nodes on the canvas that hold a real link's ends.
import type { WorkGraph } from './merge.ts';
import type { EdgeAttrs, NodeAttrs } from './types.ts';

export const COMBO_TYPE = 'Combo';
export const COMBO_PREFIX = 'Combo:';
export const COMBO_LINK = 'LINK';

export type ComboKind = 'gang' | 'family' | 'selection';

interface NodeSnapshot {
  key: string;
  attributes: NodeAttrs;
}

interface EdgeSnapshot {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttrs;
}

/** What a combo folded (never changed once made: history snapshots share it). */
export interface ComboData {
  kind: ComboKind;
  /**
   * What it is named after, for its label in any language: a gang's community, the caption of
   * the person a family was folded from, a selection's nothing.
   */
  name: string;
  /** The nodes folded, as they were (a member may be a combo itself). */
  members: readonly NodeSnapshot[];
  /** Every entity inside, at any depth. */
  leaves: readonly string[];
  /** Every real link touching a leaf. */
  edges: readonly EdgeSnapshot[];
  /** The members' centroid when folded: expanding moves them by how far the combo moved since. */
  centre: { x: number; y: number };
}

export interface ComboCounts {
  /** Entities inside (leaves). */
  members: number;
  /** People inside. */
  people: number;
  /** Real links from inside to the rest of the canvas. */
  links: number;
}

export interface ComboLabels {
  /** The combo node's label, e.g. "Gang 3 · 42 members". */
  node(data: ComboData, counts: ComboCounts): string;
  /** A summed link's label, e.g. "12 links". */
  link(count: number): string;
}

export const isCombo = (graph: WorkGraph, id: string): boolean =>
  graph.hasNode(id) && graph.getNodeAttribute(id, 'entityType') === COMBO_TYPE;

export const isComboLink = (graph: WorkGraph, edge: string): boolean =>
  graph.getEdgeAttribute(edge, 'comboLink') === true;

export function comboData(graph: WorkGraph, id: string): ComboData | undefined {
  return isCombo(graph, id) ? (graph.getNodeAttribute(id, 'combo') as ComboData | undefined) : undefined;
}

/** The combos on the canvas (top level). */
export function combos(graph: WorkGraph): string[] {
  return graph.filterNodes((_n, a) => a.entityType === COMBO_TYPE);
}

/** Each leaf inside a combo on the canvas → that combo. */
function leafIndex(graph: WorkGraph): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of combos(graph)) for (const l of comboData(graph, c)?.leaves ?? []) out.set(l, c);
  return out;
}

function snapshotEdge(graph: WorkGraph, e: string): EdgeSnapshot {
  return {
    key: e,
    source: graph.source(e),
    target: graph.target(e),
    attributes: { ...graph.getEdgeAttributes(e) },
  };
}

function nextId(graph: WorkGraph): string {
  let n = 1;
  graph.forEachNode((id) => {
    if (id.startsWith(COMBO_PREFIX)) n = Math.max(n, Number(id.slice(COMBO_PREFIX.length)) + 1 || n);
  });
  return `${COMBO_PREFIX}${n}`;
}

/** Counts of a combo: entities and people inside, and its real links to the rest. */
export function comboCounts(graph: WorkGraph, id: string): ComboCounts {
  const data = comboData(graph, id);
  if (!data) return { members: 0, people: 0, links: 0 };
  const inside = new Set(data.leaves);
  let people = 0;
  const count = (m: NodeSnapshot) => {
    if (m.attributes.entityType === COMBO_TYPE) {
      for (const sub of (m.attributes.combo as ComboData).members) count(sub);
    } else if (m.attributes.entityType === 'Person') people++;
  };
  for (const m of data.members) count(m);
  let links = 0;
  for (const e of data.edges) if (inside.has(e.source) !== inside.has(e.target)) links++;
  return { members: data.leaves.length, people, links };
}

/**
 * Recomputes the summed links of one combo from the real links it keeps: one link to each node
 * on the canvas holding the other end of at least one of them.
 */
function rebuildLinks(graph: WorkGraph, combo: string, labels: ComboLabels): void {
  const data = comboData(graph, combo);
  if (!data) return;
  for (const e of graph.edges(combo)) if (isComboLink(graph, e)) graph.dropEdge(e);
  const index = leafIndex(graph);
  const rep = (id: string) => (graph.hasNode(id) ? id : index.get(id));
  const sums = new Map<string, { a: string; b: string; count: number; types: Record<string, number> }>();
  for (const e of data.edges) {
    const a = rep(e.source);
    const b = rep(e.target);
    if (!a || !b || a === b || (a !== combo && b !== combo)) continue;
    const [x, y] = a < b ? [a, b] : [b, a];
    const k = `${x}\u0000${y}`;
    const s = sums.get(k) ?? { a: x, b: y, count: 0, types: {} };
    s.count++;
    s.types[e.attributes.relType] = (s.types[e.attributes.relType] ?? 0) + 1;
    sums.set(k, s);
  }
  for (const s of sums.values()) {
    const key = `combo-link:${s.a}|${s.b}`;
    if (graph.hasEdge(key)) graph.dropEdge(key);
    graph.addDirectedEdgeWithKey(key, s.a, s.b, {
      relType: COMBO_LINK,
      confidence: 1,
      weight: s.count,
      comboLink: true,
      // A single link needs no count; several carry theirs.
      label: s.count > 1 ? labels.link(s.count) : undefined,
      forceLabel: s.count > 1,
      properties: { links: s.count, types: s.types },
    });
  }
}

function relabel(graph: WorkGraph, combo: string, labels: ComboLabels): void {
  const data = comboData(graph, combo);
  if (!data) return;
  const counts = comboCounts(graph, combo);
  // What it counts: a gang's or a family's people, a selection's entities (its size on the
  // canvas and the "members" the details show, the same number as its label).
  const members = data.kind === 'selection' ? counts.members : counts.people || counts.members;
  graph.mergeNodeAttributes(combo, {
    label: labels.node(data, counts),
    members,
    properties: { members, people: counts.people, entities: counts.members, links: counts.links },
  });
}

/** Re-applies the labels (after a change of language). */
export function relabelCombos(graph: WorkGraph, labels: ComboLabels): void {
  for (const c of combos(graph)) {
    relabel(graph, c, labels);
    for (const e of graph.edges(c))
      if (isComboLink(graph, e) && graph.getEdgeAttribute(e, 'weight') > 1)
        graph.setEdgeAttribute(e, 'label', labels.link(graph.getEdgeAttribute(e, 'weight')));
  }
}

export interface CombineOptions {
  kind: ComboKind;
  name: string;
  /** The gang the members share, if any (colours the combo like its gang). */
  community?: string;
  labels: ComboLabels;
}

/**
 * Folds `ids` (entities or combos on the canvas) into one combo at their centroid; returns its
 * id, or null when fewer than two of them are on the canvas.
 */
export function combine(graph: WorkGraph, ids: readonly string[], o: CombineOptions): string | null {
  const members = [...new Set(ids)].filter((id) => graph.hasNode(id));
  if (members.length < 2) return null;
  const set = new Set(members);
  const leaves = new Set<string>();
  const edges = new Map<string, EdgeSnapshot>();
  let x = 0;
  let y = 0;
  for (const m of members) {
    const a = graph.getNodeAttributes(m);
    x += a.x;
    y += a.y;
    const inner = comboData(graph, m);
    if (inner) {
      for (const l of inner.leaves) leaves.add(l);
      for (const e of inner.edges) edges.set(e.key, e);
    } else {
      leaves.add(m);
      graph.forEachEdge(m, (e) => {
        if (!isComboLink(graph, e)) edges.set(e, snapshotEdge(graph, e));
      });
    }
  }
  // Real links between a new leaf and a leaf folded in another combo live in that combo.
  for (const c of combos(graph)) {
    if (set.has(c)) continue;
    for (const e of comboData(graph, c)!.edges)
      if (leaves.has(e.source) || leaves.has(e.target)) edges.set(e.key, e);
  }
  const centre = { x: x / members.length, y: y / members.length };
  const data: ComboData = {
    kind: o.kind,
    name: o.name,
    members: members.map((m) => ({ key: m, attributes: { ...graph.getNodeAttributes(m) } })),
    leaves: [...leaves],
    edges: [...edges.values()],
    centre,
  };
  const id = nextId(graph);
  for (const m of members) graph.dropNode(m);
  graph.addNode(id, {
    x: centre.x,
    y: centre.y,
    label: o.name,
    entityType: COMBO_TYPE,
    confidence: 1,
    community: o.community,
    forceLabel: true,
    combo: data,
    properties: {},
  });
  rebuildLinks(graph, id, o.labels);
  relabel(graph, id, o.labels);
  return id;
}

/**
 * Expands a combo: its members come back where they were (moved with the combo if it was moved),
 * with their real links; combos they link to get their summed links recomputed. Returns the
 * members' ids.
 */
export function expandCombo(graph: WorkGraph, id: string, labels: ComboLabels): string[] {
  const data = comboData(graph, id);
  if (!data) return [];
  const at = graph.getNodeAttributes(id);
  const dx = at.x - data.centre.x;
  const dy = at.y - data.centre.y;
  graph.dropNode(id);
  const restored: string[] = [];
  for (const m of data.members) {
    if (graph.hasNode(m.key)) continue; // opened again meanwhile
    graph.addNode(m.key, { ...m.attributes, x: m.attributes.x + dx, y: m.attributes.y + dy });
    restored.push(m.key);
  }
  const touched = new Set<string>();
  const index = leafIndex(graph);
  for (const e of data.edges) {
    const s = graph.hasNode(e.source) ? e.source : index.get(e.source);
    const t = graph.hasNode(e.target) ? e.target : index.get(e.target);
    if (!s || !t) continue;
    if (s === e.source && t === e.target) {
      if (!graph.hasEdge(e.key)) graph.addDirectedEdgeWithKey(e.key, s, t, { ...e.attributes });
    } else {
      if (s !== e.source) touched.add(s);
      if (t !== e.target) touched.add(t);
    }
  }
  for (const c of touched) rebuildLinks(graph, c, labels);
  return restored;
}

// ---- what to fold --------------------------------------------------------------------------------

/**
 * A gang on the canvas: its members (people of that community, and combos of them), and the
 * entities that link only to them (their phones, vehicles, sales among themselves).
 */
export function gangOnCanvas(graph: WorkGraph, community: string): string[] {
  const core = new Set(
    graph.filterNodes(
      (_n, a) => a.community === community && (a.entityType === 'Person' || a.entityType === COMBO_TYPE),
    ),
  );
  if (!core.size) return [];
  // The largest set of other entities whose every neighbour is in the gang or in the set.
  const candidates = new Set(
    graph.filterNodes(
      (n, a) =>
        !core.has(n) &&
        a.entityType !== 'Person' &&
        a.entityType !== COMBO_TYPE &&
        a.entityType !== 'Community',
    ),
  );
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of candidates) {
      let ok = graph.degree(c) > 0;
      graph.forEachNeighbor(c, (n) => {
        if (!core.has(n) && !candidates.has(n)) ok = false;
      });
      if (!ok) {
        candidates.delete(c);
        changed = true;
      }
    }
  }
  // Only those tied to the gang (not islands of entities among themselves).
  const reached = new Set<string>();
  const queue = [...core];
  while (queue.length) {
    const n = queue.pop()!;
    graph.forEachNeighbor(n, (m) => {
      if (candidates.has(m) && !reached.has(m)) {
        reached.add(m);
        queue.push(m);
      }
    });
  }
  return [...core, ...reached];
}

/** The gangs (communities) of the people on the canvas, with how many of them each has. */
export function gangsOnCanvas(graph: WorkGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((_n, a) => {
    if (a.community === undefined || a.community === 'none') return;
    if (a.entityType !== 'Person' && a.entityType !== COMBO_TYPE) return;
    out.set(a.community, (out.get(a.community) ?? 0) + 1);
  });
  return out;
}

const isFamilyLink = (a: EdgeAttrs) =>
  a.relType === 'ASSOCIATE_OF' && (a.properties as { kind?: unknown } | undefined)?.kind === 'family';

/** The families of the given people on the canvas: everyone reached over family links. */
export function familyOf(graph: WorkGraph, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = ids.filter(
    (id) => graph.hasNode(id) && graph.getNodeAttribute(id, 'entityType') === 'Person',
  );
  for (const q of queue) seen.add(q);
  while (queue.length) {
    const n = queue.pop()!;
    graph.forEachEdge(n, (_e, a, s, t) => {
      if (!isFamilyLink(a)) return;
      const m = s === n ? t : s;
      if (!seen.has(m)) {
        seen.add(m);
        queue.push(m);
      }
    });
  }
  return [...seen];
}

/** The community all the given nodes share, if they share one. */
export function sharedCommunity(graph: WorkGraph, ids: readonly string[]): string | undefined {
  let c: string | undefined;
  for (const id of ids) {
    if (!graph.hasNode(id)) continue;
    const a = graph.getNodeAttributes(id);
    if (a.entityType !== 'Person' && a.entityType !== COMBO_TYPE) continue;
    if (a.community === undefined) return undefined;
    if (c === undefined) c = a.community;
    else if (c !== a.community) return undefined;
  }
  return c;
}
