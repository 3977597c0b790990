// The hash-chained audit trail against the real Neo4j: order, concurrency, tamper detection.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import seedrandom from 'seedrandom';
import { afterAll, beforeEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditLog,
  GENESIS_HASH,
  entryHash,
  parseHead,
  type AuditEntry,
  type AuditEvent,
} from '../../server/audit/audit.ts';
import type { Principal } from '../../server/auth/types.ts';
import { cypher } from '../../server/db/cypher.ts';
import { Db } from '../../server/db/db.ts';
import { writeLegacyLog } from '../support/audit.ts';
import { openTestDb, resetData, testConnection } from '../support/db.ts';

let db: Db;
const extraDbs: Db[] = [];
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await Promise.all(extraDbs.map((d) => d.close()));
  await db.close();
});
beforeEach(() => resetData(db));

const alice: Principal = { userId: 'u-alice', username: 'alice', role: 'detective', via: 'session' };
const event = (i: number): AuditEvent => ({
  principal: alice,
  operation: i % 2 ? 'neighbourhood' : 'search',
  kind: 'read',
  entityIds: [`Person:p${i}`, `Phone:+86${i}`],
  count: i,
  details: { hops: 2, z: [1, { b: 2, a: 1 }] },
});

/** Every entry in the log, oldest first. */
async function allEntries(): Promise<AuditEntry[]> {
  return (await new AuditLog(db).list({}, null, 100_000)).reverse();
}

/**
 * Entries stored as the log stored them before batches, one (:AuditEntry) node each: counts 1..n,
 * entity ids as one joined string or (older still) as a list.
 */
function legacyLog(n: number): Promise<void> {
  const entries = Array.from({ length: n }, (_, i) => ({
    id: `legacy-${i + 1}`,
    at: 1_700_000_000_000 + i + 1,
    userId: 'u-alice',
    username: 'alice',
    role: 'detective',
    operation: (i + 1) % 2 ? 'neighbourhood' : 'search',
    kind: 'read',
    entityIds: [`Person:p${i + 1}`, `Phone:+86${i + 1}`],
    count: i + 1,
    details: '{}',
  }));
  return writeLegacyLog(db, entries, (seq) => seq % 2 === 0);
}

/** The operators of the plan of a named statement, for the given parameters. */
async function planOperators(name: string, params: Record<string, unknown>): Promise<string> {
  const session = db.session('READ');
  try {
    // EXPLAIN plans the file's own statement without running it; no user input is involved.
    // eslint-disable-next-line no-restricted-syntax
    const plan = (await session.run(`EXPLAIN ${cypher(name)}`, params)).summary.plan;
    const operators: string[] = [];
    const walk = (p: typeof plan) => {
      if (!p) return;
      operators.push(p.operatorType);
      p.children.forEach(walk);
    };
    walk(plan);
    return operators.join(' ');
  } finally {
    await session.close();
  }
}

