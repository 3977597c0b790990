/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type NeighbourhoodInput = {
  /** Most nodes to return; defaults to and may not exceed the service's MAX_RESULT_NODES. */
  cap?: number | null | undefined;
  /** 1 to 3. */
  hops?: number | null | undefined;
  /** The starting entities (1 to 50). */
  ids: Array<string | number>;
  includeMerged?: boolean | null | undefined;
  /** Keep only links and nodes at least this confident (0..1). */
  minConfidence?: number | null | undefined;
  /**
   * Keep only nodes with one of these labels. By default every type except individual Call records,
   * which CALLS edges summarise; name `Call` to expand them.
   */
  nodeTypes?: Array<string> | null | undefined;
  /** Follow only these relationship types (see graphVocabulary). */
  relTypes?: Array<string> | null | undefined;
  /** Keep only links and events that overlap this window. */
  window?: TimeWindow | null | undefined;
};

export type Role =
  | 'admin'
  | 'analyst'
  | 'commander'
  | 'detective';

/** An interval of epoch milliseconds; either end may be open. */
export type TimeWindow = {
  from?: number | null | undefined;
  to?: number | null | undefined;
};

type CanvasEntity_Call_Fragment = { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Case_Fragment = { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_OtherEntity_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Person_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Phone_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Relic_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Sale_Fragment = { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Sighting_Fragment = { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Site_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

type CanvasEntity_Vehicle_Fragment = { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown };

export type CanvasEntityFragment =
  | CanvasEntity_Call_Fragment
  | CanvasEntity_Case_Fragment
  | CanvasEntity_OtherEntity_Fragment
  | CanvasEntity_Person_Fragment
  | CanvasEntity_Phone_Fragment
  | CanvasEntity_Relic_Fragment
  | CanvasEntity_Sale_Fragment
  | CanvasEntity_Sighting_Fragment
  | CanvasEntity_Site_Fragment
  | CanvasEntity_Vehicle_Fragment
;

export type CanvasSubgraphFragment = { truncated: boolean, cap: number, totalNodes: number | null, note: string | null, nodes: Array<{ id: string, type: string, label: string, hop: number | null, entity:
      | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
      | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
     }>, edges: Array<{ id: string, type: string, source: string, target: string, directed: boolean, weight: number, firstAt: number | null, lastAt: number | null, properties: unknown, evidence: { sources: Array<string>, confidence: number | null, ingestedAt: number | null } }> };

export type EntitiesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EntitiesQuery = { entities: Array<
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
    | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
   | null> };

export type NeighbourhoodQueryVariables = Exact<{
  input: NeighbourhoodInput;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, cap: number, totalNodes: number | null, note: string | null, nodes: Array<{ id: string, type: string, label: string, hop: number | null, entity:
        | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
        | { id: string, type: string, label: string, confidence: number | null, sources: Array<string>, properties: unknown }
       }>, edges: Array<{ id: string, type: string, source: string, target: string, directed: boolean, weight: number, firstAt: number | null, lastAt: number | null, properties: unknown, evidence: { sources: Array<string>, confidence: number | null, ingestedAt: number | null } }> } };

export type SessionUserFragment = { id: string, username: string, role: Role, permissions: Array<string> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, role: Role, permissions: Array<string> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, username: string, role: Role, permissions: Array<string> } } };

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: { nextCursor: string | null, items: Array<{ score: number, exact: boolean, entity:
        | { at: number | null, id: string, type: string, label: string, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
        | { at: number | null, price: number | null, currency: string | null, id: string, type: string, label: string, properties: unknown }
        | { at: number | null, id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
        | { id: string, type: string, label: string, properties: unknown }
       }> } };
