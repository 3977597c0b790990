// The audit trail: every read of person data and every change, appended to a hash-chained log in
// Neo4j. Resolvers call services.audit.record(...) after a successful operation.
//
// Each (:AuditEntry) carries `hash = sha256(prevHash + canonical JSON of its fields)` and the hash
// of the entry before it, so changing, removing or re-ordering any entry breaks the chain at that
// entry; `verify()` walks the chain and reports the first broken link. Appends are batched through
// one in-process queue and each batch runs in one transaction that first locks the single
// (:AuditHead), so concurrent requests, and several service processes, append in one order.
// With a spool directory (the service's), an entry is first made durable on local disk and the
// request goes on; the spool ships entries to Neo4j in batches (see spool.ts).
import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '../auth/types.ts';
import type { Db, Row } from '../db/db.ts';
import { badInput } from '../errors.ts';
import { AuditSpool } from './spool.ts';

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

/** An entry as stored: every field below `hash` is covered by it. */
export interface AuditEntry {
  seq: number;
  /** Unique id of an entry that went through the spool (absent on entries appended directly). */
  id?: string | null;
  at: number;
  userId: string | null;
  username: string | null;
  role: string | null;
  operation: string;
  kind: string;
  entityIds: string[];
  count: number;
  /** Canonical JSON of the event's details. */
  details: string;
  prevHash: string;
  hash: string;
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
}

export const GENESIS_HASH = '0'.repeat(64);
/**
 * An entry's entity ids are stored as one string joined by this (unit separator) character: one
 * value to encode and store instead of dozens. Read back as a list; the hash covers the list.
 */
const ID_SEPARATOR = '\u001f';
export const MAX_ENTITY_IDS = 500;
const MAX_DETAILS_CHARS = 4_000;
const MAX_BATCH = 500;

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
  return createHash('sha256')
    .update(prevHash + entryBody(e))
    .digest('hex');
}

/**
 * The canonical JSON of an entry's fields: canonicalJson of them, written out directly (the keys
 * in sorted order, every value a string, number, null or list of strings), without building the
 * sorted copy: shipping hashes every entry. tests/unit/audit-hash.test.ts holds the two equal.
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

type Pending = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

export interface AuditLogOptions {
  /** Where to spool entries durably before they reach Neo4j; without it, record() commits. */
  spoolDir?: string;
  /** How long the spool gathers entries before shipping a batch (default 0: at once). */
  shipDelayMs?: number;
  warn?: (message: string, err?: unknown) => void;
}

function normalise(event: AuditEvent, now: number): Pending {
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
    entityIds: ids
      .slice(0, MAX_ENTITY_IDS)
      .map((id) => String(id).slice(0, 500).replaceAll(ID_SEPARATOR, ' ')),
    count,
    details,
  };
}

function toEntry(row: Row): AuditEntry {
  return {
    seq: Number(row.seq),
    ...(typeof row.id === 'string' ? { id: row.id } : {}),
    at: Number(row.at),
    userId: (row.userId as string | null) ?? null,
    username: (row.username as string | null) ?? null,
    role: (row.role as string | null) ?? null,
    operation: String(row.operation),
    kind: String(row.kind),
    entityIds: ((row.entityIds as string[] | null) ?? []).map(String),
    count: Number(row.count),
    details: String(row.details ?? '{}'),
    prevHash: String(row.prevHash),
    hash: String(row.hash),
  };
}

export class AuditLog {
  private queue: Array<{ entry: Pending; resolve: () => void; reject: (err: unknown) => void }> = [];
  private flushing = false;
  private readonly spool: AuditSpool | undefined;

  constructor(
    private db: Db,
    opts: AuditLogOptions = {},
  ) {
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
   * local disk, from which it is shipped. Rejects with DB_UNAVAILABLE when it cannot be.
   */
  record(event: AuditEvent): Promise<void> {
    let entry: Pending;
    try {
      entry = normalise(event, Date.now());
    } catch (err) {
      return Promise.reject(err);
    }
    if (this.spool) return this.spool.write({ ...entry, id: randomUUID() });
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

  private append(all: Pending[]): Promise<void> {
    return this.db.writeTransaction(async (run) => {
      const head = (await run('queries/audit/lock-head', { now: Date.now() }))[0];
      let seq = Number(head?.seq ?? 0);
      let prevHash = String(head?.hash ?? GENESIS_HASH);
      // Spooled entries shipped before a crash are in the log already: append them once.
      const ids = all.flatMap((p) => (p.id ? [p.id] : []));
      const shipped = new Set(
        ids.length > 0 ? (await run('queries/audit/find-shipped', { ids })).map((r) => String(r.id)) : [],
      );
      const pending = all.filter((p) => !p.id || !shipped.has(p.id));
      if (pending.length === 0) return;
      // The entries as stored: entity ids joined into one string (no ids stay an empty list:
      // split('') would read back as ['']).
      const entries = pending.map((p) => {
        seq += 1;
        const hash = entryHash(prevHash, { ...p, seq });
        const stored = {
          seq,
          id: p.id ?? null,
          at: p.at,
          userId: p.userId,
          username: p.username,
          role: p.role,
          operation: p.operation,
          kind: p.kind,
          entityIds: p.entityIds.length > 0 ? p.entityIds.join(ID_SEPARATOR) : [],
          count: p.count,
          details: p.details,
          prevHash,
          hash,
        };
        prevHash = hash;
        return stored;
      });
      await run('queries/audit/append-entries', {
        entries,
        lastSeq: seq,
        lastHash: prevHash,
      });
    });
  }

  /** Entries matching the filter, newest first; `beforeSeq` is the paging cursor. */
  async list(filter: AuditFilter, beforeSeq: number | null, limit: number): Promise<AuditEntry[]> {
    await this.spool?.drain();
    const rows = await this.db.read('queries/audit/list-entries', {
      user: filter.user ?? null,
      operation: filter.operation ?? null,
      entityId: filter.entityId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      // Always a bound (the first page's is past any seq): the statement then walks the seq index
      // backwards from it and stops at `limit`, instead of reading the whole log.
      beforeSeq: beforeSeq ?? Number.MAX_SAFE_INTEGER,
      limit,
    });
    return rows.map(toEntry);
  }

  /**
   * Walks the whole chain in seq order and reports the first broken link: a missing seq, an entry
   * whose contents no longer match its hash, an entry whose prevHash is not the previous entry's
   * hash, or a head that points past the last entry (entries removed from the end).
   */
  async verify(): Promise<AuditVerification> {
    await this.spool?.drain();
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    let broken: { seq: number; reason: string } | undefined;
    await this.db.stream('queries/audit/stream-entries', { fromSeq: 0 }, (row) => {
      checked += 1;
      if (broken) return;
      const e = toEntry(row);
      if (e.seq !== expectedSeq) {
        broken = {
          seq: expectedSeq,
          reason: `entry ${expectedSeq} is missing (the next stored is ${e.seq})`,
        };
      } else if (e.prevHash !== prevHash) {
        broken = {
          seq: e.seq,
          reason: `entry ${e.seq}'s prevHash does not match the hash of entry ${e.seq - 1}`,
        };
      } else if (entryHash(e.prevHash, e) !== e.hash) {
        broken = { seq: e.seq, reason: `entry ${e.seq} was altered: its contents do not match its hash` };
      }
      expectedSeq = e.seq + 1;
      prevHash = e.hash;
    });
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
    return {
      ok: !broken,
      checked,
      firstBrokenSeq: broken?.seq ?? null,
      reason: broken?.reason ?? null,
    };
  }
}
