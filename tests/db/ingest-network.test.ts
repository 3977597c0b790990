// Issue 20, the data side: edge lists (one undirected tie per pair, with its weight, however often
// and whichever way it is loaded), affiliation files (groups and memberships), holdings and sales
// with partial dates (a custody chain whose uncertain steps say so), and the import lifecycle
// (list, roll back exactly, dry run) on fixtures written for them (tests/fixtures/network).
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { listImports, rollbackImport } from '../../server/features/imports/index.ts';
import { graphFingerprint } from '../../server/features/ingest/fingerprint.ts';
import { ingestPath } from '../../server/features/ingest/index.ts';
import { relicCustody } from '../../server/features/paths/chains.ts';
import { openTestDb, resetData } from '../support/db.ts';
import { ROOT } from '../support/process.ts';

const FIX = path.join(ROOT, 'tests/fixtures/network');
const fx = (f: string) => path.join(FIX, f);

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
beforeEach(() => resetData(db));
afterAll(async () => {
  await db.close();
});

const ties = async () =>
  (await db.read('tests/ingest/network-ties')).map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    kind: r.kind,
    weight: r.weight,
    role: r.role,
  }));

describe('edge list', () => {
  it('gives one tie per unordered pair with its weight, loaded twice and both ways', async () => {
    const s1 = await ingestPath(db, fx('edges.csv'));
    expect(s1.files[0]).toMatchObject({ format: 'edges', accepted: 4, rejected: 0 });
    const once = await ties();
    await ingestPath(db, fx('edges.csv'));
    await ingestPath(db, fx('edges-reversed.csv'));
    expect(await ties()).toEqual(once);
    expect(once).toEqual([
      {
        type: 'ASSOCIATE_OF',
        from: 'Person:p1',
        to: 'Person:p2',
        kind: 'phone-contact',
        weight: 3,
        role: null,
      },
      { type: 'ASSOCIATE_OF', from: 'Person:p1', to: 'Person:p4', kind: 'family', weight: null, role: null },
      {
        type: 'ASSOCIATE_OF',
        from: 'Person:p2',
        to: 'Person:p3',
        kind: 'phone-contact',
        weight: 1.5,
        role: null,
      },
      {
        type: 'ASSOCIATE_OF',
        from: 'Person:p3',
        to: 'Person:p4',
        kind: 'known-associate',
        weight: 2,
        role: null,
      },
    ]);
  });

  it('is recognised by its header, rejects bad rows with file, line, field and expectation, loads the good', async () => {
    const s = await ingestPath(db, fx('network-bad.csv'));
    expect(s.files[0]).toMatchObject({ format: 'edges', records: 5, accepted: 1, rejected: 4 });
    const rejects = s.rejects.map((r) => [r.file, r.line, r.field]);
    expect(rejects).toEqual([
      ['network-bad.csv', 3, 'weight'],
      ['network-bad.csv', 4, 'to'],
      ['network-bad.csv', 5, 'kind'],
      ['network-bad.csv', 6, 'directed'],
    ]);
    expect(s.rejects[0]!.reason).toMatch(/positive number/);
    expect(s.rejects[2]!.reason).toMatch(/expected one of family/);
    expect(await ties()).toEqual([
      {
        type: 'ASSOCIATE_OF',
        from: 'Person:p5',
        to: 'Person:p6',
        kind: 'known-associate',
        weight: 2,
        role: null,
      },
    ]);
  });

  it('links.csv takes a weight and stores an undirected tie once', async () => {
    await ingestPath(db, fx('extra-links.csv'), { format: 'links' });
    expect(await ties()).toEqual([
      {
        type: 'ASSOCIATE_OF',
        from: 'Person:p1',
        to: 'Person:p3',
        kind: 'known-associate',
        weight: 4,
        role: null,
      },
      {
        type: 'ASSOCIATE_OF',
        from: 'Person:p1',
        to: 'Person:p9',
        kind: 'known-associate',
        weight: null,
        role: null,
      },
    ]);
  });
});

describe('affiliation file', () => {
  it('stores the groups and memberships', async () => {
    const s = await ingestPath(db, fx('affiliations.csv'));
    expect(s.files[0]).toMatchObject({ format: 'affiliations', accepted: 5, rejected: 0 });
    const groups = await db.read('tests/ingest/groups');
    expect(groups.map((g) => ({ ...g, members: [...(g.members as string[])].sort() }))).toEqual([
      {
        uid: 'Group:m1',
        name: 'Meeting at Jinan',
        kind: 'meeting',
        members: ['Person:p1', 'Person:p2', 'Person:p3'],
      },
      { uid: 'Group:o1', name: 'Eastern Company', kind: 'organisation', members: ['Person:p2', 'Person:p4'] },
    ]);
    const roles = (await ties()).filter((t) => t.type === 'MEMBER_OF').map((t) => [t.from, t.to, t.role]);
    expect(roles).toEqual([
      ['Person:p1', 'Group:m1', 'host'],
      ['Person:p2', 'Group:m1', null],
      ['Person:p2', 'Group:o1', 'courier'],
      ['Person:p3', 'Group:m1', null],
      ['Person:p4', 'Group:o1', 'boss'],
    ]);
    const again = await ingestPath(db, fx('affiliations.csv'));
    expect(again.nodesCreated + again.relationshipsCreated).toBe(0);
  });
});