describe('audit trail', () => {
  it('chains entries in order: each hash covers the previous hash and the entry', async () => {
    const log = new AuditLog(db);
    for (let i = 1; i <= 12; i++) await log.record(event(i));
    const rows = await allEntries();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    let prev = GENESIS_HASH;
    for (const r of rows) {
      expect(r.prevHash).toBe(prev);
      expect(entryHash(prev, r as never)).toBe(r.hash);
      prev = String(r.hash);
    }
    expect(rows[2]).toMatchObject({
      userId: 'u-alice',
      username: 'alice',
      role: 'detective',
      operation: 'neighbourhood',
      kind: 'read',
      entityIds: ['Person:p3', 'Phone:+863'],
      count: 3,
      details: '{"hops":2,"z":[1,{"a":1,"b":2}]}',
    });
    expect(await log.verify()).toEqual({
      ok: true,
      checked: 12,
      firstBrokenSeq: null,
      reason: null,
      headSeq: 12,
      headHash: rows[11]!.hash,
    });
  });

  it('gives every concurrent append its own seq, across several processes sharing the database', async () => {
    const n = testConnection();
    // Three AuditLogs on three drivers stand in for three service processes.
    const logs = [0, 1, 2].map(() => {
      const d = new Db({ uri: n.uri, user: n.user, password: n.password });
      extraDbs.push(d);
      return new AuditLog(d);
    });
    const rng = seedrandom('audit-concurrency');
    const writes: Promise<void>[] = [];
    for (let i = 1; i <= 300; i++) writes.push(logs[Math.floor(rng() * 3)]!.record(event(i)));
    await Promise.all(writes);
    const rows = await allEntries();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.count)).size).toBe(300);
    const result = await logs[0]!.verify();
    expect(result).toMatchObject({ ok: true, checked: 300 });
  });

  it('caps entity ids and keeps details canonical', async () => {
    const log = new AuditLog(db);
    const many = Array.from({ length: 2_000 }, (_, i) => `Person:${i}`);
    await log.record({ principal: null, operation: 'x', kind: 'change', entityIds: many, count: 2_000 });
    const [row] = await allEntries();
    expect((row!.entityIds as string[]).length).toBe(500);
    expect(row).toMatchObject({ userId: null, count: 2_000, details: '{}' });
    await expect(
      log.record({ principal: null, operation: 'x', kind: 'bogus' as never, entityIds: [], count: 0 }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it.each([1, 7, 20])('reports exactly the entry whose contents were altered (seq %i of 20)', async (seq) => {
    const log = new AuditLog(db);
    for (let i = 1; i <= 20; i++) await log.record(event(i));
    expect((await log.verify()).ok).toBe(true);
    await db.write('tests/audit/tamper-entry', { seq, count: 999 });
    const result = await log.verify();
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: seq });
    expect(result.reason).toMatch(/altered/);
  });

  it('reports a removed entry, in the middle or at the end of the chain', async () => {
    const log = new AuditLog(db);
    for (let i = 1; i <= 10; i++) await log.record(event(i));
    await db.write('tests/audit/delete-entry', { seq: 4 });
    expect(await log.verify()).toMatchObject({ ok: false, firstBrokenSeq: 4 });
    await resetData(db);
    for (let i = 1; i <= 10; i++) await log.record(event(i));
    await db.write('tests/audit/delete-entry', { seq: 10 });
    expect(await log.verify()).toMatchObject({ ok: false, firstBrokenSeq: 10 });
  });

  it('reports a batch whose listing index (users, operations) was rewritten to hide its entries', async () => {
    const log = new AuditLog(db);
    for (let i = 1; i <= 6; i++) await log.record(event(i));
    const bob: Principal = { userId: 'u-bob', username: 'bob', role: 'detective', via: 'session' };
    await log.record({ ...event(7), principal: bob, operation: 'contacts' });
    for (let i = 8; i <= 10; i++) await log.record(event(i));
    expect((await log.list({ user: 'bob' }, null, 10)).map((e) => e.seq)).toEqual([7]);
    // The hashed entry stays as it was; only the index the listing reads to skip batches changes.
    await db.write('tests/audit/tamper-batch-index', {
      seq: 7,
      users: ['u-alice', 'alice'],
      operations: ['neighbourhood'],
    });
    expect(await log.list({ user: 'bob' }, null, 10)).toEqual([]);
    const result = await log.verify();
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 7 });
    expect(result.reason).toMatch(/listing index .*\(users, operations\)/);
  });

  it('reports entries cut from the end with the head moved back: against a spool mark and an exported head', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-truncate-'));
    const log = new AuditLog(db, { spoolDir: dir });
    try {
      for (let i = 1; i <= 5; i++) await log.record(event(i));
      const exported = await log.verify(); // drains the spool: entries 1-5 are in Neo4j
      expect(exported).toMatchObject({ ok: true, headSeq: 5 });
      for (let i = 6; i <= 9; i++) await log.record(event(i));
      expect(await log.verify()).toMatchObject({ ok: true, headSeq: 9 });
      const head = { seq: 9, hash: (await log.verify()).headHash };

      // Entries 6-9 were shipped by a spool after 5: cut them and move the head back to 5.
      await db.write('tests/audit/truncate-tail', { fromSeq: 6 });
      const byMark = await log.verify();
      expect(byMark).toMatchObject({ ok: false, firstBrokenSeq: 6, headSeq: 5 });
      expect(byMark.reason).toMatch(/spool shipped entries up to 9: entries after 5 were removed/);
      const byHead = await log.verify({ expectHead: head });
      expect(byHead).toMatchObject({ ok: false, firstBrokenSeq: 6 });

      // Without a spool mark (marks removed too, or a log written without a spool) the chain is
      // whole in itself: only the exported head shows the cut.
      await db.write('tests/audit/delete-spool-marks');
      expect(await log.verify()).toMatchObject({ ok: true, headSeq: 5 });
      const cut = await log.verify({ expectHead: head });
      expect(cut).toMatchObject({ ok: false, firstBrokenSeq: 6 });
      expect(cut.reason).toMatch(/before the exported head 9: entries after 5 were removed/);
      // An exported head the log holds verifies; one whose hash differs does not.
      expect(await log.verify({ expectHead: { seq: 5, hash: exported.headHash } })).toMatchObject({
        ok: true,
      });
      expect(await log.verify({ expectHead: { seq: 5, hash: 'f'.repeat(64) } })).toMatchObject({
        ok: false,
        firstBrokenSeq: 5,
      });
      expect(() => parseHead('5:abc')).toThrow(/expectHead/);
      expect(parseHead(`5:${exported.headHash}`)).toEqual({ seq: 5, hash: exported.headHash });
    } finally {
      await log.close();
    }
  });

  it('keeps appending after a break, and the break stays reported', async () => {
    const log = new AuditLog(db);
    for (let i = 1; i <= 5; i++) await log.record(event(i));
    await db.write('tests/audit/tamper-entry', { seq: 2, count: 0 });
    await log.record(event(6));
    expect(await log.verify()).toMatchObject({ ok: false, firstBrokenSeq: 2, checked: 6 });
  });

  it('reads a log stored one node per entry (before batches) and goes on appending batches after it', async () => {
    await legacyLog(5);
    const log = new AuditLog(db);
    for (let i = 6; i <= 8; i++) await log.record(event(i));
    const all = await allEntries();
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(all.map((e) => e.count)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Both forms of the ids read back as lists; the first batch links to the last node.
    expect(all[0]!.entityIds).toEqual(['Person:p1', 'Phone:+861']);
    expect(all[1]!.entityIds).toEqual(['Person:p2', 'Phone:+862']);
    expect(all[5]!.prevHash).toBe(all[4]!.hash);
    expect(await log.verify()).toMatchObject({ ok: true, checked: 8, firstBrokenSeq: null, reason: null });
    // Filters and the cursor reach across the two: newest first, a page that starts in the
    // batches and ends among the nodes.
    expect((await log.list({ entityId: 'Phone:+862' }, null, 10)).map((e) => e.seq)).toEqual([2]);
    expect((await log.list({ operation: 'search' }, null, 10)).map((e) => e.seq)).toEqual([8, 6, 4, 2]);
    expect((await log.list({}, 7, 3)).map((e) => e.seq)).toEqual([6, 5, 4]);
    await db.write('tests/audit/tamper-entry', { seq: 3, count: 0 });
    expect(await log.verify()).toMatchObject({ ok: false, firstBrokenSeq: 3, checked: 8 });
  });

  it('filters exactly: by user id or name, operation, entity and time, across batches', async () => {
    const log = new AuditLog(db);
    const bob: Principal = { userId: 'u-bob', username: 'bob', role: 'analyst', via: 'session' };
    // Several batches (one per await), users and operations mixed within them.
    for (let i = 1; i <= 24; i++) {
      const batch = [i, i + 0.5].map((k) => log.record({ ...event(i), principal: k % 1 ? bob : alice }));
      await Promise.all(batch);
    }
    const all = await allEntries();
    expect(all).toHaveLength(48);
    const expectIds = async (filter: Parameters<AuditLog['list']>[0], want: (e: AuditEntry) => boolean) => {
      const got = await log.list(filter, null, 1_000);
      expect(got.map((e) => e.seq)).toEqual(
        all
          .filter(want)
          .map((e) => e.seq)
          .reverse(),
      );
      expect(got.length).toBeGreaterThan(0);
    };
    await expectIds({ user: 'bob' }, (e) => e.username === 'bob');
    await expectIds({ user: 'u-alice' }, (e) => e.userId === 'u-alice');
    await expectIds(
      { user: 'bob', operation: 'search' },
      (e) => e.username === 'bob' && e.operation === 'search',
    );
    await expectIds({ entityId: 'Person:p7' }, (e) => e.entityIds.includes('Person:p7'));
    // 'Person:p1' is a prefix of 'Person:p10': only the exact id matches.
    await expectIds({ entityId: 'Person:p1' }, (e) => e.entityIds.includes('Person:p1'));
    const mid = all[20]!.at;
    await expectIds({ from: mid, to: mid + 5 }, (e) => e.at >= mid && e.at <= mid + 5);
    expect(await log.list({ user: 'nobody' }, null, 10)).toEqual([]);
  });

  it('lists a page by walking the seq index back from the cursor, not by reading the whole log', async () => {
    await legacyLog(10);
    const log = new AuditLog(db);
    for (let i = 11; i <= 40; i++) await log.record(event(i));
    // The parameters the log sends, for the first page and the next.
    const sent: Array<[string, Record<string, unknown>]> = [];
    const read = db.read.bind(db);
    const spy = Object.assign(Object.create(db) as Db, {
      read: (name: string, params: Record<string, unknown> = {}, opts = {}) => {
        sent.push([name, params]);
        return read(name, params, opts);
      },
    });
    const spied = new AuditLog(spy);
    const first = await spied.list({}, null, 10);
    const next = await spied.list({ operation: 'search' }, first.at(-1)!.seq, 5);
    const last = await spied.list({ user: 'alice', operation: 'neighbourhood' }, 14, 10);
    expect(first.map((e) => e.seq)).toEqual([40, 39, 38, 37, 36, 35, 34, 33, 32, 31]);
    expect(next.map((e) => e.seq)).toEqual([30, 28, 26, 24, 22]);
    expect(last.map((e) => e.seq)).toEqual([13, 11, 9, 7, 5, 3, 1]);
    const names = new Set(sent.map(([name]) => name));
    expect(names).toEqual(new Set(['queries/audit/list-batches', 'queries/audit/list-legacy-entries']));
    for (const [name, params] of sent) {
      const operators = await planOperators(name, params);
      expect(operators).toMatch(/IndexSeekByRange/);
      expect(operators).not.toMatch(/LabelScan|AllNodesScan|Sort|Top/);
    }
  });
});
