// why(a, b) through the GraphQL server: direct links, links through one intermediary (a sale,
// a shared phone, a call record), their sources, ordering and paging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter, type NodeRecord, type RelRecord } from '../../server/features/ingest/writer.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  token = await api.tokenFor('detective');
  const nodes: NodeRecord[] = [
    { type: 'Person', key: 'A', props: { name: 'Ma A' }, source: 'p.csv#1' },
    { type: 'Person', key: 'B', props: { name: 'Hu B' }, source: 'p.csv#2' },
    { type: 'Person', key: 'C', props: { name: 'Xu C' }, source: 'p.csv#3' },
    { type: 'Sale', key: 'S1', props: { at: 1_000, price: 10 }, source: 'sales.csv#7' },
    { type: 'Phone', key: '111', props: { number: '111' }, source: 'ph.csv#1' },
    { type: 'Phone', key: '222', props: { number: '222' }, source: 'ph.csv#2' },
    { type: 'Call', key: 'k1', props: { at: 5_000 }, source: 'cdr.csv#12' },
  ];
  const rels: RelRecord[] = [
    {
      type: 'ASSOCIATE_OF',
      from: { type: 'Person', key: 'A' },
      to: { type: 'Person', key: 'B' },
      qualifier: 'family',
      source: 'informant-3.txt#4',
      confidence: 0.9,
    },
    {
      type: 'SOLD',
      from: { type: 'Person', key: 'A' },
      to: { type: 'Sale', key: 'S1' },
      source: 'sales.csv#7',
    },
    {
      type: 'BOUGHT',
      from: { type: 'Person', key: 'B' },
      to: { type: 'Sale', key: 'S1' },
      source: 'sales.csv#7',
    },
    {
      type: 'USES',
      from: { type: 'Person', key: 'A' },
      to: { type: 'Phone', key: '111' },
      source: 'subscribers.csv#1',
      confidence: 0.6,
    },
    {
      type: 'USES',
      from: { type: 'Person', key: 'B' },
      to: { type: 'Phone', key: '111' },
      source: 'seizure-report.pdf#2',
      confidence: 0.8,
    },
    {
      type: 'FROM',
      from: { type: 'Call', key: 'k1' },
      to: { type: 'Phone', key: '111' },
      source: 'cdr.csv#12',
    },
    {
      type: 'TO',
      from: { type: 'Call', key: 'k1' },
      to: { type: 'Phone', key: '222' },
      source: 'cdr.csv#12',
    },
  ];
  await new GraphWriter(api.services.db()).write(nodes, rels);
});
afterAll(() => api.close());

const WHY = `query($a: ID!, $b: ID!, $first: Int, $after: String) { why(a: $a, b: $b, first: $first, after: $after) {
  items { via { id type } sources confidence edges { type source target evidence { sources confidence } } } nextCursor } }`;
type Why = {
  why: {
    items: Array<{
      via: { id: string; type: string } | null;
      sources: string[];
      confidence: number;
      edges: Array<{ type: string; source: string; target: string }>;
    }>;
    nextCursor: string | null;
  };
};

describe('why(a, b)', () => {
  it('returns the direct link first, then links through one intermediary, with their sources', async () => {
    const res = await api.gql<Why>(WHY, { a: 'Person:A', b: 'Person:B' }, token);
    expect(res.errors).toBeUndefined();
    const items = res.data!.why.items;
    expect(items).toHaveLength(3);
    expect(items[0]!.via).toBeNull();
    expect(items[0]!.edges.map((e) => e.type)).toEqual(['ASSOCIATE_OF']);
    expect(items[0]!.sources).toEqual(['informant-3.txt#4']);
    const sale = items.find((l) => l.via?.id === 'Sale:S1')!;
    expect(sale.edges.map((e) => e.type).sort()).toEqual(['BOUGHT', 'SOLD']);
    expect(sale.sources).toEqual(['sales.csv#7']);
    const phone = items.find((l) => l.via?.id === 'Phone:111')!;
    expect(phone.sources.sort()).toEqual(['seizure-report.pdf#2', 'subscribers.csv#1']);
    expect(phone.confidence).toBeCloseTo(0.6);
    // after the direct link, the most confident first
    expect(items[1]!.via!.id).toBe('Sale:S1');
  });

  it('shows the call record behind a phone contact', async () => {
    const res = await api.gql<Why>(WHY, { a: 'Phone:111', b: 'Phone:222' }, token);
    const items = res.data!.why.items;
    expect(items[0]!.via).toBeNull();
    expect(items[0]!.edges[0]!.type).toBe('CALLS');
    const call = items.find((l) => l.via?.type === 'Call')!;
    expect(call.sources).toEqual(['cdr.csv#12']);
    expect(call.edges.find((e) => e.type === 'FROM')!.target).toBe('Phone:111');
  });

  it('finds nothing between unlinked entities, pages, and names a missing one', async () => {
    const none = await api.gql<Why>(WHY, { a: 'Person:A', b: 'Person:C' }, token);
    expect(none.data!.why.items).toEqual([]);
    const p1 = await api.gql<Why>(WHY, { a: 'Person:A', b: 'Person:B', first: 2 }, token);
    expect(p1.data!.why.items).toHaveLength(2);
    const p2 = await api.gql<Why>(
      WHY,
      { a: 'Person:A', b: 'Person:B', first: 2, after: p1.data!.why.nextCursor },
      token,
    );
    expect(p2.data!.why.items).toHaveLength(1);
    expect(p2.data!.why.nextCursor).toBeNull();
    const missing = await api.gql(WHY, { a: 'Person:A', b: 'Person:Z' }, token);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
