import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { ResolutionService } from '../../server/features/resolution/service.ts';
import { AppError } from '../../server/errors.ts';
import { openTestDb, resetData } from '../support/db.ts';
import { PLANTED, writeFixture } from './resolution-fixture.ts';

let db: Db;
let clock = 1_800_000_000_000;
const service = () => new ResolutionService(db, () => clock++);

beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  await writeFixture(db);
});
afterAll(() => db.close());

interface Snapshot {
  nodes: Array<{ uid: string; labels: string[]; props: Record<string, unknown> }>;
  rels: Array<{ type: string; from: string; to: string; props: Record<string, unknown> }>;
}

/** Every entity and relationship with all properties, in a stable order. */
async function snapshot(): Promise<{ nodes: string[]; rels: string[] }> {
  const row = (await db.read('queries/resolution/snapshot-graph'))[0] as unknown as Snapshot;
  const stable = (v: unknown): string =>
    JSON.stringify(v, (_k, x: unknown) =>
      x && typeof x === 'object' && !Array.isArray(x)
        ? Object.fromEntries(
            Object.entries(x as Record<string, unknown>).sort(([p], [q]) => p.localeCompare(q)),
          )
        : x,
    );
  return {
    nodes: row.nodes.map((n) => stable({ ...n, labels: [...n.labels].sort() })).sort(),
    rels: row.rels.map(stable).sort(),
  };
}

