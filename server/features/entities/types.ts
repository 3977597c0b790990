// The shapes the API returns, built from database rows by mapping.ts. Resolvers hand them to
// GraphQL as they are; the generated resolver types accept them through `Partial<>` mappers.
import type { Plain } from '../../db/values.ts';

export type Props = Record<string, Plain>;

export interface EntityView {
  __typename: string;
  id: string;
  /** The database element id: internal, used to feed the next query, never shown as the id. */
  eid: string;
  type: string;
  labels: string[];
  label: string;
  sources: string[];
  confidence: number | null;
  ingestedAt: number | null;
  mergedInto: string | null;
  properties: Props;
  [field: string]: unknown;
}

export interface RegionView {
  code: string;
  fullName: string;
  province: string;
  prefecture: string | null;
  county: string | null;
}

export interface EdgeView {
  id: string;
  type: string;
  source: string;
  target: string;
  directed: boolean;
  weight: number;
  firstAt: number | null;
  lastAt: number | null;
  evidence: { sources: string[]; confidence: number | null; ingestedAt: number | null };
  properties: Props;
}

export interface GraphNodeView {
  id: string;
  type: string;
  label: string;
  hop: number | null;
  entity: EntityView;
}

export interface SubgraphView {
  nodes: GraphNodeView[];
  edges: EdgeView[];
  truncated: boolean;
  cap: number;
  totalNodes: number | null;
  note: string | null;
}

/** A plain node as the Db returns it. */
export interface PlainNode {
  id: string;
  labels: string[];
  properties: Props;
}

/** A plain relationship as the Db returns it. */
export interface PlainRel {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Props;
}
