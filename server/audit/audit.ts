// The audit trail: every read of person data and every change, appended to a hash-chained log in
// Neo4j. Resolvers call services.audit.record(...) after a successful operation.
//
// Every entry has a seq and `hash = sha256(prevHash + body)`, where body is the canonical JSON of
// its fields and prevHash the hash of the entry before it, so changing, removing or re-ordering
// any entry breaks the chain at that entry; `verify()` walks the chain and reports the first
// broken link. Appends are batched through one in-process queue (or the spool) and each batch runs
// in one transaction that first locks the single (:AuditHead), so concurrent requests, and several
// service processes, append in one order. A batch is stored as one (:AuditBatch) node holding its
// entries' bodies (the exact text hashed) and hashes: a node per entry cost Neo4j about three
// times as much per audited read (bench/suites/api.ts). Logs written before batches keep their
// (:AuditEntry) nodes, one per entry, at the start of the chain; both are read.
// With a spool directory (the service's), an entry is first made durable on local disk and the
// request goes on; the spool ships entries to Neo4j in batches (see spool.ts).
import { createHash } from 'node:crypto';
import type { Principal } from '../auth/types.ts';
import type { Db, Row } from '../db/db.ts';
import { AppError, badInput } from '../errors.ts';
import { ID_SEPARATOR, joinIds, splitIds, type AuditEntry, type PendingEntry } from './entry.ts';
import { AuditSpool } from './spool.ts';

export type { AuditEntry, PendingEntry } from './entry.ts';

export const AUDIT_KINDS = ['read', 'change', 'auth'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditEvent {
  principal: Principal | null;
  /** The GraphQL field or CLI command, e.g. "neighbourhood", "ingest". */
  operation: string;
  /** "read" for reads of person data, "change" for writes, "auth" for logins and failed logins. */
  kind: AuditKind;
  /** uids of the entities involved (persons first); capped by the implementation. */
  entityIds: readonly string[];
  /** How many records the operation returned or changed. */
  count: number;
  /** Small, non-sensitive extra context (arguments without free text). */
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  /** A user id or username. */
  user?: string | null | undefined;
  operation?: string | null | undefined;
  entityId?: string | null | undefined;
  from?: number | null | undefined;
  to?: number | null | undefined;
}

export interface AuditVerification {
  ok: boolean;
  /** How many entries were checked. */
  checked: number;
  /** The seq of the first entry whose link is broken, when not ok. */
  firstBrokenSeq: number | null;
  reason: string | null;
  /** The last entry of the chain as stored (0 and the genesis hash for an empty log). */
  headSeq: number;
  headHash: string;
}

export interface VerifyOptions {
  /**
   * A head exported earlier (an earlier verify's headSeq and headHash): the log must still hold
   * that entry with that hash. Removing the last entries and moving the head back leaves a chain
   * that is whole in itself; only something kept outside the database shows it.
   */
  expectHead?: { seq: number; hash: string } | undefined;
}

/** Parses `<seq>:<hash>` (as printed by `npm run audit:verify`). */
export function parseHead(text: string): { seq: number; hash: string } {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!m)
    throw badInput(
      `expectHead: expected <seq>:<sha256 hex>, as audit:verify prints it; got ${JSON.stringify(text)}.`,
    );
  return { seq: Number(m[1]), hash: m[2]! };
}

export const GENESIS_HASH = '0'.repeat(64);
export const MAX_ENTITY_IDS = 500;
const MAX_DETAILS_CHARS = 4_000;
const MAX_BATCH = 500;
/** Batches read per statement when listing. */
const BATCHES_PER_READ = 8;

/** JSON with object keys sorted at every level, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

/** The hash of an entry given the hash of the one before it. */
export function entryHash(prevHash: string, e: Omit<AuditEntry, 'hash' | 'prevHash'>): string {
  return sha256(prevHash + entryBody(e));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The canonical JSON of an entry's fields: canonicalJson of them, written out directly (the keys
 * in sorted order, every value a string, number, null or list of strings), without building the
 * sorted copy: shipping hashes every entry. tests/unit/audit-hash.test.ts holds the two equal.
 * A batch stores this text itself: its hash is sha256(prevHash + body).
 */
