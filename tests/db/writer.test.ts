import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { GraphWriter, type NodeRecord, type RelRecord } from '../../server/features/ingest/writer.ts';
import { openTestDb, resetData } from '../support/db.ts';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
beforeEach(() => resetData(db));
afterAll(() => db.close());

const nodes: NodeRecord[] = [
  { type: 'Person', key: 'P1', props: { name: 'Wang Lei', aliases: ['Old Wang'] }, source: 'persons.csv#2' },
  { type: 'Person', key: 'P2', props: { name: 'Li Na' }, source: 'persons.csv#3', confidence: 0.8 },
  { type: 'Phone', key: '+8613800000001', props: { number: '+86 138 0000 0001' }, source: 'phones.csv#2' },
];
const rels: RelRecord[] = [
  {
    type: 'USES',
    from: { type: 'Person', key: 'P1' },
    to: { type: 'Phone', key: '+8613800000001' },
    source: 'phones.csv#2',
  },
  {
    type: 'ASSOCIATE_OF',
    from: { type: 'Person', key: 'P1' },
    to: { type: 'Person', key: 'P2' },
    qualifier: 'family',
    source: 'links.csv#2',
  },
  {
    type: 'ASSOCIATE_OF',
    from: { type: 'Person', key: 'P1' },
    to: { type: 'Person', key: 'P2' },
    qualifier: 'known-associate',
    source: 'links.csv#3',
  },
  {
    type: 'FROM',
    from: { type: 'Call', key: 'c1' },
    to: { type: 'Phone', key: '+8613800000001' },
    source: 'cdr.csv#2',
  },
  {
    type: 'TO',
    from: { type: 'Call', key: 'c1' },
    to: { type: 'Phone', key: '+8613900000002' },
    source: 'cdr.csv#2',
  },
];

describe('GraphWriter', () => {
  it('writes nodes, relationships, stubs and call summaries, and a second write changes nothing', async () => {
    const w = new GraphWriter(db, 2);
    const first = await w.write(
      [...nodes, { type: 'Call', key: 'c1', props: { at: 1000, durationSeconds: 60 }, source: 'cdr.csv#2' }],
      rels,
    );
    expect(first.nodesCreated).toBe(5); // P1, P2, phone 1, call c1, stub phone 2
    const counts = await db.read('queries/testing/count-graph');
    expect(counts[0]).toEqual({ nodes: 5, relationships: 6 }); // USES, 2 x ASSOCIATE_OF, FROM, TO, CALLS
    const again = await w.write(
      [...nodes, { type: 'Call', key: 'c1', props: { at: 1000, durationSeconds: 60 }, source: 'cdr.csv#2' }],
      rels,
    );
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);
    expect((await db.read('queries/testing/count-graph'))[0]).toEqual({ nodes: 5, relationships: 6 });
  });

  it('refuses a relationship between the wrong types', async () => {
    const w = new GraphWriter(db);
    await expect(
      w.write(
        [],
        [
          {
            type: 'USES',
            from: { type: 'Phone', key: 'x' },
            to: { type: 'Person', key: 'y' },
            source: 's#1',
          },
        ],
      ),
    ).rejects.toThrow(/USES links Person to Phone/);
  });
});
