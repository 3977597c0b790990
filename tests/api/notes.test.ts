// Notes on entities through the GraphQL server: add, list newest first with paging, delete by
// the author only, permissions, and audit of the change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter } from '../../server/features/ingest/writer.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  await new GraphWriter(api.services.db()).write([
    { type: 'Person', key: 'N1', props: { name: 'Deng N' }, source: 'p.csv#1' },
  ]);
});
afterAll(() => api.close());

const ADD = `mutation($id: ID!, $t: String!) { addNote(entityId: $id, text: $t) { id entityId text author createdAt } }`;
const LIST = `query($id: ID!, $first: Int, $after: String) { notes(entityId: $id, first: $first, after: $after) { items { id text author } nextCursor } }`;
type List = {
  notes: { items: Array<{ id: string; text: string; author: string }>; nextCursor: string | null };
};

describe('notes', () => {
  it('adds notes and lists them newest first with paging', async () => {
    const token = await api.tokenFor('detective');
    const ids: string[] = [];
    for (const t of ['seen at the market', 'uses a second phone', 'brother-in-law of the dealer']) {
      const res = await api.gql<{ addNote: { id: string; entityId: string; text: string } }>(
        ADD,
        { id: 'Person:N1', t },
        token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.addNote.entityId).toBe('Person:N1');
      ids.push(res.data!.addNote.id);
      await new Promise((r) => setTimeout(r, 5)); // distinct createdAt
    }
    const p1 = await api.gql<List>(LIST, { id: 'Person:N1', first: 2 }, token);
    expect(p1.data!.notes.items.map((n) => n.text)).toEqual([
      'brother-in-law of the dealer',
      'uses a second phone',
    ]);
    const p2 = await api.gql<List>(
      LIST,
      { id: 'Person:N1', first: 2, after: p1.data!.notes.nextCursor },
      token,
    );
    expect(p2.data!.notes.items.map((n) => n.id)).toEqual([ids[0]]);
    expect(p2.data!.notes.nextCursor).toBeNull();
  });

  it('lets only the author delete a note', async () => {
    const author = await api.tokenFor('analyst');
    const other = await api.tokenFor('detective');
    const res = await api.gql<{ addNote: { id: string } }>(
      ADD,
      { id: 'Person:N1', t: 'to be removed' },
      author,
    );
    const id = res.data!.addNote.id;
    const denied = await api.gql(`mutation($id: ID!) { deleteNote(id: $id) }`, { id }, other);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await api.gql<{ deleteNote: boolean }>(
      `mutation($id: ID!) { deleteNote(id: $id) }`,
      { id },
      author,
    );
    expect(ok.data!.deleteNote).toBe(true);
    const again = await api.gql(`mutation($id: ID!) { deleteNote(id: $id) }`, { id }, author);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses empty text, unknown entities and roles without annotate', async () => {
    const token = await api.tokenFor('detective');
    const empty = await api.gql(ADD, { id: 'Person:N1', t: '   ' }, token);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.message).toContain('addNote.text');
    const ghost = await api.gql(ADD, { id: 'Person:ghost', t: 'x' }, token);
    expect(ghost.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const commander = await api.tokenFor('commander');
    expect((await api.gql(ADD, { id: 'Person:N1', t: 'x' }, commander)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('never shows a note as an entity in a neighbourhood', async () => {
    const token = await api.tokenFor('detective');
    const res = await api.gql<{ neighbourhood: { nodes: Array<{ id: string }> } }>(
      `{ neighbourhood(input: { ids: ["Person:N1"] }) { nodes { id } } }`,
      {},
      token,
    );
    expect(res.data!.neighbourhood.nodes.map((n) => n.id)).toEqual(['Person:N1']);
  });
});
