// Entity resolution on real data: Neo4j's POLE crime-investigation set (../shared/datasets/pole:
// 369 people with NHS numbers, phones, families sharing surnames and addresses), loaded through
// the ingest pipeline, then duplicates of real POLE people planted on top.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { ingestPath } from '../../server/features/ingest/index.ts';
import { GraphWriter } from '../../server/features/ingest/writer.ts';
import { ResolutionService } from '../../server/features/resolution/service.ts';
import { openTestDb, resetData } from '../support/db.ts';
import { ROOT } from '../support/process.ts';

const POLE = path.resolve(ROOT, '../shared/datasets/pole');
let db: Db;
const service = () => new ResolutionService(db, () => 1_800_000_000_000);

interface P {
  uid: string;
  name: string;
  documentIds: string[];
  phones: string[];
}
const people = new Map<string, P>();

beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  await ingestPath(db, POLE);
  await db.stream('queries/resolution/stream-persons', {}, (r) => {
    people.set(String(r.uid), {
      uid: String(r.uid),
      name: String(r.name ?? ''),
      documentIds: (r.documentIds as string[] | null) ?? [],
      phones: [],
    });
  });
  await db.stream('queries/resolution/stream-person-links', {}, (r) => {
    if (r.type === 'USES') people.get(String(r.person))?.phones.push(String(r.target));
  });
}, 900_000);
afterAll(() => db.close());

/** The persons, their neighbours and every relationship touching them, plus the graph's counts. */
async function snapshot(uids: string[]): Promise<{ nodes: string[]; rels: string[]; counts: unknown }> {
  const counts = (await db.read('queries/testing/count-graph'))[0];
  const row = (await db.read('queries/resolution/snapshot-around', { uids }))[0] as {
    nodes: Array<{ labels: string[] }>;
    rels: unknown[];
  };
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
    counts,
  };
}

describe('entity resolution on POLE', () => {
  it('flags no one in the real data: families sharing surnames and phones are not duplicates', async () => {
    expect(people.size).toBe(369);
    const res = await service().findDuplicateCandidates();
    expect(res.pairsCompared).toBeGreaterThan(500);
    expect(res.pairsCompared).toBeLessThan((369 * 368) / 2 / 10);
    expect(res.candidates).toEqual([]);
  });

  it('finds duplicates planted on real people, and only them', async () => {
    const sorted = [...people.values()].sort((a, b) => a.uid.localeCompare(b.uid));
    const withDoc = sorted.find((p) => p.documentIds.length > 0 && p.name.split(' ')[1]!.length >= 5)!;
    const withPhone = sorted.find((p) => p.phones.length > 0 && p !== withDoc)!;
    const [given, surname] = withDoc.name.split(' ') as [string, string];
    const typo = `${given} ${surname.slice(0, 2)}${surname[3]}${surname[2]}${surname.slice(4)}`;
    await new GraphWriter(db).write(
      [
        {
          type: 'Person',
          key: 'planted-1',
          props: { name: typo, documentIds: [withDoc.documentIds[0]!.replace(/-/g, ' ')] },
          source: 'planted.csv#2',
        },
        { type: 'Person', key: 'planted-2', props: { name: withPhone.name }, source: 'planted.csv#3' },
      ],
      [
        {
          type: 'USES',
          from: { type: 'Person', key: 'planted-2' },
          to: { type: 'Phone', key: withPhone.phones[0]!.replace(/^Phone:/, '') },
          source: 'planted.csv#3',
        },
      ],
    );
    const res = await service().findDuplicateCandidates();
    const pairs = res.candidates.map((c) => [c.a, c.b].sort().join(' + '));
    expect(pairs.sort()).toEqual(
      [
        [withDoc.uid, 'Person:planted-1'].sort().join(' + '),
        [withPhone.uid, 'Person:planted-2'].sort().join(' + '),
      ].sort(),
    );
    const byDoc = res.candidates.find((c) => c.a === withDoc.uid || c.b === withDoc.uid)!;
    expect(byDoc.evidence.map((e) => e.kind)).toEqual(['shared-document', 'similar-name']);
    const byPhone = res.candidates.find((c) => c.a === withPhone.uid || c.b === withPhone.uid)!;
    expect(byPhone.evidence.map((e) => e.kind)).toEqual(['same-name', 'shared-phone']);
  });

  it('merges a real person with all their POLE relationships and un-merges to exactly the same graph', async () => {
    const target = [...people.values()]
      .filter((p) => p.phones.length > 0)
      .sort((a, b) => a.uid.localeCompare(b.uid))[0]!;
    const members = [target.uid, 'Person:planted-2'];
    const before = await snapshot(members);
    const merged = await service().mergePersons({
      uids: members,
      reason: 'same name and phone',
      by: 'tester',
    });
    const during = await snapshot([...members, merged.canonical.uid]);
    const copies = during.rels.filter((r) => r.includes('"mergeCopyOf"'));
    // Every relationship of the two records (POLE's KNOWS, FAMILY_REL, CURRENT_ADDRESS, ... kept
    // with their own types) has a copy on the canonical; candidate links are not copied.
    const original = before.rels.filter(
      (r) => members.some((m) => r.includes(`"${m}"`)) && !r.includes('"type":"POSSIBLY_SAME_AS"'),
    ).length;
    expect(copies.length).toBe(original);
    expect(copies.every((r) => r.includes(`"${merged.canonical.uid}"`))).toBe(true);
    expect(during.rels.filter((r) => r.includes('"MERGED_INTO"'))).toHaveLength(2);
    await service().unmergePerson(merged.canonical.uid);
    expect(await snapshot(members)).toEqual(before);
  }, 300_000);
});
