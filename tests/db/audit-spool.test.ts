// The audit spool against the real Neo4j: entries are durable on disk before record() resolves,
// reach the hash chain in order, survive a crash (shipped once by the next start, never twice),
// and a line torn by a crash is dropped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog, type AuditEntry, type AuditEvent, type PendingEntry } from '../../server/audit/audit.ts';
import { AuditSpool } from '../../server/audit/spool.ts';
import { Db } from '../../server/db/db.ts';
import { writeLegacyLog } from '../support/audit.ts';
import { openTestDb, resetData } from '../support/db.ts';

let db: Db;
let dir: string;
const closers: Array<() => Promise<void>> = [];
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  for (const c of closers) await c().catch(() => undefined);
  await db.close();
});
beforeEach(async () => {
  await resetData(db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-spool-'));
});

const event = (i: number): AuditEvent => ({
  principal: { userId: 'u-bo', username: 'bo', role: 'detective', via: 'session' },
  operation: 'neighbourhood',
  kind: 'read',
  entityIds: [`Person:p${i}`],
  count: i,
});

/** An entry as the audit log hands it to the spool. */
const spooled = (entityId: string): PendingEntry => ({
  at: Date.now(),
  userId: 'u-bo',
  username: 'bo',
  role: 'detective',
  operation: 'neighbourhood',
  kind: 'read',
  entityIds: entityId,
  count: 1,
  details: '{}',
});

/** Every entry in the log, oldest first. */
async function entries(): Promise<AuditEntry[]> {
  return (await new AuditLog(db).list({}, null, 100_000)).reverse();
}

const spoolLines = () =>
  fs
    .readdirSync(dir)
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .filter((l) => l.trim());

/** A new start of the service on the spool directory: records one entry, then ships everything. */
async function startAgain(e: AuditEvent): Promise<AuditLog> {
  const log = new AuditLog(db, { spoolDir: dir });
  closers.push(() => log.close());
  await log.record(e);
  await log.list({}, null, 10); // drains the spool first
  return log;
}

/** An audit log whose database is unreachable: entries stay in its spool. */
function stranded(): AuditLog {
  const down = new Db({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
  closers.push(() => down.close());
  return new AuditLog(down, { spoolDir: dir });
}

describe('audit spool', () => {
  it('answers AUDIT_UNAVAILABLE while the spool cannot be written, and records again once it can', async () => {
    // The spool's directory would be under a regular file: it can be neither created nor written.
    const blocker = path.join(dir, 'not-a-directory');
    fs.writeFileSync(blocker, '');
    const log = new AuditLog(db, { spoolDir: path.join(blocker, 'spool') });
    closers.push(() => log.close());
    await expect(log.record(event(1))).rejects.toMatchObject({ code: 'AUDIT_UNAVAILABLE' });
    await expect(log.record(event(2))).rejects.toMatchObject({ code: 'AUDIT_UNAVAILABLE' });
    fs.rmSync(blocker);
    await log.record(event(3));
    await log.list({}, null, 10); // drains the spool
    expect((await entries()).map((e) => e.count)).toEqual([3]);
  });

  it('ships concurrent entries into one unbroken chain, in the order they were spooled', async () => {
    const log = new AuditLog(db, { spoolDir: dir });
    closers.push(() => log.close());
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.record(event(i + 1))));
    const listed = await log.list({}, null, 500); // drains the spool first
    expect(listed).toHaveLength(200);
    const rows = await entries();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(rows.map((r) => r.count)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.id)).size).toBe(200);
    expect(await log.verify()).toMatchObject({ ok: true, checked: 200 });
    // Everything is in Neo4j: the spool file is empty again.
    expect(spoolLines()).toEqual([]);
  });

  it('ships gathered entries by itself after the delay, without anyone draining it', async () => {
    const log = new AuditLog(db, { spoolDir: dir, shipDelayMs: 50 });
    closers.push(() => log.close());
    await Promise.all([1, 2, 3].map((i) => log.record(event(i))));
    let rows = await entries();
    for (let tries = 0; rows.length < 3 && tries < 100; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      rows = await entries();
    }
    expect(rows.map((r) => r.count).sort()).toEqual([1, 2, 3]);
  });

  it('under a steady stream of entries, ships at most one batch per delay', async () => {
    const batches: number[] = [];
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const spool = new AuditSpool({
      dir,
      shipDelayMs: 100,
      ship: async (batch) => {
        batches.push(batch.length);
        await sleep(20);
      },
    });
    closers.push(() => spool.close());
    const t0 = Date.now();
    let n = 0;
    while (Date.now() - t0 < 1_000) {
      await spool.write(spooled(`Person:p${n}`));
      n += 1;
      await sleep(2);
    }
    await spool.drain();
    expect(batches.reduce((a, b) => a + b, 0)).toBe(n);
    // About 1,000 ms / (100 ms gathering + 20 ms shipping): 8 batches, and one for the drain.
    // Shipping what arrived during a batch at once, as before, made one batch per 20 ms.
    expect(batches.length).toBeGreaterThanOrEqual(5);
    expect(batches.length).toBeLessThanOrEqual(12);
  });

  it('waits longer after each failed shipment (500 ms, then doubling)', async () => {
    const attempts: number[] = [];
    const spool = new AuditSpool({
      dir,
      ship: () => {
        attempts.push(Date.now());
        return Promise.reject(new Error('Neo4j is unreachable'));
      },
    });
    closers.push(() => spool.close(0));
    await spool.write(spooled('Person:p1'));
    while (attempts.length < 4) await new Promise((r) => setTimeout(r, 50));
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(450);
    expect(gaps[1]).toBeGreaterThanOrEqual(950);
    expect(gaps[2]).toBeGreaterThanOrEqual(1_950);
  });

  it('keeps acknowledged entries on disk while Neo4j is unreachable; the next start ships them once', async () => {
    const crashed = stranded();
    for (let i = 1; i <= 5; i++) await crashed.record(event(i));
    // Durable before Neo4j saw anything.
    expect(spoolLines()).toHaveLength(5);
    expect(await entries()).toEqual([]);
    // The process "dies" without closing; a new start finds its file and ships it.
    const next = await startAgain(event(6));
    const rows = await entries();
    expect(rows.map((r) => r.count)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await next.verify()).toMatchObject({ ok: true, checked: 6 });
  });

  it('appends an entry once when it is shipped again after a crash before the spool was cleared', async () => {
    const log = new AuditLog(db, { spoolDir: dir });
    for (let i = 1; i <= 3; i++) await log.record(event(i));
    await log.list({}, null, 10);
    const shipped = await entries();
    // Recreate what a crash between the commit and the truncation leaves: the same lines.
    const lines = shipped.map((r) =>
      JSON.stringify({
        id: r.id,
        at: r.at,
        userId: r.userId,
        username: r.username,
        role: r.role,
        operation: r.operation,
        kind: r.kind,
        entityIds: r.entityIds,
        count: r.count,
        details: r.details,
      }),
    );
    await log.close();
    fs.writeFileSync(
      path.join(dir, `${process.pid}-00000000-0000-0000-0000-000000000001.jsonl`),
      `${lines.join('\n')}\n`,
    );
    const next = await startAgain(event(4));
    expect((await entries()).map((r) => r.count)).toEqual([1, 2, 3, 4]);
    expect(await next.verify()).toMatchObject({ ok: true, checked: 4 });
  });

  it('ships a spool file of an earlier version once: what that version shipped is skipped, and again after a crash', async () => {
    // That version gave each spooled entry a random id and stored one (:AuditEntry) per entry;
    // it shipped its first line before it died.
    const spooledBefore = (id: string, count: number) => ({
      id,
      at: 1_700_000_000_000 + count,
      userId: 'u-bo',
      username: 'bo',
      role: 'detective',
      operation: 'neighbourhood',
      kind: 'read',
      entityIds: [`Person:p${count}`, `Phone:+86${count}`],
      count,
      details: '{}',
    });
    const line = (id: string, count: number) => JSON.stringify(spooledBefore(id, count));
    const ids = [1, 2, 3].map((i) => `00000000-0000-0000-0000-00000000010${i}`);
    await writeLegacyLog(db, [spooledBefore(ids[0]!, 1)]);
    const orphan = path.join(dir, `${process.pid}-00000000-0000-0000-0000-000000000003.jsonl`);
    const text = `${ids.map((id, i) => line(id, i + 1)).join('\n')}\n`;
    fs.writeFileSync(orphan, text);
    const next = new AuditLog(db, { spoolDir: dir });
    await next.list({}, null, 10);
    await next.close();
    expect((await entries()).map((r) => [r.count, r.entityIds])).toEqual([
      [1, ['Person:p1', 'Phone:+861']],
      [2, ['Person:p2', 'Phone:+862']],
      [3, ['Person:p3', 'Phone:+863']],
    ]);
    expect(fs.existsSync(orphan)).toBe(false);
    // A crash after the commit, before the file was removed: the same file ships nothing twice.
    fs.writeFileSync(orphan, text);
    const again = await startAgain(event(4));
    expect((await entries()).map((r) => r.count)).toEqual([1, 2, 3, 4]);
    expect(await again.verify()).toMatchObject({ ok: true, checked: 4 });
  });

  it('drops a line torn by a crash mid-write and ships the whole ones', async () => {
    const good = JSON.stringify({
      id: '00000000-0000-0000-0000-0000000000aa',
      at: 1,
      userId: null,
      username: null,
      role: null,
      operation: 'search',
      kind: 'read',
      entityIds: [],
      count: 7,
      details: '{}',
    });
    fs.writeFileSync(
      path.join(dir, `${process.pid}-00000000-0000-0000-0000-000000000002.jsonl`),
      `${good}\n{"id":"00000000-0000-0000-0000-0000000000ab","at":2,"oper`,
    );
    const warnings: string[] = [];
    const log = new AuditLog(db, { spoolDir: dir, warn: (m) => warnings.push(m) });
    closers.push(() => log.close());
    await log.list({}, null, 10);
    expect((await entries()).map((r) => r.count)).toEqual([7]);
    expect(warnings.join('\n')).toMatch(/line 2 is incomplete/);
    expect(fs.readdirSync(dir).filter((f) => f.includes('000000000002'))).toEqual([]);
  });
});
