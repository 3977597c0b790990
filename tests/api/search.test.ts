// Full-text search through the GraphQL server: typos, identifiers, exact-first ranking, type
// filters, paging, merged duplicates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter, type NodeRecord } from '../../server/features/ingest/writer.ts';
import { buildLucene, tokens } from '../../server/features/search/lucene.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  token = await api.tokenFor('detective');
  const nodes: NodeRecord[] = [
    {
      type: 'Person',
      key: 'P1',
      props: { name: 'Jack Powell', aliases: ['Jacky P'], documentIds: ['G12345678'] },
      source: 'p.csv#1',
    },
    { type: 'Person', key: 'P2', props: { name: 'Jackson Powers' }, source: 'p.csv#2' },
    { type: 'Person', key: 'P3', props: { name: 'Raymond Walker' }, source: 'p.csv#3' },
    { type: 'Person', key: 'P4', props: { name: 'Jack Powell', mergedInto: 'Person:P1' }, source: 'p.csv#4' },
    {
      type: 'Phone',
      key: '+447700900123',
      props: { number: '+44 7700 900123', imei: '356938035643809' },
      source: 'ph.csv#1',
    },
    {
      type: 'Vehicle',
      key: 'MA51XYZ',
      props: { plate: 'MA51 XYZ', vin: 'WVWZZZ1JZXW000001', make: 'Volkswagen' },
      source: 'v.csv#1',
    },
    {
      type: 'Relic',
      key: 'R1',
      props: { name: 'Bronze ding', catalogueNumber: 'HN-1999-042', material: 'bronze' },
      source: 'r.csv#1',
    },
    { type: 'Site', key: 'S1', props: { name: 'Powell Street market', kind: 'market' }, source: 's.csv#1' },
  ];
  for (let i = 0; i < 30; i++) {
    nodes.push({ type: 'Person', key: `W${i}`, props: { name: `Walker ${i}` }, source: `p.csv#${10 + i}` });
  }
  await new GraphWriter(api.services.db()).write(nodes);
});
afterAll(() => api.close());

const SEARCH = `query($q: String!, $types: [String!], $first: Int, $after: String, $m: Boolean) {
  search(query: $q, types: $types, first: $first, after: $after, includeMerged: $m) {
    items { exact score entity { id type label } } nextCursor } }`;
type Res = {
  search: {
    items: Array<{ exact: boolean; score: number; entity: { id: string; type: string; label: string } }>;
    nextCursor: string | null;
  };
};
const ids = (r: { data?: Res }) => r.data!.search.items.map((h) => h.entity.id);

describe('search', () => {
  it('tolerates typos in names', async () => {
    const res = await api.gql<Res>(SEARCH, { q: 'Jak Powel' }, token);
    expect(res.errors).toBeUndefined();
    expect(ids(res)[0]).toBe('Person:P1');
  });

  it('finds phone numbers typed with spaces, IMEIs, plates, VINs, document numbers and catalogue numbers, exact first', async () => {
    for (const [q, id] of [
      ['7700 900123', 'Phone:+447700900123'],
      ['+44 7700 900123', 'Phone:+447700900123'],
      // national formats, typed without the country code
      ['07700 900123', 'Phone:+447700900123'],
      ['07700900123', 'Phone:+447700900123'],
      ['7700900123', 'Phone:+447700900123'],
      ['356938035643809', 'Phone:+447700900123'],
      ['MA51 XYZ', 'Vehicle:MA51XYZ'],
      ['WVWZZZ1JZXW000001', 'Vehicle:MA51XYZ'],
      ['G12345678', 'Person:P1'],
      ['HN-1999-042', 'Relic:R1'],
    ] as const) {
      const res = await api.gql<Res>(SEARCH, { q }, token);
      expect(res.errors, q).toBeUndefined();
      expect(ids(res)[0], q).toBe(id);
    }
    const exact = await api.gql<Res>(SEARCH, { q: '+44 7700 900123' }, token);
    expect(exact.data!.search.items[0]!.exact).toBe(true);
  });

  it('ranks exact names and aliases first, then partial matches', async () => {
    const res = await api.gql<Res>(SEARCH, { q: 'Jack Powell' }, token);
    expect(res.data!.search.items[0]!.entity.id).toBe('Person:P1');
    expect(res.data!.search.items[0]!.exact).toBe(true);
    const alias = await api.gql<Res>(SEARCH, { q: 'jacky p' }, token);
    expect(alias.data!.search.items[0]).toMatchObject({ exact: true, entity: { id: 'Person:P1' } });
    const walker = await api.gql<Res>(SEARCH, { q: 'Walker 1' }, token);
    const items = walker.data!.search.items;
    expect(items[0]).toMatchObject({ exact: true, entity: { id: 'Person:W1' } });
    expect(items.length).toBeGreaterThan(5); // Walker 10..19 match as prefixes
    expect(items.slice(1).every((h) => !h.exact)).toBe(true);
  });

  it('filters by type and leaves merged duplicates out unless asked', async () => {
    const sites = await api.gql<Res>(SEARCH, { q: 'Powell', types: ['Site'] }, token);
    expect(ids(sites)).toEqual(['Site:S1']);
    const people = await api.gql<Res>(SEARCH, { q: 'Powell', types: ['Person'] }, token);
    expect(ids(people)).not.toContain('Person:P4');
    const merged = await api.gql<Res>(SEARCH, { q: 'Powell', types: ['Person'], m: true }, token);
    expect(ids(merged)).toContain('Person:P4');
  });

  it('pages with a cursor without repeating or losing hits', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: { data?: Res } = await api.gql<Res>(SEARCH, { q: 'Walker', first: 7, after }, token);
      seen.push(...ids(res));
      after = res.data!.search.nextCursor;
    } while (after);
    expect(seen).toHaveLength(31);
    expect(new Set(seen).size).toBe(31);
  });

  it('refuses an empty query and bad type names with BAD_USER_INPUT', async () => {
    expect((await api.gql(SEARCH, { q: '  ' }, token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await api.gql(SEARCH, { q: 'x', types: ['Person)'] }, token);
    expect(bad.errors?.[0]?.message).toContain('search.types[0]');
  });
});

describe('Lucene query building', () => {
  it('escapes Lucene syntax and adds fuzzy and prefix forms', () => {
    expect(tokens('Jack  (Powell)')).toEqual(['jack', 'powell']);
    const q = buildLucene('HN-1999:042 AND')!;
    expect(q).not.toMatch(/[^\\][:]/);
    expect(buildLucene('powell')).toBe('((powell^4 OR powell*^2 OR powell~1))');
    expect(buildLucene('jak')).toBe('((jak^4 OR jak*^2 OR jak~1))');
    expect(buildLucene('!!!')).toBeNull();
  });
});
