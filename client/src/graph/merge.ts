// API subgraphs → the workspace graph (graphology). New nodes without a position are placed in a
// ring around the node they were expanded from, so an expansion reads at once without a layout.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, NodeAttrs, Subgraph } from './types.ts';
import { hash01 } from './rng.ts';

export type WorkGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export function createWorkGraph(): WorkGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
}

export const edgeKey = (e: { id?: string; source: string; type: string; target: string }) =>
  e.id ?? `${e.source}-${e.type}-${e.target}`;

/** Adds what is new in `sub` to `graph`; returns the ids of the nodes added. */
export function mergeSubgraph(graph: WorkGraph, sub: Subgraph, anchor?: string): string[] {
  const added: string[] = [];
  const centre = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : undefined;
  const fresh = sub.nodes.filter((n) => !graph.hasNode(n.id));
  fresh.forEach((n, i) => {
    let x = n.x;
    let y = n.y;
    if (x === undefined || y === undefined) {
      const angle = centre ? (2 * Math.PI * i) / Math.max(1, fresh.length) : hash01(n.id) * 2 * Math.PI;
      const radius = centre ? 1 + 0.2 * Math.sqrt(fresh.length) : 5 * Math.sqrt(hash01(`${n.id}#r`) + 0.05);
      x = (centre?.x ?? 0) + radius * Math.cos(angle);
      y = (centre?.y ?? 0) + radius * Math.sin(angle);
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
