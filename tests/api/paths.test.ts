// Paths, time-respecting paths and resale chains through the GraphQL server, on a small network
// built with GraphWriter where the answers are known by construction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter, type NodeRecord, type RelRecord } from '../../server/features/ingest/writer.ts';
import { resaleChains } from '../../server/features/paths/chains.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
let token: string;
const DAY = 86_400_000;
const T0 = Date.UTC(2023, 0, 1);

const person = (key: string, name: string): NodeRecord => ({
  type: 'Person',
  key,
  props: { name },
  source: `persons.csv#${key}`,
});
const sale = (key: string, at: number, price: number): NodeRecord => ({
  type: 'Sale',
  key,
  props: { at, price, currency: 'CNY' },
  source: `sales.csv#${key}`,
});
const rel = (
  type: RelRecord['type'],
  from: [string, string],
  to: [string, string],
  extra: Partial<RelRecord> = {},
): RelRecord => ({
  type,
  from: { type: from[0] as never, key: from[1] },
  to: { type: to[0] as never, key: to[1] },
  source: `links.csv#${type}-${from[1]}-${to[1]}`,
  ...extra,
});
/** seller -SOLD-> sale <-BOUGHT- buyer, sale -OF-> relic */
const deal = (saleKey: string, seller: string, buyer: string, relic: string): RelRecord[] => [
  rel('SOLD', ['Person', seller], ['Sale', saleKey]),
  rel('BOUGHT', ['Person', buyer], ['Sale', saleKey]),
  rel('OF', ['Sale', saleKey], ['Relic', relic]),
];

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  token = await api.tokenFor('detective');
  const nodes: NodeRecord[] = [
    person('looter', 'Zhao Looter'),
    person('dealer', 'Qian Dealer'),
    person('collector', 'Sun Collector'),
    person('buyer', 'Li Buyer'),
    person('other', 'Zhou Other'),
    // the backwards-in-time case
    person('b1', 'Wu One'),
    person('b2', 'Zheng Two'),
    person('b3', 'Wang Three'),
    {
      type: 'Site',
      key: 'tomb',
      props: { name: 'Han tomb at Xiaoshan', kind: 'ancient-tomb' },
      source: 'sites.csv#1',
    },
    {
      type: 'Site',
      key: 'auction',
      props: { name: 'Golden Hammer', kind: 'auction-house' },
      source: 'sites.csv#2',
    },
    {
      type: 'Relic',
      key: 'R1',
      props: { name: 'Bronze ding', catalogueNumber: 'HN-1999-042' },
      source: 'relics.csv#1',
    },
    { type: 'Relic', key: 'R2', props: { name: 'Jade bi disc' }, source: 'relics.csv#2' },
    sale('s1', T0 + 1 * DAY, 20_000),
    sale('s2', T0 + 30 * DAY, 150_000),
    sale('s3', T0 + 90 * DAY, 900_000),
    sale('s2b', T0 + 45 * DAY, 120_000),
    // a sale of R1 by the buyer BEFORE they bought it: not part of any chain after s3
    sale('s0', T0 - 10 * DAY, 5_000),
    // backwards: b1 sells to b2 on day 200, b2 sells to b3 on day 100 (before buying)
    sale('x1', T0 + 200 * DAY, 1_000),
    sale('x2', T0 + 100 * DAY, 1_000),
  ];
  const rels: RelRecord[] = [
    rel('TAKEN_FROM', ['Relic', 'R1'], ['Site', 'tomb']),
    ...deal('s1', 'looter', 'dealer', 'R1'),
    ...deal('s2', 'dealer', 'collector', 'R1'),
    rel('SOLD_AT', ['Sale', 's2'], ['Site', 'auction']),
    ...deal('s3', 'collector', 'buyer', 'R1'),
    ...deal('s2b', 'dealer', 'other', 'R1'),
    ...deal('s0', 'other', 'buyer', 'R1'),
    ...deal('x1', 'b1', 'b2', 'R2'),
    ...deal('x2', 'b2', 'b3', 'R2'),
    rel('ASSOCIATE_OF', ['Person', 'looter'], ['Person', 'dealer'], { qualifier: 'family' }),
    rel('ASSOCIATE_OF', ['Person', 'dealer'], ['Person', 'collector'], { qualifier: 'known-associate' }),
    rel('ASSOCIATE_OF', ['Person', 'collector'], ['Person', 'buyer'], { qualifier: 'known-associate' }),
    rel('ASSOCIATE_OF', ['Person', 'looter'], ['Person', 'other'], { qualifier: 'known-associate' }),
    rel('ASSOCIATE_OF', ['Person', 'other'], ['Person', 'buyer'], { qualifier: 'known-associate' }),
  ];
  await new GraphWriter(api.services.db()).write(nodes, rels);
});
afterAll(() => api.close());

