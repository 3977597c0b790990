// Operations of the investigation API: sign-in, search, neighbourhoods, paths, resale chains,
// evidence and saved investigations.
import type { Subgraph } from '../graph/types.ts';
import type { Api } from './client.ts';
import {
  ENTITY_FIELDS,
  SUBGRAPH_FIELDS,
  toNode,
  toSubgraph,
  type ApiEdge,
  type ApiEntity,
  type ApiSubgraph,
} from './mapping.ts';

export interface Session {
  token: string;
  user: { id: string; username: string; role: string };
}

export async function login(api: Api, username: string, password: string): Promise<Session> {
  const d = await api.gql<{ login: Session }>(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id username role } } }`,
    { u: username, p: password },
  );
  return d.login;
}

export async function me(api: Api): Promise<Session['user']> {
  return (await api.gql<{ me: Session['user'] }>('{ me { id username role } }')).me;
}

export interface SearchResult {
  id: string;
  type: string;
  label: string;
  score: number;
  exact: boolean;
}

export async function search(api: Api, query: string, types?: string[]): Promise<SearchResult[]> {
  await api.need('Query.search', 'search');
  const d = await api.gql<{
    search: {
      items: Array<{ score: number; exact: boolean; entity: { id: string; type: string; label: string } }>;
    };
  }>(
    `query($q: String!, $t: [String!]) { search(query: $q, types: $t, first: 20) {
      items { score exact entity { id type label } } } }`,
    { q: query, t: types?.length ? types : null },
  );
  return d.search.items.map((h) => ({ ...h.entity, score: h.score, exact: h.exact }));
}

export interface ExpandFilters {
  hops?: number;
  nodeTypes?: string[];
  relTypes?: string[];
  from?: number;
  to?: number;
  minConfidence?: number;
}

export async function neighbourhood(
  api: Api,
  ids: string[],
  f: ExpandFilters = {},
): Promise<Subgraph & { note?: string }> {
  await api.need('Query.neighbourhood', 'neighbourhood expansion');
  const d = await api.gql<{ neighbourhood: ApiSubgraph }>(
    `query($input: NeighbourhoodInput!) { neighbourhood(input: $input) { ${SUBGRAPH_FIELDS} } }`,
    {
      input: {
        ids,
        hops: f.hops ?? 1,
        nodeTypes: f.nodeTypes?.length ? f.nodeTypes : null,
        relTypes: f.relTypes?.length ? f.relTypes : null,
        window:
          f.from !== undefined || f.to !== undefined ? { from: f.from ?? null, to: f.to ?? null } : null,
        minConfidence: f.minConfidence ?? 0,
      },
    },
  );
  return toSubgraph(d.neighbourhood);
}

export async function entities(api: Api, ids: string[]): Promise<Subgraph> {
  await api.need('Query.entities', 'entity lookup');
  const d = await api.gql<{ entities: Array<ApiEntity | null> }>(
    `query($ids: [ID!]!) { entities(ids: $ids) { ${ENTITY_FIELDS} } }`,
    { ids },
  );
  return {
    nodes: d.entities.filter((e): e is ApiEntity => !!e).map((e) => toNode({ ...e, entity: e })),
    edges: [],
  };
}

export interface PathsResult {
  paths: Array<{ length: number; nodeIds: string[]; edgeIds: string[] }>;
  subgraph: Subgraph;
}

export async function paths(api: Api, from: string, to: string, k = 3, maxHops = 6): Promise<PathsResult> {
  await api.need('Query.paths', 'path finding');
  const d = await api.gql<{ paths: { paths: PathsResult['paths']; subgraph: ApiSubgraph } }>(
    `query($input: PathInput!) { paths(input: $input) { paths { length nodeIds edgeIds } subgraph { ${SUBGRAPH_FIELDS} } } }`,
    { input: { from, to, mode: 'K_SHORTEST', k, maxHops } },
  );
  return { paths: d.paths.paths, subgraph: toSubgraph(d.paths.subgraph) };
}

export interface ResaleStep {
  saleId: string;
  at: number | null;
  price: number | null;
  currency: string | null;
  sellers: Array<{ id: string; label: string }>;
  buyers: Array<{ id: string; label: string }>;
  soldAt: { id: string; label: string } | null;
}

export interface ResaleChains {
  relic: { id: string; label: string };
  origin: { id: string; label: string } | null;
  chains: Array<{ steps: ResaleStep[]; startAt: number | null; endAt: number | null }>;
  subgraph: Subgraph;
}

export async function resaleChains(api: Api, relicId: string): Promise<ResaleChains> {
  await api.need('Query.resaleChains', 'resale chains');
  const ref = '{ id label }';
  const d = await api.gql<{
    resaleChains: {
      relic: { id: string; label: string };
      origin: { id: string; label: string } | null;
      items: Array<{
        startAt: number | null;
        endAt: number | null;
        steps: Array<{
          sale: { id: string };
          at: number | null;
          price: number | null;
          currency: string | null;
          sellers: ResaleStep['sellers'];
          buyers: ResaleStep['buyers'];
          soldAt: ResaleStep['soldAt'];
        }>;
      }>;
      subgraph: ApiSubgraph;
    };
  }>(
    `query($id: ID!) { resaleChains(relicId: $id, first: 20) { relic ${ref} origin ${ref}
      items { startAt endAt steps { sale { id } at price currency sellers ${ref} buyers ${ref} soldAt ${ref} } }
      subgraph { ${SUBGRAPH_FIELDS} } } }`,
    { id: relicId },
  );
  const r = d.resaleChains;
  return {
    relic: r.relic,
    origin: r.origin,
    chains: r.items.map((c) => ({
      startAt: c.startAt,
      endAt: c.endAt,
      steps: c.steps.map((s) => ({ ...s, saleId: s.sale.id })),
    })),
    subgraph: toSubgraph(r.subgraph),
  };
}

export interface EvidenceItem {
  via: { id: string; type: string; label: string } | null;
  edges: ApiEdge[];
  sources: string[];
  confidence: number | null;
}

export async function why(api: Api, a: string, b: string): Promise<EvidenceItem[]> {
  await api.need('Query.why', 'evidence');
  const d = await api.gql<{ why: { items: EvidenceItem[] } }>(
    `query($a: ID!, $b: ID!) { why(a: $a, b: $b, first: 50) { items { via { id type label } sources confidence
      edges { id type source target directed weight firstAt lastAt evidence { sources confidence ingestedAt } properties } } } }`,
    { a, b },
  );
  return d.why.items;
}

export interface SavedInvestigation {
  id: string;
  name: string;
  description: string | null;
  owner: string;
  shared: boolean;
  entityIds: string[];
  filters: unknown;
  updatedAt: number;
}

const INV_FIELDS = 'id name description owner shared entityIds filters updatedAt';

export async function listInvestigations(api: Api): Promise<SavedInvestigation[]> {
  await api.need('Query.investigations', 'saved investigations');
  const d = await api.gql<{ investigations: { items: SavedInvestigation[] } }>(
    `{ investigations(first: 50) { items { ${INV_FIELDS} } } }`,
  );
  return d.investigations.items;
}

export async function getInvestigation(api: Api, id: string): Promise<SavedInvestigation> {
  const d = await api.gql<{ investigation: SavedInvestigation }>(
    `query($id: ID!) { investigation(id: $id) { ${INV_FIELDS} } }`,
    { id },
  );
  return d.investigation;
}

export async function saveInvestigation(
  api: Api,
  input: { name: string; description?: string; entityIds: string[]; filters: unknown; shared?: boolean },
  id?: string,
): Promise<SavedInvestigation> {
  await api.need('Mutation.saveInvestigation', 'saved investigations');
  if (id) {
    const d = await api.gql<{ updateInvestigation: SavedInvestigation }>(
      `mutation($id: ID!, $input: InvestigationInput!) { updateInvestigation(id: $id, input: $input) { ${INV_FIELDS} } }`,
      { id, input },
    );
    return d.updateInvestigation;
  }
  const d = await api.gql<{ saveInvestigation: SavedInvestigation }>(
    `mutation($input: InvestigationInput!) { saveInvestigation(input: $input) { ${INV_FIELDS} } }`,
    { input },
  );
  return d.saveInvestigation;
}
