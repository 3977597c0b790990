// Entity resolution over Chinese records (issue 18), loaded through ingest: a shared resident
// identity number makes one person (evidence same-id-number) and merges; a name in traditional and
// the same name in simplified characters with the same birth date are a candidate; homophones
// (王军 / 汪军) with different identity numbers are compared, but the conflict keeps them apart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { ingestPath } from '../../server/features/ingest/index.ts';
import { ResolutionService } from '../../server/features/resolution/service.ts';
import type { DetectionResult } from '../../server/features/resolution/types.ts';
import { openTestDb, resetData } from '../support/db.ts';

let db: Db;
let tmp: string;
let clock = 1_800_000_000_000;
const service = () => new ResolutionService(db, () => clock++);

beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-chinese-'));
  const file = path.join(tmp, 'persons.csv');
  fs.writeFileSync(
    file,
    [
      '编号,姓名,身份证号,出生日期,性别',
      'li-1,李明,110101198001011232,,',
      'li-2,李小明,110101 19800101 1232,,男',
      'chen-t,陳建國,,1975-04-12,',
      'chen-s,陈建国,,1975-04-12,',
      'wang-1,王军,440306198506150018,,',
      'wang-2,汪军,440306198506150034,,',
      '',
    ].join('\n'),
  );
  const s = await ingestPath(db, [file]);
  expect(s.files.map((f) => [f.accepted, f.rejected])).toEqual([[6, 0]]);
});
afterAll(async () => {
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const pair = (res: DetectionResult, a: string, b: string) =>
  res.candidates.find((c) => c.a === `Person:${a}` && c.b === `Person:${b}`);

describe('Chinese persons', () => {
  it('finds the shared ID number and the traditional / simplified pair, and nothing else', async () => {
    const res = await service().findDuplicateCandidates({ minScore: 0.6 });
    expect(res.candidates.map((c) => [c.a, c.b])).toEqual([
      ['Person:li-1', 'Person:li-2'],
      ['Person:chen-s', 'Person:chen-t'],
    ]);
    const li = pair(res, 'li-1', 'li-2')!;
    // Counted once, not again as a shared document; the birth dates the ID gives agree.
    expect(li.evidence.map((e) => [e.kind, e.detail])).toEqual([
      ['same-id-number', '110101198001011232'],
      ['same-birth-date', '1980-01-01'],
    ]);
    const chen = pair(res, 'chen-s', 'chen-t')!;
    expect(chen.evidence.map((e) => e.kind)).toEqual(['same-name', 'same-birth-date']);
    expect(chen.score).toBeGreaterThanOrEqual(0.6);
  });

  it('compares the homophones but keeps them apart: their ID numbers differ', async () => {
    const res = await service().findDuplicateCandidates({ minScore: 0.01, limit: 1000 });
    const wang = pair(res, 'wang-1', 'wang-2')!;
    // Same sound, same birth date (1985-06-15, from both IDs), different ID numbers.
    expect(wang.evidence.map((e) => e.kind)).toEqual([
      'same-birth-date',
      'same-pinyin',
      'different-id-number',
    ]);
    expect(wang.score).toBeLessThan(0.1);
    await service().findDuplicateCandidates();
  });

  it('merges the two records of one ID number', async () => {
    const merged = await service().mergePersons({
      uids: ['Person:li-1', 'Person:li-2'],
      reason: 'same resident identity number',
      by: 'tester',
    });
    expect(merged.members.map((m) => m.uid)).toEqual(['Person:li-1', 'Person:li-2']);
    expect(merged.canonical.name).toBe('李明');
    expect(merged.canonical.aliases).toEqual(['李小明']);
    const open = await service().listCandidates({ skip: 0, limit: 100 });
    expect(open.map((c) => [c.a, c.b])).toEqual([['Person:chen-s', 'Person:chen-t']]);
    // The canonical is not a duplicate of its own members in the next run.
    const again = await service().findDuplicateCandidates();
    expect(again.candidates.map((c) => [c.a, c.b])).toEqual([['Person:chen-s', 'Person:chen-t']]);
  });
});
