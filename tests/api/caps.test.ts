// Truthful caps (issue 20) through the GraphQL server on real Neo4j: every list and path answer that
// stops early says so and pages on. 24 shortest paths between two people come 10 at a time with
// hasMore and a cursor, all 24 distinct; key players page with a next-page cursor; the
// neighbourhood follows the relationship types of records kept as shipped (KNOWS-SOCIALLY).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter, type NodeRecord, type RelRecord } from '../../server/features/ingest/writer.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
let token: string;
let analyst: string;

const person = (key: string): NodeRecord => ({
  type: 'Person',
  key,
  props: { name: key },
  source: `p.csv#${key}`,
});
const tie = (a: string, b: string): RelRecord => ({
  type: 'ASSOCIATE_OF',
  from: { type: 'Person', key: a },
  to: { type: 'Person', key: b },
  qualifier: 'known-associate',
  source: `t.csv#${a}-${b}`,
});

beforeAll(async () => {
  api = await startTestApi();
  const db = api.services.db();
  await resetData(db);
  token = await api.tokenFor('detective');
  analyst = await api.tokenFor('analyst');
  // src - m1..m4 - n1..n6 - dst: 4 x 6 = 24 shortest paths of 3 hops.
  const ms = ['m1', 'm2', 'm3', 'm4'];
  const ns = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'];
  const nodes = ['src', 'dst', ...ms, ...ns].map(person);
  const rels = [
    ...ms.map((m) => tie('src', m)),
    ...ms.flatMap((m) => ns.map((n) => tie(m, n))),
    ...ns.map((n) => tie(n, 'dst')),
  ];
  const w = new GraphWriter(db);
  await w.write(nodes, rels);
  // Records kept as shipped: an officer and a type outside the model, spelt as the dataset does.
  await w.writeRaw(
    [
      {
        uid: 'Officer:o1',
        key: 'o1',
        labels: ['Officer'],
        props: { name: 'Officer One' },
        source: 'admin.csv#1',
      },
    ],
    [
      { type: 'KNOWS-SOCIALLY', from: 'Person:src', to: 'Officer:o1', props: {}, source: 'admin-rels.csv#1' },
      { type: 'INVESTIGATED_BY', from: 'Person:m1', to: 'Officer:o1', props: {}, source: 'admin-rels.csv#2' },
    ],
  );
}, 240_000);
afterAll(async () => {
  await api?.close();
});

const PATHS = `query($input: PathInput!) { paths(input: $input) {
  paths { length nodeIds } hasMore truncated nextCursor note } }`;
interface Paths {
  paths: {
    paths: Array<{ length: number; nodeIds: string[] }>;
    hasMore: boolean;
    truncated: boolean;
    nextCursor: string | null;
    note: string | null;
  };
}

describe('paths say when they stop early and page on', () => {
  for (const mode of ['ALL_SHORTEST', 'K_SHORTEST'] as const) {
    it(`${mode}: 24 paths come as 10 + 10 + 4, each page saying whether more exist`, async () => {
      const seen: string[] = [];
      let after: string | null = null;
      const pages: Array<[number, boolean]> = [];
      do {
        const res: { data?: Paths; errors?: unknown } = await api.gql<Paths>(
          PATHS,
          {
            input: {
              from: 'Person:src',
              to: 'Person:dst',
              mode,
              k: 10,
              maxHops: 4,
              relTypes: ['ASSOCIATE_OF'],
              after,
            },
          },
          token,
        );
        expect(res.errors).toBeUndefined();
        const p: Paths['paths'] = res.data!.paths;
        pages.push([p.paths.length, p.hasMore]);
        expect(p.truncated).toBe(p.hasMore);
        expect(p.note === null).toBe(!p.hasMore);
        for (const path of p.paths) {
          expect(path.length).toBe(3);
          seen.push(path.nodeIds.join('>'));
        }
        after = p.nextCursor;
        expect(after === null).toBe(!p.hasMore);
      } while (after && pages.length < 5);
      expect(pages).toEqual([
        [10, true],
        [10, true],
        [4, false],
      ]);
      expect(new Set(seen).size).toBe(24);
    });
  }

  it('a bad cursor is refused, naming the field', async () => {
    const res = await api.gql<Paths>(
      PATHS,
      { input: { from: 'Person:src', to: 'Person:dst', mode: 'ALL_SHORTEST', after: 'nonsense' } },
      token,
    );
    expect(res.errors?.[0]?.message).toMatch(/after/);
  });
});

describe('the neighbourhood follows the relationship types of records kept as shipped', () => {
  const HOOD = `query($input: NeighbourhoodInput!) { neighbourhood(input: $input) { nodes { id type } edges { type } truncated } }`;
  type Hood = {
    neighbourhood: { nodes: Array<{ id: string; type: string }>; edges: Array<{ type: string }> };
  };
  it('filters by a shipped type spelt with a hyphen, and by another shipped type', async () => {
    const res = await api.gql<Hood>(
      HOOD,
      { input: { ids: ['Person:src'], relTypes: ['KNOWS-SOCIALLY'] } },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.neighbourhood.edges.map((e) => e.type)).toEqual(['KNOWS-SOCIALLY']);
    expect(res.data!.neighbourhood.nodes.map((n) => n.type).sort()).toEqual(['Officer', 'Person']);
    const by = await api.gql<Hood>(
      HOOD,
      { input: { ids: ['Person:m1'], relTypes: ['INVESTIGATED_BY'] } },
      token,
    );
    expect(by.errors).toBeUndefined();
    expect(by.data!.neighbourhood.edges.map((e) => e.type)).toEqual(['INVESTIGATED_BY']);
  });
});

describe('key players page with a cursor', () => {
  it('keyPlayerPage gives every member once over its pages, the last without a cursor', async () => {
    const start = await api.gql<{ detectCommunities: { id: string } }>(
      `mutation { detectCommunities(input: { seed: 1 }) { id } }`,
      {},
      analyst,
    );
    expect(start.errors).toBeUndefined();
    const id = start.data!.detectCommunities.id;
    for (let i = 0; i < 240; i++) {
      const j = await api.gql<{ job: { status: string } }>(
        `query($id: ID!) { job(id: $id) { status } }`,
        { id },
        analyst,
      );
      if (j.data!.job.status === 'succeeded') break;
      expect(['queued', 'running']).toContain(j.data!.job.status);
      await new Promise((r) => setTimeout(r, 250));
    }
    const Q = `query($after: String) { keyPlayerPage(by: degree, first: 5, after: $after) { items { id degree } nextCursor } }`;
    type Page = {
      keyPlayerPage: { items: Array<{ id: string; degree: number }>; nextCursor: string | null };
    };
    const ids: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    do {
      const res: { data?: Page; errors?: unknown[] } = await api.gql<Page>(Q, { after }, analyst);
      expect(res.errors).toBeUndefined();
      sizes.push(res.data!.keyPlayerPage.items.length);
      ids.push(...res.data!.keyPlayerPage.items.map((k) => k.id));
      after = res.data!.keyPlayerPage.nextCursor;
    } while (after && sizes.length < 10);
    expect(sizes).toEqual([5, 5, 2]);
    expect(new Set(ids).size).toBe(12);
  }, 120_000);
});
