// API shapes → the client's graph records (graph/types.ts).
import type { EdgeRecord, NodeRecord, Subgraph } from '../graph/types.ts';

export interface ApiEntity {
  id: string;
  type: string;
  label: string;
  confidence?: number | null;
  sources?: string[];
  properties?: Record<string, unknown>;
  at?: number | null;
  price?: number | null;
  currency?: string | null;
}

export interface ApiEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  directed?: boolean;
  weight?: number;
  firstAt?: number | null;
  lastAt?: number | null;
  evidence?: { sources: string[]; confidence?: number | null; ingestedAt?: number | null };
  properties?: Record<string, unknown>;
}

export interface ApiSubgraph {
  nodes: Array<{ id: string; type: string; label: string; hop?: number | null; entity?: ApiEntity }>;
  edges: ApiEdge[];
  truncated: boolean;
  cap?: number;
  totalNodes?: number | null;
  note?: string | null;
}

export const ENTITY_FIELDS = `id type label confidence sources properties
  ... on Case { at } ... on Sale { at price currency } ... on Call { at } ... on Sighting { at }`;

export const SUBGRAPH_FIELDS = `truncated cap totalNodes note
  nodes { id type label hop entity { ${ENTITY_FIELDS} } }
  edges { id type source target directed weight firstAt lastAt
    evidence { sources confidence ingestedAt } properties }`;

export function toNode(n: { id: string; type: string; label: string; entity?: ApiEntity }): NodeRecord {
  const props = n.entity?.properties ?? {};
  const community = props.community ?? props.communityId;
  return {
    id: n.id,
    type: n.type,
    label: n.label,
    confidence: n.entity?.confidence ?? undefined,
    at: n.entity?.at ?? (typeof props.at === 'number' ? props.at : undefined),
    community: typeof community === 'string' || typeof community === 'number' ? community : undefined,
    properties: { ...props, sources: n.entity?.sources ?? [] },
  };
}

export function toEdge(e: ApiEdge): EdgeRecord {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    weight: e.weight ?? 1,
    confidence: e.evidence?.confidence ?? undefined,
    at: e.firstAt ?? e.lastAt ?? undefined,
    properties: {
      ...(e.properties ?? {}),
      sources: e.evidence?.sources ?? [],
      firstAt: e.firstAt,
      lastAt: e.lastAt,
      directed: e.directed,
    },
  };
}

export function toSubgraph(s: ApiSubgraph): Subgraph & { note?: string } {
  return {
    nodes: s.nodes.map(toNode),
    edges: s.edges.map(toEdge),
    truncated: s.truncated,
    note: s.note ?? undefined,
  };
}
