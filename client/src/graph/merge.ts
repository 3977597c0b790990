// API subgraphs → the workspace graph (graphology). New nodes without a position are placed in a
// fan around the node they were expanded from, so an expansion reads at once without a layout.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, NodeAttrs, Subgraph } from './types.ts';
import { hash01 } from './rng.ts';

export type WorkGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export function createWorkGraph(): WorkGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
}

export const edgeKey = (e: { id?: string; source: string; type: string; target: string }) =>
  e.id ?? `${e.source}-${e.type}-${e.target}`;

/**
 * Where to fan new neighbours out around `anchor`: on an arc facing away from the rest of the graph
 * (a full circle when the anchor is alone), so an expansion does not fall on what is there.
 */
function fan(graph: WorkGraph, anchor: NodeAttrs, count: number): (i: number) => { x: number; y: number } {
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_n, a) => {
    cx += a.x;
    cy += a.y;
  });
  cx /= Math.max(1, graph.order);
  cy /= Math.max(1, graph.order);
  const dx = anchor.x - cx;
  const dy = anchor.y - cy;
  const alone = Math.hypot(dx, dy) < 1e-9;
  const spread = alone ? 2 * Math.PI : Math.PI;
  const theta = Math.atan2(dy, dx);
  const radius = 1 + 0.25 * Math.sqrt(count);
  return (i) => {
    const angle = alone
      ? (spread * i) / Math.max(1, count)
      : theta - spread / 2 + (spread * (i + 0.5)) / count;
    return { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
  };
}

/** Adds what is new in `sub` to `graph`; returns the ids of the nodes added. */
export function mergeSubgraph(graph: WorkGraph, sub: Subgraph, anchor?: string): string[] {
  const added: string[] = [];
  const fresh = sub.nodes.filter((n) => !graph.hasNode(n.id));
  const place =
    anchor && graph.hasNode(anchor) ? fan(graph, graph.getNodeAttributes(anchor), fresh.length) : null;
  fresh.forEach((n, i) => {
    let x = n.x;
    let y = n.y;
    if (x === undefined || y === undefined) {
      if (place) ({ x, y } = place(i));
      else {
        const angle = hash01(n.id) * 2 * Math.PI;
        const radius = 5 * Math.sqrt(hash01(`${n.id}#r`) + 0.05);
        x = radius * Math.cos(angle);
        y = radius * Math.sin(angle);
      }
    }
    graph.addNode(n.id, {
      x,
      y,
      label: n.label,
      entityType: n.type,
      confidence: n.confidence ?? 1,
      at: n.at,
      community: n.community === undefined || n.community === null ? undefined : String(n.community),
      properties: n.properties ?? {},
    });
    added.push(n.id);
  });
  for (const n of sub.nodes) {
    if (n.community !== undefined && n.community !== null && graph.hasNode(n.id))
      graph.setNodeAttribute(n.id, 'community', String(n.community));
  }
  for (const e of sub.edges) {
    const key = edgeKey(e);
    if (graph.hasEdge(key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(key, e.source, e.target, {
      relType: e.type,
      confidence: e.confidence ?? 1,
      weight: e.weight ?? 1,
      at: e.at,
      properties: e.properties ?? {},
    });
  }
  return added;
}

/** A fresh graph holding exactly `sub` (used to open a network or a saved investigation). */
export function graphFromSubgraph(sub: Subgraph): WorkGraph {
  const g = createWorkGraph();
  mergeSubgraph(g, sub);
  return g;
}