function entryBody(e: Omit<AuditEntry, 'hash' | 'prevHash'>): string {
  return JSON.stringify({
    at: e.at,
    count: e.count,
    details: e.details,
    entityIds: e.entityIds,
    id: e.id ? e.id : undefined,
    kind: e.kind,
    operation: e.operation,
    role: e.role,
    seq: e.seq,
    userId: e.userId,
    username: e.username,
  });
}

/** The spool and the number of a spooled entry's id. */
function spoolPosition(id: string): { spool: string; n: number } {
  const at = id.lastIndexOf(':');
  return { spool: id.slice(0, at), n: Number(id.slice(at + 1)) };
}

export interface AuditLogOptions {
  /** Where to spool entries durably before they reach Neo4j; without it, record() commits. */
  spoolDir?: string;
  /** How long the spool gathers entries before shipping a batch (default 0: at once). */
  shipDelayMs?: number;
  warn?: (message: string, err?: unknown) => void;
}

function normalise(event: AuditEvent, now: number): PendingEntry {
  if (!event || typeof event.operation !== 'string' || !event.operation) {
    throw badInput('Audit event: operation: expected a non-empty string.');
  }
  if (!(AUDIT_KINDS as readonly string[]).includes(event.kind)) {
    throw badInput(`Audit event ${event.operation}: kind: expected one of ${AUDIT_KINDS.join(', ')}.`);
  }
  const ids = Array.isArray(event.entityIds) ? event.entityIds : [];
  let details: string;
  try {
    details = canonicalJson(event.details ?? {});
  } catch {
    details = canonicalJson({ unserialisable: true });
  }
  if (details.length > MAX_DETAILS_CHARS) details = canonicalJson({ truncated: details.slice(0, 1000) });
  const count = Number.isFinite(event.count) ? Math.max(0, Math.trunc(event.count)) : 0;
  return {
    at: now,
    userId: event.principal?.userId ?? null,
    username: event.principal?.username ?? null,
    role: event.principal?.role ?? null,
    operation: event.operation.slice(0, 200),
    kind: event.kind,
    entityIds: joinIds(
      ids
        .slice(0, MAX_ENTITY_IDS)
        .map((id) => String(id).slice(0, 500).replaceAll(ID_SEPARATOR, ' '))
        .filter((id) => id !== ''),
    ),
    count,
    details,
  };
}

/** An entry from its stored fields: a body's, or those of an (:AuditEntry) node of the log before batches. */
function toEntry(f: Record<string, unknown>, prevHash: string, hash: string): AuditEntry {
  return {
    seq: Number(f.seq),
    ...(typeof f.id === 'string' ? { id: f.id } : {}),
    at: Number(f.at),
    userId: (f.userId as string | null) ?? null,
    username: (f.username as string | null) ?? null,
    role: (f.role as string | null) ?? null,
    operation: String(f.operation),
    kind: String(f.kind),
    entityIds: Array.isArray(f.entityIds) ? f.entityIds.map(String) : [],
    count: Number(f.count),
    details: String(f.details ?? '{}'),
    prevHash,
    hash,
  };
}

const legacyEntry = (row: Row): AuditEntry => toEntry(row, String(row.prevHash), String(row.hash));

/** An entry from its stored body (throws when the body is not an entry's canonical JSON). */
function bodyEntry(body: string, prevHash: string, hash: string): AuditEntry {
  const f = JSON.parse(body) as Record<string, unknown>;
  if (!f || typeof f !== 'object' || typeof f.seq !== 'number') throw new Error('not an audit entry');
  return toEntry(f, prevHash, hash);
}

/** The entries of a stored batch, in seq order. */
function batchEntries(row: Row): AuditEntry[] {
  const hashes = row.hashes as string[];
  let prev = String(row.prevHash);
  return (row.bodies as string[]).map((body, i) => {
    const e = bodyEntry(body, prev, hashes[i]!);
    prev = hashes[i]!;
    return e;
  });
}

function matches(e: AuditEntry, f: AuditFilter): boolean {
  return (
    (f.user == null || e.userId === f.user || e.username === f.user) &&
    (f.operation == null || e.operation === f.operation) &&
    (f.entityId == null || e.entityIds.includes(f.entityId)) &&
    (f.from == null || e.at >= f.from) &&
    (f.to == null || e.at <= f.to)
  );
}

