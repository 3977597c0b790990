// The investigation API on Neo4j's POLE crime-investigation dataset (../shared/datasets/pole),
// loaded through the ingest pipeline, checked against what its guide (pole.adoc) states.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPath } from '../../server/features/ingest/index.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { ROOT } from '../support/process.ts';

const POLE = path.resolve(ROOT, '../shared/datasets/pole');
let api: TestApi;
let token: string;

type Hit = { entity: { id: string; label: string; properties: Record<string, unknown> }; exact: boolean };
async function person(name: string, nhs?: string): Promise<string> {
  const res = await api.gql<{ search: { items: Hit[] } }>(
    `query($q: String!) { search(query: $q, types: ["Person"], first: 20) { items { exact entity { id label properties } } } }`,
    { q: nhs ?? name },
    token,
  );
  const hits = res.data!.search.items.filter((h) => h.entity.label === name);
  expect(hits.length, `${name} in POLE`).toBeGreaterThanOrEqual(1);
  return hits[0]!.entity.id;
}

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  await ingestPath(api.services.db(), POLE);
  token = await api.tokenFor('detective');
}, 600_000);
afterAll(() => api.close());

const PATHS = `query($input: PathInput!) { paths(input: $input) {
  paths { length nodeIds } subgraph { nodes { id label } } hasMore nextCursor } }`;
type Paths = {
  paths: {
    paths: Array<{ length: number; nodeIds: string[] }>;
    subgraph: { nodes: Array<{ id: string; label: string }> };
    hasMore: boolean;
    nextCursor: string | null;
  };
};