const PATHS = `query($input: PathInput!) { paths(input: $input) {
  paths { length nodeIds edgeIds }
  subgraph { nodes { id type } edges { id type source target evidence { sources } } truncated }
} }`;
const TIME = `query($input: TimePathInput!) { timePaths(input: $input) {
  found paths { length nodeIds times departAt arriveAt }
  subgraph { nodes { id } edges { type } }
} }`;

describe('paths', () => {
  it('finds the shortest path over the chosen relationship types within the hop limit', async () => {
    const res = await api.gql<{ paths: { paths: Array<{ length: number; nodeIds: string[] }> } }>(
      PATHS,
      { input: { from: 'Person:looter', to: 'Person:buyer', relTypes: ['ASSOCIATE_OF'] } },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.paths.paths).toHaveLength(1);
    expect(res.data!.paths.paths[0]!.length).toBe(2); // looter - other - buyer
    expect(res.data!.paths.paths[0]!.nodeIds).toEqual(['Person:looter', 'Person:other', 'Person:buyer']);
  });

  it('returns every shortest path, and the k best alternatives in increasing length', async () => {
    const all = await api.gql<{ paths: { paths: Array<{ length: number }> } }>(
      PATHS,
      {
        input: {
          from: 'Person:looter',
          to: 'Person:buyer',
          relTypes: ['ASSOCIATE_OF'],
          mode: 'ALL_SHORTEST',
          k: 10,
        },
      },
      token,
    );
    expect(all.data!.paths.paths.map((p) => p.length)).toEqual([2]);
    const k = await api.gql<{ paths: { paths: Array<{ length: number; nodeIds: string[] }> } }>(
      PATHS,
      {
        input: {
          from: 'Person:looter',
          to: 'Person:buyer',
          relTypes: ['ASSOCIATE_OF'],
          mode: 'K_SHORTEST',
          k: 2,
        },
      },
      token,
    );
    expect(k.data!.paths.paths.map((p) => p.length)).toEqual([2, 3]);
    expect(k.data!.paths.paths[1]!.nodeIds).toEqual([
      'Person:looter',
      'Person:dealer',
      'Person:collector',
      'Person:buyer',
    ]);
  });

  it('refuses a path longer than the hop limit and one over other relationship types', async () => {
    const short = await api.gql<{ paths: { paths: unknown[] } }>(
      PATHS,
      { input: { from: 'Person:looter', to: 'Person:buyer', relTypes: ['ASSOCIATE_OF'], maxHops: 1 } },
      token,
    );
    expect(short.data!.paths.paths).toEqual([]);
    const none = await api.gql<{ paths: { paths: unknown[] } }>(
      PATHS,
      { input: { from: 'Person:looter', to: 'Person:buyer', relTypes: ['USES'] } },
      token,
    );
    expect(none.data!.paths.paths).toEqual([]);
  });

  it('draws the path with its evidence', async () => {
    const res = await api.gql<{
      paths: {
        subgraph: {
          nodes: Array<{ id: string }>;
          edges: Array<{ type: string; evidence: { sources: string[] } }>;
        };
      };
    }>(PATHS, { input: { from: 'Person:looter', to: 'Person:buyer', relTypes: ['ASSOCIATE_OF'] } }, token);
    const g = res.data!.paths.subgraph;
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['Person:buyer', 'Person:looter', 'Person:other']);
    expect(g.edges).toHaveLength(2);
    expect(
      g.edges.every((e) => e.type === 'ASSOCIATE_OF' && e.evidence.sources[0]!.startsWith('links.csv#')),
    ).toBe(true);
  });

  it('answers errors with codes: unknown entity, bad input, too costly, no credentials', async () => {
    const missing = await api.gql(PATHS, { input: { from: 'Person:nobody', to: 'Person:buyer' } }, token);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0]?.message).toContain('Person:nobody');
    const bad = await api.gql(
      PATHS,
      { input: { from: 'Person:looter', to: 'Person:buyer', relTypes: ['KNOWS; DROP'] } },
      token,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('input.relTypes[0]');
    const costly = await api.gql(
      PATHS,
      { input: { from: 'Person:looter', to: 'Person:buyer', mode: 'K_SHORTEST', k: 10, maxHops: 8 } },
      token,
    );
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const anon = await api.gql(PATHS, { input: { from: 'Person:looter', to: 'Person:buyer' } });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const commander = await api.tokenFor('commander');
    const forbidden = await api.gql(
      PATHS,
      { input: { from: 'Person:looter', to: 'Person:buyer' } },
      commander,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('time-respecting paths', () => {
  it('finds the passage of a relic from the looter to the buyer, forward in time', async () => {
    const res = await api.gql<{
      timePaths: {
        found: boolean;
        paths: Array<{ nodeIds: string[]; times: number[]; departAt: number; arriveAt: number }>;
      };
    }>(TIME, { input: { from: 'Person:looter', to: 'Person:buyer', relicId: 'Relic:R1' } }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.timePaths.found).toBe(true);
    const first = res.data!.timePaths.paths[0]!;
    expect(first.nodeIds).toEqual([
      'Person:looter',
      'Sale:s1',
      'Person:dealer',
      'Sale:s2',
      'Person:collector',
      'Sale:s3',
      'Person:buyer',
    ]);
    expect(first.times).toEqual([T0 + DAY, T0 + 30 * DAY, T0 + 90 * DAY]);
    expect(first.departAt).toBe(T0 + DAY);
    expect(first.arriveAt).toBe(T0 + 90 * DAY);
    // looter -> dealer -> other (day 45) -> buyer (day -10) goes backwards: never returned
    for (const p of res.data!.timePaths.paths) expect(p.nodeIds).not.toContain('Sale:s0');
  });

  it('refuses the only path when it goes backwards in time', async () => {
    // b1 sold to b2 on day 200; b2 sold to b3 on day 100, before b2 had it
    const res = await api.gql<{ timePaths: { found: boolean; paths: unknown[] } }>(
      TIME,
      { input: { from: 'Person:b1', to: 'Person:b3' } },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.timePaths.found).toBe(false);
    expect(res.data!.timePaths.paths).toEqual([]);
    // the path exists when time is ignored
    const plain = await api.gql<{ paths: { paths: Array<{ length: number }> } }>(
      PATHS,
      { input: { from: 'Person:b1', to: 'Person:b3', relTypes: ['SOLD', 'BOUGHT'] } },
      token,
    );
    expect(plain.data!.paths.paths[0]!.length).toBe(4);
  });

  it('honours the maximum gap between hops and the direction of the flow', async () => {
    const gap = await api.gql<{ timePaths: { found: boolean } }>(
      TIME,
      { input: { from: 'Person:looter', to: 'Person:buyer', relicId: 'Relic:R1', maxGapMs: 60 * DAY } },
      token,
    );
    expect(gap.data!.timePaths.found).toBe(true); // the gaps are 29 and 60 days
    const tight = await api.gql<{ timePaths: { found: boolean; paths: Array<{ nodeIds: string[] }> } }>(
      TIME,
      { input: { from: 'Person:looter', to: 'Person:buyer', relicId: 'Relic:R1', maxGapMs: 59 * DAY } },
      token,
    );
    expect(tight.data!.timePaths.found).toBe(false);
    const reverse = await api.gql<{ timePaths: { found: boolean } }>(
      TIME,
      { input: { from: 'Person:buyer', to: 'Person:looter', relicId: 'Relic:R1' } },
      token,
    );
    expect(reverse.data!.timePaths.found).toBe(false);
  });
});

describe('resale chains', () => {
  const CHAINS = `query($id: ID!, $first: Int, $after: String) { resaleChains(relicId: $id, first: $first, after: $after) {
    relic { id label } origin { id }
    items { startAt endAt origin { id } lastHolders { id } steps { at price currency sale { id } sellers { id } buyers { id } soldAt { id } } }
    nextCursor
    subgraph { nodes { id } edges { type source target } }
  } }`;
  type Chains = {
    resaleChains: {
      relic: { id: string };
      origin: { id: string } | null;
      items: Array<{
        startAt: number;
        endAt: number;
        lastHolders: Array<{ id: string }>;
        steps: Array<{
          at: number;
          price: number;
          sale: { id: string };
          sellers: Array<{ id: string }>;
          buyers: Array<{ id: string }>;
          soldAt: { id: string } | null;
        }>;
      }>;
      nextCursor: string | null;
      subgraph: {
        nodes: Array<{ id: string }>;
        edges: Array<{ type: string; source: string; target: string }>;
      };
    };
  };

  it('returns every time-ordered chain from the site to the last holders, in date order, with prices', async () => {
    const res = await api.gql<Chains>(CHAINS, { id: 'Relic:R1' }, token);
    expect(res.errors).toBeUndefined();
    const r = res.data!.resaleChains;
    expect(r.origin?.id).toBe('Site:tomb');
    const chains = r.items.map((c) => c.steps.map((s) => s.sale.id));
    expect(chains).toContainEqual(['Sale:s1', 'Sale:s2', 'Sale:s3']);
    expect(chains).toContainEqual(['Sale:s1', 'Sale:s2b']);
    for (const c of r.items) {
      const ats = c.steps.map((s) => s.at);
      expect(ats).toEqual([...ats].sort((a, b) => a - b));
      for (let i = 1; i < c.steps.length; i++) {
        const buyers = c.steps[i - 1]!.buyers.map((p) => p.id);
        expect(c.steps[i]!.sellers.some((p) => buyers.includes(p.id))).toBe(true);
      }
    }
    const main = r.items.find((c) => c.steps.length === 3)!;
    expect(main.steps.map((s) => s.price)).toEqual([20_000, 150_000, 900_000]);
    expect(main.steps[1]!.soldAt?.id).toBe('Site:auction');
    expect(main.lastHolders.map((p) => p.id)).toEqual(['Person:buyer']);
    expect(main.startAt).toBe(T0 + DAY);
    expect(main.endAt).toBe(T0 + 90 * DAY);
    expect(r.subgraph.edges.some((e) => e.type === 'TAKEN_FROM' && e.target === 'Site:tomb')).toBe(true);
    expect(r.subgraph.edges.some((e) => e.type === 'SOLD' && e.source === 'Person:looter')).toBe(true);
  });

  it('pages through chains with a cursor', async () => {
    const all = await api.gql<Chains>(CHAINS, { id: 'Relic:R1' }, token);
    const n = all.data!.resaleChains.items.length;
    const first = await api.gql<Chains>(CHAINS, { id: 'Relic:R1', first: 1 }, token);
    expect(first.data!.resaleChains.items).toHaveLength(1);
    const second = await api.gql<Chains>(
      CHAINS,
      { id: 'Relic:R1', first: 50, after: first.data!.resaleChains.nextCursor },
      token,
    );
    expect(second.data!.resaleChains.items).toHaveLength(n - 1);
    expect(second.data!.resaleChains.nextCursor).toBeNull();
  });

  it('lists the relics that passed through a person’s hands', async () => {
    const res = await api.gql<{
      relicsHandled: {
        items: Array<{
          relic: { id: string };
          acquiredAt: number | null;
          disposedAt: number | null;
          steps: Array<{ sale: { id: string } }>;
        }>;
      };
    }>(
      `query { relicsHandled(personId: "Person:dealer") { items { relic { id } acquiredAt disposedAt steps { sale { id } } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const [h] = res.data!.relicsHandled.items;
    expect(h!.relic.id).toBe('Relic:R1');
    expect(h!.acquiredAt).toBe(T0 + DAY);
    expect(h!.disposedAt).toBe(T0 + 45 * DAY);
    expect(h!.steps.map((s) => s.sale.id)).toEqual(['Sale:s1', 'Sale:s2', 'Sale:s2b']);
  });
});

describe('resaleChains (pure)', () => {
  it('links a buyer’s later resale and ignores earlier ones, branching where a holder sold twice', () => {
    const chains = resaleChains([
      { key: 'a', at: 1, sellers: ['L'], buyers: ['D'] },
      { key: 'b', at: 2, sellers: ['D'], buyers: ['C'] },
      { key: 'c', at: 0, sellers: ['C'], buyers: ['X'] },
      { key: 'd', at: 3, sellers: ['D'], buyers: ['E'] },
    ]);
    expect(chains).toEqual([[2], [0, 1], [0, 3]]);
    expect(
      resaleChains(
        [
          { key: 'a', at: 1, sellers: ['L'], buyers: ['D'] },
          { key: 'b', at: 10, sellers: ['D'], buyers: ['C'] },
        ],
        5,
      ),
    ).toEqual([[0], [1]]);
  });
});