/** What a batch's listing index must say, rebuilt from its hashed entries. */
class BatchIndex {
  private readonly users = new Set<string>();
  private readonly operations = new Set<string>();
  private firstSeq = Number.NaN;
  private lastSeq = Number.NaN;
  private firstAt = Number.POSITIVE_INFINITY;
  private lastAt = Number.NEGATIVE_INFINITY;

  add(e: AuditEntry): void {
    if (e.userId !== null) this.users.add(e.userId);
    if (e.username !== null) this.users.add(e.username);
    this.operations.add(e.operation);
    if (Number.isNaN(this.firstSeq)) this.firstSeq = e.seq;
    this.lastSeq = e.seq;
    this.firstAt = Math.min(this.firstAt, e.at);
    this.lastAt = Math.max(this.lastAt, e.at);
  }

  /** The index fields of a stored batch that differ from its entries' (null when none). */
  mismatch(row: Row): string | null {
    const sameSet = (stored: unknown, want: Set<string>) =>
      Array.isArray(stored) && stored.length === want.size && stored.every((v) => want.has(String(v)));
    const wrong: string[] = [];
    if (Number(row.firstSeq) !== this.firstSeq) wrong.push('firstSeq');
    if (Number(row.lastSeq) !== this.lastSeq) wrong.push('lastSeq');
    if (!sameSet(row.users, this.users)) wrong.push('users');
    if (!sameSet(row.operations, this.operations)) wrong.push('operations');
    if (Number(row.firstAt) !== this.firstAt) wrong.push('firstAt');
    if (Number(row.lastAt) !== this.lastAt) wrong.push('lastAt');
    return wrong.length > 0 ? wrong.join(', ') : null;
  }
}

export class AuditLog {
  private queue: Array<{ entry: PendingEntry; resolve: () => void; reject: (err: unknown) => void }> = [];
  private flushing = false;
  private readonly spool: AuditSpool | undefined;
  private readonly warn: AuditLogOptions['warn'];

  constructor(
    private db: Db,
    opts: AuditLogOptions = {},
  ) {
    this.warn = opts.warn;
    if (opts.spoolDir) {
      this.spool = new AuditSpool({
        dir: opts.spoolDir,
        ship: (entries) => this.append(entries),
        ...(opts.shipDelayMs ? { shipDelayMs: opts.shipDelayMs } : {}),
        ...(opts.warn ? { warn: opts.warn } : {}),
      });
    }
  }

  /** After a database restart: ship and append through the new connection. */
  useDb(db: Db): void {
    this.db = db;
  }