describe('holdings and partial sales', () => {
  it('undated and decade-dated holdings give a chain with uncertain steps, nothing invented', async () => {
    const s = await ingestPath(db, [fx('holdings.csv'), fx('sales.csv')]);
    expect(s.rejected).toBe(0);
    const custody = await relicCustody(db, 'Relic:r1');
    expect(custody.map((c) => [c.kind, c.key, c.precision, c.certain])).toEqual([
      ['HOLDING', 'Person:h1', 'decade', true],
      ['HOLDING', 'Person:h2', 'year', false],
      ['SALE', 'Sale:s1', 'decade', true],
      ['HOLDING', 'Person:h4', 'year', true],
      ['HOLDING', 'Person:h3', 'unknown', false],
      ['SALE', 'Sale:s2', 'unknown', false],
    ]);
    // No time is made up for what has none.
    const undated = custody.filter((c) => c.precision === 'unknown');
    expect(undated.every((c) => c.at === null)).toBe(true);
    expect(custody.find((c) => c.key === 'Sale:s2')!.reason).toMatch(/date/);
  });
});

describe('FollowTheMoney objects', () => {
  it('Asset and Thing become relics, their ownership a holding dated as far as known', async () => {
    const s = await ingestPath(db, fx('objects.jsonl'));
    expect(s).toMatchObject({ accepted: 7, rejected: 0 });
    const custody = await relicCustody(db, 'Relic:ftm-a1');
    expect(custody.map((c) => [c.key, c.precision, c.certain])).toEqual([
      ['Person:ftm-p1', 'decade', true],
      ['Person:ftm-p2', 'unknown', false],
    ]);
    expect((await relicCustody(db, 'Relic:ftm-t1')).map((c) => [c.key, c.precision])).toEqual([
      ['Person:ftm-p2', 'day'],
    ]);
  });
});

describe('import lifecycle', () => {
  it('lists imports; rolling one back restores the previous fingerprint exactly; a dry run changes nothing', async () => {
    await ingestPath(db, [fx('persons.csv'), fx('edges.csv')], { origin: { by: 'tester', via: 'cli' } });
    const before = await graphFingerprint(db);
    const b = await ingestPath(db, fx('extra-links.csv'), {
      format: 'links',
      origin: { by: 'tester', via: 'cli' },
    });
    const after = await graphFingerprint(db);
    expect(after.hash).not.toBe(before.hash);
    const list = await listImports(db, 0, 10);
    expect(list.map((i) => [i.files, i.by, i.status, i.accepted])).toEqual([
      [['extra-links.csv'], 'tester', 'done', 2],
      [['persons.csv', 'edges.csv'], 'tester', 'done', 8],
    ]);
    const dry = await rollbackImport(db, b.importId!, { dryRun: true, by: 'tester' });
    expect(await graphFingerprint(db)).toEqual(after);
    const real = await rollbackImport(db, b.importId!, { dryRun: false, by: 'tester' });
    expect({ ...real, dryRun: true }).toEqual(dry);
    expect(real).toMatchObject({ nodesDeleted: 1, relationshipsDeleted: 2, nodesUpdated: 0 });
    expect(await graphFingerprint(db)).toEqual(before);
    expect((await listImports(db, 0, 1))[0]!.status).toBe('rolled-back');
    await expect(rollbackImport(db, b.importId!, { dryRun: false, by: 'tester' })).rejects.toThrow(
      /already rolled back/,
    );
  });

  it('a file another import also loaded is shared: its records stay; its own records lose only its source', async () => {
    await ingestPath(db, fx('edges.csv'));
    const f0 = await graphFingerprint(db);
    const again = await ingestPath(db, [fx('edges.csv'), fx('edges-reversed.csv')]);
    const r = await rollbackImport(db, again.importId!, { dryRun: false, by: 'tester' });
    expect(r.sharedFiles).toEqual(['edges.csv']);
    expect(r).toMatchObject({ relationshipsDeleted: 0, relationshipsUpdated: 4, nodesDeleted: 0 });
    expect(await graphFingerprint(db)).toEqual(f0);
  });
});
