// The POLE crime-investigation dataset (neo4j-admin import CSVs) loads completely, mapped onto the
// model, and the answers pole.adoc states about people and their links hold on the loaded graph.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { graphFingerprint } from '../../server/features/ingest/fingerprint.ts';
import { ingestPath, type IngestSummary } from '../../server/features/ingest/index.ts';
import { openTestDb, resetData } from '../support/db.ts';
import { ROOT } from '../support/process.ts';

const POLE = path.resolve(ROOT, '../shared/datasets/pole');
const LONG = 900_000;

let db: Db;
let first: IngestSummary;
beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  first = await ingestPath(db, POLE);
}, LONG);
afterAll(() => db.close());

const counts = async (name: string, key: string) =>
  Object.fromEntries((await db.read(`queries/ingest/checks/${name}`)).map((r) => [r[key], r.count]));

const personUid = async (nhs: string) => {
  const rows = await db.read('queries/ingest/checks/person-by-document', { documentId: nhs });
  expect(rows).toHaveLength(1);
  return rows[0]!.uid as string;
};

describe('POLE load', () => {
  it('reads every record of every file and rejects none', () => {
    expect(first.files).toHaveLength(28);
    expect(first.files.filter((f) => f.refused)).toEqual([]);
    // 61,521 node records + 105,840 relationship records.
    expect(first.records).toBe(167_361);
    expect(first.accepted).toBe(167_361);
    expect(first.rejected).toBe(0);
  });

  it('holds every node and relationship, mapped onto the model', async () => {
    expect((await db.read('queries/testing/count-graph'))[0]).toEqual({
      nodes: 61_521,
      relationships: 106_076,
    });
    // PhoneCall → Call and Crime → Case; the rest keeps its POLE label.
    expect(await counts('count-labels', 'label')).toEqual({
      Person: 369,
      Phone: 328,
      Call: 534,
      Vehicle: 1_000,
      Case: 28_762,
      Location: 14_904,
      PostCode: 14_196,
      Officer: 1_000,
      Email: 328,
      Area: 93,
      Object: 7,
    });
    // 105,840 POLE relationships, renamed where the model has a name for them (KNOWS*, FAMILY_REL →
    // ASSOCIATE_OF; HAS_PHONE → USES; CALLER/CALLED → FROM/TO), plus 236 derived CALLS between the
    // phone pairs of the 534 calls: 106,076.
    expect(await counts('count-relationship-types', 'type')).toEqual({
      ASSOCIATE_OF: 586 + 80 + 118 + 241 + 155,
      USES: 328,
      FROM: 534,
      TO: 534,
      CALLS: 236,
      PARTY_TO: 55,
      INVOLVED_IN: 985,
      CURRENT_ADDRESS: 368,
      HAS_EMAIL: 328,
      HAS_POSTCODE: 14_904,
      INVESTIGATED_BY: 28_762,
      LOCATION_IN_AREA: 14_904,
      OCCURRED_AT: 28_762,
      POSTCODE_IN_AREA: 14_196,
    });
  });
});

describe('pole.adoc answers about people and their links', () => {
  it('finds Jack Powell and Raymond Walker on PC Larive’s drugs cases, linked by three shortest paths of 3 hops', async () => {
    const suspects = await db.read('queries/ingest/checks/persons-party-to-investigated', {
      crimeType: 'Drugs',
      status: 'Under investigation',
      badge: '26-5234182',
    });
    expect(suspects.map((s) => s.name)).toEqual(['Jack Powell', 'Raymond Walker']);
    const paths = await db.read('queries/ingest/checks/all-shortest-associate-paths', {
      from: suspects[1]!.uid,
      to: suspects[0]!.uid,
    });
    // "Two of Raymond's family relations (his father Phillip and sister Kathleen) know Alan Ward,
    // who is the brother of Jack Powell. Raymond's father Phillip also lives with Jack's father Brian."
    // Parallel links (KNOWS and KNOWS_SN between the same two people) make several paths over
    // the same people; the routes are the distinct sequences of people.
    expect(new Set(paths.map((p) => p.length))).toEqual(new Set([3]));
    const routes = [...new Set(paths.map((p) => (p.names as string[]).join(' > ')))].sort();
    expect(routes).toEqual([
      'Raymond Walker > Kathleen Peters > Alan Ward > Jack Powell',
      'Raymond Walker > Phillip Williamson > Alan Ward > Jack Powell',
      'Raymond Walker > Phillip Williamson > Brian Morales > Jack Powell',
    ]);
    const viaBrian = paths.filter((p) => (p.names as string[]).includes('Brian Morales'));
    expect(viaBrian.map((p) => (p.kinds as string[])[1])).toContain('lives-with');
  });

  it('ranks Anne Freeman first among vulnerable people, with 8 dangerous friends', async () => {
    const top = await db.read('queries/ingest/checks/dangerous-friends', {
      kind: 'known-associate',
      limit: 5,
    });
    expect(top[0]).toMatchObject({ name: 'Anne Freeman', documentIds: ['804-54-6976'], dangerousFriends: 8 });
  });

  it('counts ten KNOWS triangles around Deborah Ford', async () => {
    const uid = await personUid('838-45-9343');
    const rows = await db.read('queries/ingest/checks/associate-triangles', { uid, kind: 'known-associate' });
    expect(rows[0]!.triangles).toBe(10);
  });

  it('finds two people living with a relative who has dangerous friends, Kimberly Alexander first', async () => {
    const rows = await db.read('queries/ingest/checks/dangerous-family-friends-at-home', { limit: 5 });
    expect(rows).toHaveLength(2);
    expect(rows[0]!.name).toBe('Kimberly Alexander');
  });

  it('answers "why are these two linked?" with the source records', async () => {
    const phillip = await personUid('337-28-4424'); // Phillip Williamson
    const [, raymond] = await db.read('queries/ingest/checks/persons-party-to-investigated', {
      crimeType: 'Drugs',
      status: 'Under investigation',
      badge: '26-5234182',
    });
    const links = await db.read('queries/ingest/checks/links-between', { a: phillip, b: raymond!.uid });
    const family = links.find((l) => l.type === 'ASSOCIATE_OF' && l.kind === 'family');
    expect(family).toBeDefined();
    const sources = family!.sources as string[];
    expect(sources).toHaveLength(1);
    // The source names the file and line; that line holds the POLE ids of both people.
    const [file, line] = sources[0]!.split('#');
    expect(file).toBe('crime-investigation.relationships.FAMILY_REL.csv');
    const text = fs.readFileSync(path.join(POLE, file!), 'utf8').split(/\r?\n/)[Number(line) - 1]!;
    const idOf = (uid: string) => uid.split('/').pop();
    const [start, end] = text.split(',');
    expect([start, end]).toEqual([idOf(family!.from as string), idOf(family!.to as string)]);
    expect(family!.confidence).toBe(1);
  });
});

describe('idempotence', () => {
  it(
    'loading POLE a second time changes nothing',
    async () => {
      const before = await graphFingerprint(db);
      const again = await ingestPath(db, POLE);
      expect(again.nodesCreated).toBe(0);
      expect(again.relationshipsCreated).toBe(0);
      const after = await graphFingerprint(db);
      expect(after).toEqual(before);
      expect(before.nodes).toBe(61_521);
    },
    LONG,
  );
});