  /**
   * Appends an event; resolves once it is durable: committed in Neo4j, or (with a spool) on the
   * local disk, from which it is shipped. Rejects when it cannot be: DB_UNAVAILABLE without a
   * spool, AUDIT_UNAVAILABLE when the spool cannot be written.
   */
  record(event: AuditEvent): Promise<void> {
    let entry: PendingEntry;
    try {
      entry = normalise(event, Date.now());
    } catch (err) {
      return Promise.reject(err);
    }
    if (this.spool) {
      return this.spool.write(entry).catch((err: unknown) => {
        this.warn?.('audit spool: an entry could not be written', err);
        throw new AppError(
          'AUDIT_UNAVAILABLE',
          'The audit trail cannot be written (its spool on local disk failed), so the operation is refused; try again shortly.',
        );
      });
    }
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          await this.append(batch.map((b) => b.entry));
          for (const b of batch) b.resolve();
        } catch (err) {
          for (const b of batch) b.reject(err);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Ships what the spool holds, then closes it (what cannot be shipped now is shipped next start). */
  async close(): Promise<void> {
    await this.spool?.close();
  }

  /** Appends the entries, in order, as one batch (one node) after the head, in one transaction. */
  private append(all: readonly PendingEntry[]): Promise<void> {
    return this.db.writeTransaction(async (run) => {
      const head = (await run('queries/audit/lock-head', { now: Date.now() }))[0];
      let seq = Number(head?.seq ?? 0);
      let prevHash = String(head?.hash ?? GENESIS_HASH);
      // Spooled entries shipped before a crash are in the log already: append them once. Each
      // spool ships its entries in order, so how far it got is one number (its mark).
      const positions = all.map((p) => (p.id ? spoolPosition(p.id) : null));
      const reached = new Map<string, number>();
      for (const at of positions) {
        if (at) reached.set(at.spool, Math.max(at.n, reached.get(at.spool) ?? 0));
      }
      const marks = new Map<string, number>();
      if (reached.size > 0) {
        for (const r of await run('queries/audit/spool-marks', { spools: [...reached.keys()] })) {
          marks.set(String(r.spool), Number(r.upTo));
        }
      }
      const legacyIds = all.flatMap((p) => (p.legacyId ? [p.legacyId] : []));
      const legacyShipped = new Set(
        legacyIds.length > 0
          ? (await run('queries/audit/find-shipped-legacy', { ids: legacyIds })).map((r) => String(r.id))
          : [],
      );
      const pending = all.filter((p, i) => {
        const at = positions[i];
        if (!at) return true;
        return at.n > (marks.get(at.spool) ?? 0) && !(p.legacyId && legacyShipped.has(p.legacyId));
      });
      if (pending.length === 0) return;
      const firstSeq = seq + 1;
      const previous = prevHash;
      const bodies: string[] = [];
      const hashes: string[] = [];
      const users = new Set<string>();
      const operations = new Set<string>();
      let firstAt = Number.POSITIVE_INFINITY;
      let lastAt = Number.NEGATIVE_INFINITY;
      for (const p of pending) {
        seq += 1;
        const body = entryBody({ ...p, entityIds: splitIds(p.entityIds), seq });
        prevHash = sha256(prevHash + body);
        bodies.push(body);
        hashes.push(prevHash);
        if (p.userId !== null) users.add(p.userId);
        if (p.username !== null) users.add(p.username);
        operations.add(p.operation);
        firstAt = Math.min(firstAt, p.at);
        lastAt = Math.max(lastAt, p.at);
      }
      await run('queries/audit/append-batch', {
        firstSeq,
        lastSeq: seq,
        prevHash: previous,
        hash: prevHash,
        firstAt,
        lastAt,
        users: [...users],
        operations: [...operations],
        bodies,
        hashes,
        marks: [...reached]
          .filter(([spool, upTo]) => upTo > (marks.get(spool) ?? 0))
          .map(([spool, upTo]) => ({ spool, upTo })),
      });
    });
  }

  /** Entries matching the filter, newest first; `beforeSeq` is the paging cursor. */
  async list(filter: AuditFilter, beforeSeq: number | null, limit: number): Promise<AuditEntry[]> {
    await this.spool?.drain();
    const out: AuditEntry[] = [];
    const before = beforeSeq ?? Number.MAX_SAFE_INTEGER;
    const params = {
      user: filter.user ?? null,
      operation: filter.operation ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    };
    // Batches, newest first, a few per statement, until the page is full. The statement walks
    // the firstSeq index backwards from the cursor (always a bound) and skips batches that hold
    // no entry of the user, operation, entity or time asked for; each entry is then checked here.
    let cursor = before;
    for (;;) {
      const rows = await this.db.read('queries/audit/list-batches', {
        ...params,
        entityIdJson: filter.entityId == null ? null : JSON.stringify(filter.entityId),
        beforeSeq: cursor,
        limit: BATCHES_PER_READ,
      });
      for (const row of rows) {
        const entries = batchEntries(row);
        for (let i = entries.length - 1; i >= 0; i--) {
          const e = entries[i]!;
          if (e.seq < before && matches(e, filter)) out.push(e);
          if (out.length === limit) return out;
        }
        cursor = Number(row.firstSeq);
      }
      if (rows.length < BATCHES_PER_READ) break;
    }
    // Entries stored one node each (before batches) are older than every batch.
    const rows = await this.db.read('queries/audit/list-legacy-entries', {
      ...params,
      entityId: filter.entityId ?? null,
      beforeSeq: cursor,
      limit: limit - out.length,
    });
    return out.concat(rows.map(legacyEntry));
  }

  /**
   * Walks the whole chain in seq order and reports the first broken link: a missing seq, an entry
   * whose contents no longer match its hash, an entry whose prevHash is not the previous entry's
   * hash, a batch whose listing index (its seqs, users, operations, time span: not hashed, read
   * to skip batches when listing) does not match its hashed entries, or entries removed from the
   * end: a head pointing past the last entry, a spool mark recording a shipment past it, or an
   * exported head (opts.expectHead) the log no longer holds.
   */
  async verify(opts: VerifyOptions = {}): Promise<AuditVerification> {
    await this.spool?.drain();
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    let broken: { seq: number; reason: string } | undefined;
    const expect = opts.expectHead;
    let expectedFound: string | undefined;
    /** One entry: its seq, the hash it links to, and whether its contents match its hash. */
    const visit = (seq: number, linksTo: string, intact: boolean, hash: string) => {
      checked += 1;
      if (broken) return;
      if (seq !== expectedSeq) {
        broken = {
          seq: expectedSeq,
          reason: `entry ${expectedSeq} is missing (the next stored is ${seq})`,
        };
      } else if (linksTo !== prevHash) {
        broken = { seq, reason: `entry ${seq}'s prevHash does not match the hash of entry ${seq - 1}` };
      } else if (!intact) {
        broken = { seq, reason: `entry ${seq} was altered: its contents do not match its hash` };
      }
      expectedSeq = seq + 1;
      prevHash = hash;
      if (expect && seq === expect.seq) expectedFound = hash;
    };
    await this.db.stream('queries/audit/stream-legacy-entries', {}, (row) => {
      const e = legacyEntry(row);
      visit(e.seq, e.prevHash, entryHash(e.prevHash, e) === e.hash, e.hash);
    });
    await this.db.stream('queries/audit/stream-batches', {}, (row) => {
      const bodies = row.bodies as string[];
      const hashes = row.hashes as string[];
      let linksTo = String(row.prevHash);
      const index = new BatchIndex();
      bodies.forEach((body, i) => {
        const hash = String(hashes[i]);
        let seq: number;
        try {
          const e = bodyEntry(body, linksTo, hash);
          seq = e.seq;
          index.add(e);
        } catch {
          seq = expectedSeq; // unreadable: altered
        }
        visit(seq, linksTo, sha256(linksTo + body) === hash, hash);
        linksTo = hash;
      });
      const mismatch = index.mismatch(row);
      if (!broken && mismatch) {
        broken = {
          seq: Number(row.firstSeq),
          reason: `the listing index of the batch from entry ${String(row.firstSeq)} (${mismatch}) does not match its entries`,
        };
      }
    });
    const chainEnd = expectedSeq - 1;
    if (!broken) {
      const head = (await this.db.read('queries/audit/get-head'))[0];
      const headSeq = Number(head?.seq ?? 0);
      if (headSeq > expectedSeq - 1) {
        broken = {
          seq: expectedSeq,
          reason: `the head records ${headSeq} entries but the chain ends at ${expectedSeq - 1}`,
        };
      } else if (head && headSeq === expectedSeq - 1 && String(head.hash) !== prevHash) {
        broken = { seq: headSeq, reason: `entry ${headSeq}'s hash does not match the head` };
      } else if (headSeq < expectedSeq - 1) {
        broken = { seq: headSeq + 1, reason: `entries after ${headSeq} were added outside the log` };
      }
    }
    if (!broken) {
      // Each spool's mark records the last seq its shipments reached: past the end, entries
      // shipped were removed since (with the head moved back to hide it).
      const past = (await this.db.read('queries/audit/list-spool-marks')).find(
        (m) => m.seq != null && Number(m.seq) > chainEnd,
      );
      if (past) {
        broken = {
          seq: chainEnd + 1,
          reason: `the log ends at entry ${chainEnd} but a spool shipped entries up to ${String(past.seq)}: entries after ${chainEnd} were removed`,
        };
      }
    }
    if (!broken && expect) {
      if (expect.seq > chainEnd) {
        broken = {
          seq: chainEnd + 1,
          reason: `the log ends at entry ${chainEnd}, before the exported head ${expect.seq}: entries after ${chainEnd} were removed`,
        };
      } else if (expect.seq > 0 && expectedFound !== expect.hash) {
        broken = { seq: expect.seq, reason: `entry ${expect.seq}'s hash is not the exported head's` };
      }
    }
    return {
      ok: !broken,
      checked,
      firstBrokenSeq: broken?.seq ?? null,
      reason: broken?.reason ?? null,
      headSeq: chainEnd,
      headHash: prevHash,
    };
  }
}
