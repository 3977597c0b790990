// The ingest mutation: batches through the same pipeline, with rejects in the answer; permission
// checked; a file that is not what it claims refused with one clear error; idempotent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.ts';
import { resetData } from '../support/db.ts';

let api: TestApi;
let admin: string;
beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  admin = await api.tokenFor('admin');
});
afterAll(() => api.close());

const INGEST = `mutation($format: IngestFormat!, $source: String!, $text: String!, $mapping: JSON) {
  ingest(format: $format, source: $source, text: $text, mapping: $mapping) {
    records accepted rejected nodesCreated relationshipsCreated
    rejects { file line field reason }
  }
}`;

const persons = [
  'id,name,birthDate',
  'A-1,Ma Yun,1979-05-04',
  'A-2,,1980-01-01',
  'A-3,Xu Jing,1980-02-30',
  'A-4,Hu Bo,',
].join('\n');

describe('ingest mutation', () => {
  it('loads a batch, reports each reject, and the same batch again creates nothing', async () => {
    const res = await api.gql<{ ingest: Record<string, unknown> }>(
      INGEST,
      { format: 'persons', source: 'feed-2024-05', text: persons },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingest).toEqual({
      records: 4,
      accepted: 2,
      rejected: 2,
      nodesCreated: 2,
      relationshipsCreated: 0,
      rejects: [
        { file: 'feed-2024-05', line: 3, field: 'name', reason: 'is required and was empty' },
        {
          file: 'feed-2024-05',
          line: 4,
          field: 'birthDate',
          reason: 'expected a date as yyyy-mm-dd, got "1980-02-30"',
        },
      ],
    });
    const again = await api.gql<{ ingest: Record<string, unknown> }>(
      INGEST,
      { format: 'persons', source: 'feed-2024-05', text: persons },
      admin,
    );
    expect(again.data!.ingest).toMatchObject({ accepted: 2, nodesCreated: 0, relationshipsCreated: 0 });
    const rows = await api.services.db().read('queries/ingest/checks/count-labels');
    expect(rows).toEqual([{ label: 'Person', count: 2 }]);
  });

  it('loads call records with a mapping', async () => {
    const text = [
      'caller;callee;when;secs',
      '1001;1002;01.06.2006 10:00;60',
      '1002;1001;01.06.2006 10:05;30',
    ].join('\n');
    const mapping = {
      from: 'caller',
      to: 'callee',
      start: 'when',
      startFormat: 'dd.MM.yyyy HH:mm',
      duration: 'secs',
      delimiter: ';',
    };
    const res = await api.gql<{ ingest: Record<string, unknown> }>(
      INGEST,
      { format: 'cdr', source: 'op-export.csv', text, mapping },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingest).toMatchObject({
      records: 2,
      accepted: 2,
      nodesCreated: 4,
      relationshipsCreated: 4 + 2,
    });
  });

  it('refuses a batch that is not what it claims, as a whole, with one clear error', async () => {
    const res = await api.gql(
      INGEST,
      { format: 'vehicles', source: 'cars.csv', text: 'id,name\nA,B\n' },
      admin,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(
      /refused cars\.csv: it is not a vehicles file: missing column plate/,
    );
    const bad = await api.gql(
      INGEST,
      { format: 'cdr', source: 'x.csv', text: 'a,b\n1,2', mapping: { to: 'b' } },
      admin,
    );
    expect(bad.errors?.[0]?.message).toMatch(/mapping: from: /);
  });

  it('needs the ingest permission', async () => {
    const detective = await api.tokenFor('detective');
    const res = await api.gql(INGEST, { format: 'persons', source: 's', text: persons }, detective);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anon = await api.gql(INGEST, { format: 'persons', source: 's', text: persons });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