describe('findDuplicateCandidates', () => {
  it('flags the planted duplicates, best first, with their evidence, and nothing else', async () => {
    const res = await service().findDuplicateCandidates({ minScore: 0.6 });
    expect(res.candidates.map((c) => [c.a, c.b])).toEqual(PLANTED.map((p) => [...p]));
    const kinds = res.candidates.map((c) => c.evidence.map((e) => e.kind));
    expect(kinds).toEqual([
      ['shared-document', 'similar-name'],
      ['same-imei'],
      ['shared-phone', 'similar-name', 'same-birth-date'],
      ['alias-match', 'shared-vehicle'],
    ]);
    const scores = res.candidates.map((c) => c.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    expect(res.candidates[0]!.evidence[0]!.detail).toBe('370102198001011234');
    expect(res.candidates[1]!.evidence[0]!.detail).toBe(
      '35209900176148 on Phone:+8613900000002 and Phone:+8613900000003',
    );
    expect(res.stored).toBe(4);
    expect(res.personsScanned).toBe(72);
    // The switchboard number shared by 60 people is not a block: no quadratic blow-up.
    expect(res.skippedBlocks).toBeGreaterThanOrEqual(1);
    expect(res.pairsCompared).toBeLessThan((72 * 71) / 2 / 4);
  });

  it('sees the look-alikes below the threshold, with the conflicting evidence that keeps them there', async () => {
    const res = await service().findDuplicateCandidates({ minScore: 0.1, limit: 1000 });
    const pair = (a: string, b: string) => res.candidates.find((c) => c.a === a && c.b === b);
    const father = pair('Person:wang-1', 'Person:wang-father');
    expect(father?.evidence.map((e) => e.kind)).toEqual([
      'shared-phone',
      'shared-vehicle',
      'different-birth-date',
    ]);
    expect(father!.score).toBeLessThan(0.6);
    const namesakes = pair('Person:zhang-1', 'Person:zhang-2');
    expect(namesakes?.evidence.map((e) => e.kind)).toEqual(['same-name', 'different-birth-date']);
    expect(namesakes!.score).toBeLessThan(0.6);
    // Back to the default: the low-scoring candidates of the wide run are pruned.
    await service().findDuplicateCandidates();
    const open = await service().listCandidates({ skip: 0, limit: 100 });
    expect(open.map((c) => [c.a, c.b])).toEqual(PLANTED.map((p) => [...p]));
    expect(open[0]!.persons[0].sources).toEqual(['persons.csv#7']);
  });

  it('keeps a rejected candidate rejected when detection runs again', async () => {
    const [first] = await service().listCandidates({ skip: 0, limit: 100 });
    const zhao = (await service().listCandidates({ skip: 0, limit: 100 })).find(
      (c) => c.a === 'Person:zhao-1',
    )!;
    expect(await service().setCandidateStatus(zhao.id, 'rejected', 'tester')).toBe('rejected');
    await service().findDuplicateCandidates();
    const open = await service().listCandidates({ skip: 0, limit: 100 });
    expect(open.map((c) => c.a)).not.toContain('Person:zhao-1');
    expect(open[0]!.id).toBe(first!.id);
    const rejected = await service().listCandidates({ status: 'rejected', skip: 0, limit: 100 });
    expect(rejected.map((c) => [c.a, c.b])).toEqual([['Person:zhao-1', 'Person:zhao-2']]);
    await service().setCandidateStatus(zhao.id, 'open', 'tester');
  });
});

describe('mergePersons and unmergePerson', () => {
  it('merges onto a canonical the analyses see as one person, keeping originals and provenance', async () => {
    const before = await snapshot();
    const merged = await service().mergePersons({
      uids: ['Person:wang-1', 'Person:wang-2'],
      reason: 'same ID card photo',
      by: 'tester',
    });
    const c = merged.canonical;
    expect(c.name).toBe('Wang Lei');
    expect(c.aliases.sort()).toEqual(['Wnag Lei', 'Xiao Wang']);
    expect(c.mergedFrom).toEqual(['Person:wang-1', 'Person:wang-2']);
    expect(c.sources.sort()).toEqual(['persons.csv#2', 'persons.csv#3']);
    expect(merged.members.map((m) => [m.uid, m.mergedInto, m.reason])).toEqual([
      ['Person:wang-1', c.uid, 'same ID card photo'],
      ['Person:wang-2', c.uid, 'same ID card photo'],
    ]);
    const after = (await db.read('queries/resolution/snapshot-graph'))[0] as unknown as Snapshot;
    const relsOf = (uid: string) =>
      after.rels
        .filter((r) => r.from === uid || r.to === uid)
        .map((r) => `${r.from === uid ? '>' : '<'}${r.type}:${r.from === uid ? r.to : r.from}`)
        .sort();
    // One copy per original relationship (with its provenance); the link between the two
    // originals is internal to the canonical and gets no copy.
    expect(relsOf(c.uid)).toEqual([
      '<ASSOCIATE_OF:Person:li-1',
      '<ASSOCIATE_OF:Person:wang-father',
      '<MERGED_INTO:Person:wang-1',
      '<MERGED_INTO:Person:wang-2',
      '>DRIVES:Vehicle:JA12345',
      '>PARTY_TO:Case:C1',
      '>PARTY_TO:Case:C1',
      '>USES:Phone:+8613800000001',
      '>USES:Phone:+8613800000001',
    ]);
    const copies = after.rels.filter((r) => r.from === c.uid && r.type === 'PARTY_TO');
    expect(copies.map((r) => [r.props.role, r.props.sources, typeof r.props.mergeCopyOf]).sort()).toEqual([
      ['arrested', ['c.csv#3'], 'string'],
      ['suspect', ['c.csv#2'], 'string'],
    ]);
    // The originals and all their relationships are still there.
    expect(relsOf('Person:wang-1')).toEqual(
      expect.arrayContaining(['>USES:Phone:+8613800000001', '>MERGED_INTO:' + c.uid]),
    );
    expect(after.rels.length).toBe(before.rels.length + 9);
    // The candidate between them is now "merged".
    expect(
      (await service().listCandidates({ status: 'merged', skip: 0, limit: 10 })).map((x) => x.a),
    ).toEqual(['Person:wang-1']);
    // Detection skips merged originals.
    const res = await service().findDuplicateCandidates();
    expect(res.candidates.flatMap((x) => [x.a, x.b])).not.toContain('Person:wang-1');
    await service().unmergePerson(c.uid);
    await service().findDuplicateCandidates();
  });

  it('un-merges back to exactly the previous graph, also with nested and overlapping merges', async () => {
    const s0 = await snapshot();
    const li = await service().mergePersons({
      uids: ['Person:li-1', 'Person:li-2'],
      reason: 'same ID',
      by: 't',
    });
    const s1 = await snapshot();
    expect(s1).not.toEqual(s0);
    const wang = await service().mergePersons({
      uids: ['Person:wang-2', 'Person:wang-1'],
      reason: 'r',
      by: 't',
    });
    // The li-1 → wang-2 association now runs between the two canonicals.
    const s2 = (await db.read('queries/resolution/snapshot-graph'))[0] as unknown as Snapshot;
    expect(
      s2.rels.filter((r) => r.from === li.canonical.uid && r.to === wang.canonical.uid).map((r) => r.type),
    ).toEqual(['ASSOCIATE_OF']);
    // A merge of a canonical with another person (nested), undone from the outside in.
    const outer = await service().mergePersons({
      uids: [wang.canonical.uid, 'Person:zhao-1'],
      reason: 'r',
      by: 't',
      name: 'Wang Lei',
    });
    await expect(service().unmergePerson(wang.canonical.uid)).rejects.toMatchObject({ code: 'CONFLICT' });
    await service().unmergePerson(outer.canonical.uid);
    // Un-merging the first merge while the second stays: the copies are re-projected.
    await service().unmergePerson(wang.canonical.uid);
    expect(await snapshot()).toEqual(s1);
    await service().unmergePerson(li.canonical.uid);
    expect(await snapshot()).toEqual(s0);
  });

  it('refuses bad input, naming the field', async () => {
    const fail = async (p: Promise<unknown>) => {
      const err = (await p.then(
        () => undefined,
        (e: unknown) => e,
      )) as AppError;
      expect(err).toBeInstanceOf(AppError);
      return { code: err.code, message: err.message };
    };
    const merge = (uids: string[]) => service().mergePersons({ uids, reason: 'r', by: 't' });
    expect(await fail(merge(['Person:wang-1', 'Person:nobody']))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^uids\[1\]: .*Person:nobody/),
    });
    expect(await fail(merge(['Person:wang-1', 'Person:wang-1']))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^uids\[1\]: .*itself/),
    });
    expect(await fail(merge(['Person:wang-1', 'Phone:+8613800000001']))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^uids\[1\]: Phone:\+8613800000001 is a Phone/),
    });
    expect(await fail(merge(['Person:wang-1']))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await fail(service().mergePersons({ uids: ['Person:wang-1', 'Person:wang-2'], reason: ' ', by: 't' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^reason:/) });
    expect(await fail(service().unmergePerson('Person:wang-1'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^uid: Person:wang-1 is an original record/),
    });
    expect(await fail(service().unmergePerson('Person:nobody'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fail(service().setCandidateStatus('bogus', 'rejected', 't'))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await fail(service().findDuplicateCandidates({ minScore: 2 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^minScore:/),
    });
  });
});
