// Saved investigations through the GraphQL server: save, reopen by a colleague when shared,
// private otherwise, update and delete by the owner only, entities loaded in one batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter } from '../../server/features/ingest/writer.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  await new GraphWriter(api.services.db()).write([
    { type: 'Person', key: 'I1', props: { name: 'Feng One' }, source: 'p.csv#1' },
    { type: 'Relic', key: 'IR', props: { name: 'Gilt Buddha head' }, source: 'r.csv#1' },
  ]);
});
afterAll(() => api.close());

const SAVE = `mutation($input: InvestigationInput!) { saveInvestigation(input: $input) { id name owner shared entityIds filters } }`;
const GET = `query($id: ID!) { investigation(id: $id) { id name description shared filters entityIds entities { id label } } }`;
const LIST = `query($first: Int, $after: String) { investigations(first: $first, after: $after) { items { id name } nextCursor } }`;

describe('saved investigations', () => {
  it('saves a named set of entities with filters that a colleague reopens when shared', async () => {
    const owner = await api.tokenFor('detective');
    const colleague = await api.tokenFor('detective');
    const filters = { hops: 2, relTypes: ['SOLD', 'BOUGHT'], minConfidence: 0.5 };
    const saved = await api.gql<{ saveInvestigation: { id: string; shared: boolean; filters: unknown } }>(
      SAVE,
      {
        input: {
          name: 'Xiaoshan tomb ring',
          entityIds: ['Person:I1', 'Relic:IR', 'Person:gone'],
          filters,
          shared: true,
        },
      },
      owner,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveInvestigation.filters).toEqual(filters);
    const id = saved.data!.saveInvestigation.id;
    const opened = await api.gql<{
      investigation: {
        name: string;
        filters: unknown;
        entities: Array<{ id: string; label: string } | null>;
      };
    }>(GET, { id }, colleague);
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.investigation.name).toBe('Xiaoshan tomb ring');
    expect(opened.data!.investigation.filters).toEqual(filters);
    expect(opened.data!.investigation.entities).toEqual([
      { id: 'Person:I1', label: 'Feng One' },
      { id: 'Relic:IR', label: 'Gilt Buddha head' },
      null,
    ]);
    const listed = await api.gql<{ investigations: { items: Array<{ id: string }> } }>(LIST, {}, colleague);
    expect(listed.data!.investigations.items.map((i) => i.id)).toContain(id);
    // only the owner may change it
    const denied = await api.gql(`mutation($id: ID!) { deleteInvestigation(id: $id) }`, { id }, colleague);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps an unshared one private, updates and deletes it', async () => {
    const owner = await api.tokenFor('detective');
    const other = await api.tokenFor('detective');
    const saved = await api.gql<{ saveInvestigation: { id: string } }>(
      SAVE,
      { input: { name: 'private', entityIds: ['Person:I1'] } },
      owner,
    );
    const id = saved.data!.saveInvestigation.id;
    expect((await api.gql(GET, { id }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const updated = await api.gql<{ updateInvestigation: { name: string; shared: boolean } }>(
      `mutation($id: ID!, $input: InvestigationInput!) { updateInvestigation(id: $id, input: $input) { name shared } }`,
      { id, input: { name: 'renamed', entityIds: [], shared: false } },
      owner,
    );
    expect(updated.data!.updateInvestigation).toEqual({ name: 'renamed', shared: false });
    const del = await api.gql<{ deleteInvestigation: boolean }>(
      `mutation($id: ID!) { deleteInvestigation(id: $id) }`,
      { id },
      owner,
    );
    expect(del.data!.deleteInvestigation).toBe(true);
    expect((await api.gql(GET, { id }, owner)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('pages the list and validates input', async () => {
    const owner = await api.tokenFor('detective');
    for (let i = 0; i < 3; i++) await api.gql(SAVE, { input: { name: `case ${i}`, entityIds: [] } }, owner);
    const p1 = await api.gql<{ investigations: { items: unknown[]; nextCursor: string | null } }>(
      LIST,
      { first: 2 },
      owner,
    );
    expect(p1.data!.investigations.items).toHaveLength(2);
    expect(p1.data!.investigations.nextCursor).not.toBeNull();
    const empty = await api.gql(SAVE, { input: { name: '', entityIds: [] } }, owner);
    expect(empty.errors?.[0]?.message).toContain('saveInvestigation.input.name');
    const badFilters = await api.gql(SAVE, { input: { name: 'x', entityIds: [], filters: [1, 2] } }, owner);
    expect(badFilters.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const commander = await api.tokenFor('commander'); // commanders may not save investigations
    expect(
      (await api.gql(SAVE, { input: { name: 'x', entityIds: [] } }, commander)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
