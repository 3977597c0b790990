// The hash-chained audit trail against the real Neo4j: order, concurrency, tamper detection.
import seedrandom from 'seedrandom';
import { afterAll, beforeEach, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, GENESIS_HASH, entryHash, type AuditEvent } from '../../server/audit/audit.ts';
import type { Principal } from '../../server/auth/types.ts';
import { cypher } from '../../server/db/cypher.ts';
import { Db } from '../../server/db/db.ts';
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

async function allEntries(): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  await db.stream('queries/audit/stream-entries', { fromSeq: 0 }, (r) => rows.push(r));
  return rows;
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
    expect(await log.verify()).toEqual({ ok: true, checked: 12, firstBrokenSeq: null, reason: null });
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
    await db.write('queries/audit/test-tamper-entry', { seq, count: 999 });
    const result = await log.verify();
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: seq });
    expect(result.reason).toMatch(/altered/);
  });

  it('reports a removed entry, in the middle or at the end of the chain', async () => {
    const log = new AuditLog(db);
    for (let i = 1; i <= 10; i++) await log.record(event(i));
    await db.write('queries/audit/test-delete-entry', { seq: 4 });
    expect(await log.verify()).toMatchObject({ ok: false, firstBrokenSeq: 4 });
    await resetData(db);
    for (let i = 1; i <= 10; i++) await log.record(event(i));
    await db.write('queries/audit/test-delete-entry', { seq: 10 });
    expect(await log.verify()).toMatchObject({ ok: false, firstBrokenSeq: 10 });
  });

  it('keeps appending after a break, and the break stays reported', async () => {
    const log = new AuditLog(db);
    for (let i = 1; i <= 5; i++) await log.record(event(i));
    await db.write('queries/audit/test-tamper-entry', { seq: 2, count: 0 });
    await log.record(event(6));
    expect(await log.verify()).toMatchObject({ ok: false, firstBrokenSeq: 2, checked: 6 });
  });

  it('reads entries stored with their entity ids as a list (written before ids were joined) alike', async () => {
    const log = new AuditLog(db);
    for (let i = 1; i <= 4; i++) await log.record(event(i));
    const joined = await allEntries();
    await db.write('queries/audit/test-entity-ids-as-list');
    expect(await allEntries()).toEqual(joined);
    expect(joined[2]!.entityIds).toEqual(['Person:p3', 'Phone:+863']);
    expect(await log.verify()).toMatchObject({ ok: true, checked: 4 });
    const found = await log.list({ entityId: 'Phone:+862' }, null, 10);
    expect(found.map((e) => e.count)).toEqual([2]);
  });

  it('lists a page by walking the seq index back from the cursor, not by reading the whole log', async () => {
    const log = new AuditLog(db);
    for (let i = 1; i <= 30; i++) await log.record(event(i));
    // The parameters the log sends, for the first page and the next.
    const sent: Array<Record<string, unknown>> = [];
    const read = db.read.bind(db);
    const spy = Object.assign(Object.create(db) as Db, {
      read: (name: string, params: Record<string, unknown> = {}, opts = {}) => {
        if (name === 'queries/audit/list-entries') sent.push(params);
        return read(name, params, opts);
      },
    });
    const spied = new AuditLog(spy);
    const first = await spied.list({}, null, 10);
    const next = await spied.list({ operation: 'search' }, first.at(-1)!.seq, 5);
    expect(first.map((e) => e.seq)).toEqual([30, 29, 28, 27, 26, 25, 24, 23, 22, 21]);
    expect(next.map((e) => e.seq)).toEqual([20, 18, 16, 14, 12]);
    expect(await log.list({ user: 'alice', operation: 'neighbourhood' }, 4, 10)).toHaveLength(2);
    for (const params of sent) {
      const session = db.session('READ');
      try {
        // EXPLAIN plans the file's own statement without running it; no user input is involved.
        // eslint-disable-next-line no-restricted-syntax
        const plan = (await session.run(`EXPLAIN ${cypher('queries/audit/list-entries')}`, params)).summary
          .plan;
        const operators: string[] = [];
        const walk = (p: typeof plan) => {
          if (!p) return;
          operators.push(p.operatorType);
          p.children.forEach(walk);
        };
        walk(plan);
        expect(operators.join(' ')).toMatch(/IndexSeekByRange/);
        expect(operators.join(' ')).not.toMatch(/LabelScan|AllNodesScan|Sort|Top/);
      } finally {
        await session.close();
      }
    }
  });
});
