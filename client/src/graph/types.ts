// The shapes the client works with, independent of how the API spells them (api/ maps to these).

export interface NodeRecord {
  /** The entity uid, "<Type>:<key>". */
  id: string;
  type: string;
  label: string;
  confidence?: number;
  /** Event time (epoch ms) for events such as Call, Sale, Sighting, Case. */
  at?: number;
  community?: string | number | null;
  x?: number;
  y?: number;
  properties?: Record<string, unknown>;
}

export interface EdgeRecord {
  id?: string;
  source: string;
  target: string;
  type: string;
  confidence?: number;
  weight?: number;
  at?: number;
  properties?: Record<string, unknown>;
}

export interface Subgraph {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  /** True when the server cut the result at its size limit. */
  truncated?: boolean;
}

/** Node attributes on the workspace graph (graphology). */
export interface NodeAttrs {
  x: number;
  y: number;
  label: string;
  entityType: string;
  size?: number;
  color?: string;
  confidence: number;
  at?: number;
  community?: string;
  pinned?: boolean;
  hidden?: boolean;
  group?: string;
  properties: Record<string, unknown>;
  /** For a collapsed community node: how many members it stands for. */
  members?: number;
  type?: string;
  image?: string;
  [k: string]: unknown;
}

export interface EdgeAttrs {
  relType: string;
  confidence: number;
  weight: number;
  at?: number;
  size?: number;
  color?: string;
  properties: Record<string, unknown>;
  [k: string]: unknown;
}

export const typeOfUid = (uid: string) => uid.slice(0, Math.max(0, uid.indexOf(':'))) || 'Entity';