describe('POLE through the API', () => {
  it('finds Jack Powell and Raymond Walker 3 hops apart, through the people pole.adoc names', async () => {
    const jack = await person('Jack Powell');
    const raymond = await person('Raymond Walker');
    // "all of the shortest paths between them of 3 or fewer hops along all types of KNOWS
    // relationships" (KNOWS, KNOWS_LW, KNOWS_SN, KNOWS_PHONE, FAMILY_REL: ASSOCIATE_OF in the model)
    const one = await api.gql<Paths>(
      PATHS,
      { input: { from: jack, to: raymond, relTypes: ['ASSOCIATE_OF'], maxHops: 3 } },
      token,
    );
    expect(one.errors).toBeUndefined();
    expect(one.data!.paths.paths[0]!.length).toBe(3);
    // Every shortest path, page by page (ALL_SHORTEST pages k at a time and says when more exist).
    const paths: Paths['paths']['paths'] = [];
    const label = new Map<string, string>();
    let after: string | null = null;
    do {
      const page: { data?: Paths } = await api.gql<Paths>(
        PATHS,
        {
          input: {
            from: jack,
            to: raymond,
            relTypes: ['ASSOCIATE_OF'],
            maxHops: 3,
            mode: 'ALL_SHORTEST',
            k: 10,
            after,
          },
        },
        token,
      );
      const p: Paths['paths'] = page.data!.paths;
      paths.push(...p.paths);
      for (const n of p.subgraph.nodes) label.set(n.id, n.label);
      after = p.nextCursor;
    } while (after !== null);
    expect(paths.every((p) => p.length === 3)).toBe(true);
    const between = new Set(
      paths.flatMap((p) => p.nodeIds.slice(1, -1).map((id) => label.get(id)!.split(' ')[0])),
    );
    // "Raymond's father Phillip and sister Kathleen know Alan Ward, who is the brother of Jack
    // Powell. Raymond's father Phillip also lives with Jack's father Brian."
    expect([...between].sort()).toEqual(['Alan', 'Brian', 'Kathleen', 'Phillip']);
    const two = await api.gql<Paths>(
      PATHS,
      { input: { from: jack, to: raymond, relTypes: ['ASSOCIATE_OF'], maxHops: 2 } },
      token,
    );
    expect(two.data!.paths.paths).toEqual([]);
  });

  it('shows Anne Freeman’s 8 dangerous friends in her neighbourhood', async () => {
    const anne = await person('Anne Freeman', '804-54-6976');
    const res = await api.gql<{
      neighbourhood: {
        nodes: Array<{ id: string; type: string; hop: number }>;
        edges: Array<{ type: string; source: string; target: string }>;
        truncated: boolean;
      };
    }>(
      `query($id: ID!) { neighbourhood(input: { ids: [$id], hops: 2, relTypes: ["ASSOCIATE_OF", "PARTY_TO"] }) {
        nodes { id type hop } edges { type source target } truncated } }`,
      { id: anne },
      token,
    );
    expect(res.errors).toBeUndefined();
    const g = res.data!.neighbourhood;
    expect(g.truncated).toBe(false);
    const friends = new Set(g.nodes.filter((n) => n.hop === 1 && n.type === 'Person').map((n) => n.id));
    const cases = new Set(g.nodes.filter((n) => n.type === 'Case').map((n) => n.id));
    const dangerous = new Set(
      g.edges
        .filter((e) => e.type === 'PARTY_TO' && friends.has(e.source) && cases.has(e.target))
        .map((e) => e.source),
    );
    expect(dangerous.size).toBe(8);
  });

  it('explains why Kimberly Alexander and Bonnie are linked: family, and the address they share', async () => {
    const kimberly = await person('Kimberly Alexander', '548-59-5017');
    const bonnie = await person('Bonnie Gilbert');
    const res = await api.gql<{
      why: {
        items: Array<{
          via: { type: string; label: string } | null;
          edges: Array<{ type: string }>;
          sources: string[];
        }>;
      };
    }>(
      `query($a: ID!, $b: ID!) { why(a: $a, b: $b) { items { via { type label } edges { type } sources } } }`,
      { a: kimberly, b: bonnie },
      token,
    );
    expect(res.errors).toBeUndefined();
    const items = res.data!.why.items;
    expect(items[0]!.via).toBeNull();
    expect(items[0]!.edges.map((e) => e.type)).toContain('ASSOCIATE_OF');
    const home = items.find((l) => l.via?.label === '53 Ridge Grove');
    expect(home, 'the shared address').toBeDefined();
    expect(home!.via!.type).toBe('Location');
    expect(home!.sources.every((s) => s.includes('CURRENT_ADDRESS'))).toBe(true);
  });

  it('reports a truncated neighbourhood on real data instead of cutting it silently', async () => {
    const jack = await person('Jack Powell');
    const res = await api.gql<{
      neighbourhood: { nodes: unknown[]; truncated: boolean; cap: number; totalNodes: number; note: string };
    }>(
      `query($id: ID!) { neighbourhood(input: { ids: [$id], hops: 3, cap: 40 }) { nodes { id } truncated cap totalNodes note } }`,
      { id: jack },
      token,
    );
    expect(res.errors).toBeUndefined();
    const g = res.data!.neighbourhood;
    expect(g.truncated).toBe(true);
    expect(g.nodes).toHaveLength(40);
    expect(g.totalNodes).toBeGreaterThan(40);
    expect(g.note).toContain('cap of 40');
  });

  it('finds records kept as they were (officers, e-mail addresses, addresses) like modelled ones', async () => {
    const SEARCH = `query($q: String!, $types: [String!]) { search(query: $q, types: $types, first: 5) {
      items { exact entity { id type label } } } }`;
    type Res = {
      search: { items: Array<{ exact: boolean; entity: { id: string; type: string; label: string } }> };
    };
    for (const [q, types, type, label] of [
      ['Sophronia Lineen', ['Officer'], 'Officer', 'Sophronia Lineen'],
      ['80-1015383', null, 'Officer', 'Sophronia Lineen'],
      ['bhamilton3h@twitter.com', null, 'Email', null],
      ['178 Polding Street', null, 'Location', '178 Polding Street'],
    ] as const) {
      const res = await api.gql<Res>(SEARCH, { q, types }, token);
      expect(res.errors, q).toBeUndefined();
      const top = res.data!.search.items[0];
      expect(top?.entity.type, q).toBe(type);
      if (label) expect(top?.entity.label, q).toBe(label);
    }
  });
});
