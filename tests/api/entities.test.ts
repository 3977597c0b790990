// Entity lookups through the GraphQL server: typed fields, the interface, batch loading without
// N+1 (one query for many ids), audit of person reads, the vocabulary for filters.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GraphWriter } from '../../server/features/ingest/writer.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  token = await api.tokenFor('detective');
  const people = Array.from({ length: 25 }, (_, i) => ({
    type: 'Person' as const,
    key: `E${i}`,
    props: { name: `Person ${i}`, aliases: [`alias ${i}`] },
    source: `p.csv#${i}`,
  }));
  await new GraphWriter(api.services.db()).write(
    [
      ...people,
      {
        type: 'Sale',
        key: 'ES',
        props: { at: 1700000000000, price: 12.5, currency: 'USD' },
        source: 's.csv#1',
      },
      { type: 'Phone', key: '999', props: { number: '999', imei: '1234' }, source: 'ph.csv#1' },
    ],
    [
      {
        type: 'USES',
        from: { type: 'Person', key: 'E0' },
        to: { type: 'Phone', key: '999' },
        source: 'ph.csv#1',
      },
    ],
  );
});
afterAll(() => api.close());

describe('entities', () => {
  it('returns typed entities through the Entity interface', async () => {
    const res = await api.gql<{
      entity: {
        __typename: string;
        id: string;
        type: string;
        label: string;
        sources: string[];
        confidence: number;
        aliases: string[];
        properties: Record<string, unknown>;
      };
    }>(
      `{ entity(id: "Person:E1") { __typename id type label sources confidence properties ... on Person { aliases } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.entity).toMatchObject({
      __typename: 'Person',
      id: 'Person:E1',
      type: 'Person',
      label: 'Person 1',
      sources: ['p.csv#1'],
      confidence: 1,
      aliases: ['alias 1'],
    });
    expect(res.data!.entity.properties).not.toHaveProperty('searchText');
    const sale = await api.gql<{
      entity: { __typename: string; at: number; price: number; currency: string };
    }>(`{ entity(id: "Sale:ES") { __typename ... on Sale { at price currency } } }`, {}, token);
    expect(sale.data!.entity).toEqual({
      __typename: 'Sale',
      at: 1700000000000,
      price: 12.5,
      currency: 'USD',
    });
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for an empty one', async () => {
    const res = await api.gql(`{ entity(id: "Person:nobody") { id } }`, {}, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await api.gql(`{ entity(id: "") { id } }`, {}, token);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads many entities in one database query (no N+1)', async () => {
    const db = api.services.db();
    const spy = vi.spyOn(db, 'read');
    const ids = Array.from({ length: 25 }, (_, i) => `Person:E${i}`);
    const res = await api.gql<{ entities: Array<{ id: string } | null> }>(
      `query($ids: [ID!]!) { entities(ids: $ids) { id } }`,
      { ids: [...ids, 'Person:none'] },
      token,
    );
    const lookups = spy.mock.calls.filter(([name]) => name === 'queries/entities/get-by-ids');
    spy.mockRestore();
    expect(res.data!.entities.map((e) => e?.id ?? null)).toEqual([...ids, null]);
    expect(lookups).toHaveLength(1);
  });

  it('records reads of person data in the audit trail', async () => {
    const spy = vi.spyOn(api.services.audit, 'record');
    await api.gql(`{ entity(id: "Person:E2") { id } }`, {}, token);
    await api.gql(`{ entity(id: "Sale:ES") { id } }`, {}, token);
    const calls = spy.mock.calls.map(([e]) => e);
    spy.mockRestore();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ operation: 'entity', kind: 'read', entityIds: ['Person:E2'], count: 1 });
  });

  it('lists the types available for filters', async () => {
    const res = await api.gql<{ graphVocabulary: { entityTypes: string[]; relationshipTypes: string[] } }>(
      `{ graphVocabulary { entityTypes relationshipTypes } }`,
      {},
      token,
    );
    expect(res.data!.graphVocabulary.entityTypes).toEqual(
      expect.arrayContaining(['Person', 'Phone', 'Sale']),
    );
    expect(res.data!.graphVocabulary.entityTypes).not.toContain('User');
    expect(res.data!.graphVocabulary.relationshipTypes).toContain('USES');
  });
});
