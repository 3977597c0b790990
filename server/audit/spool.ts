// The audit spool: a local, fsync'd append-only file that makes an audit entry durable before the
// request it records is answered, and from which entries are shipped to the hash-chained log in
// Neo4j in large batches, off the request's path.
//
// Why: appending to Neo4j on every read costs a write transaction that, on a busy database, takes
// far longer than the read it records. A group-committed local write costs one fsync for all the
// entries that arrived meanwhile.
//
// Durability: write() resolves only after the entry's line is on disk (the file is opened with
// O_DSYNC where the platform has it: each group write returns once durable, one system call
// instead of a write and a datasync; elsewhere a datasync follows the write). Each spool has an
// id, and numbers its entries in order (`<spool id>:<n>`); the log records in the same transaction
// how far each spool has shipped, and skips entries at or below that, so shipping twice (a crash
// between the commit in Neo4j and the spool's truncation) appends once. On start, spool files
// left by processes that are gone (a crash, a kill -9) are shipped first, then removed. A line
// torn by a crash mid-write was never acknowledged, so it is dropped (and logged).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { processAlive } from '../db/connect.ts';
import { joinIds, type PendingEntry } from './entry.ts';

/** An entry as spooled: the normalised event (no place in the chain yet) plus its id. */
export type SpooledEntry = PendingEntry & { id: string };

export interface SpoolOptions {
  dir: string;
  /** Appends entries to the log (in one transaction); must skip ids the log already holds. */
  ship: (entries: SpooledEntry[]) => Promise<void>;
  warn?: (message: string, err?: unknown) => void;
  /** Most entries per shipped batch. */
  maxBatch?: number;
  /**
   * How long shipping waits for more entries to gather (they are durable meanwhile): fewer,
   * larger transactions on a busy database. drain() and a full batch ship at once.
   */
  shipDelayMs?: number;
}

/** A spool file's line: an entry as written, or as versions before numbered ids wrote it. */
type SpooledLine = Omit<SpooledEntry, 'entityIds'> & { entityIds: string | string[] };

/**
 * An entry read back from a spool file. Lines of earlier versions hold their entity ids as a list
 * and a random id (kept as legacyId: such a version may have shipped the entry already); they are
 * numbered by their line in the file, which such a spool only ever appended to.
 */
function fromLine(line: SpooledLine, fileId: string, lineNo: number): SpooledEntry {
  const entityIds = Array.isArray(line.entityIds) ? joinIds(line.entityIds) : line.entityIds;
  if (line.id.includes(':')) return { ...line, entityIds };
  return { ...line, entityIds, id: `${fileId}:${lineNo}`, legacyId: line.id };
}

const FILE = /^(\d+)-([0-9a-f-]{36})\.jsonl$/;

/** A timer that does not keep the process alive (shipping resumes at the next start). */
function unrefTimer(ms: number, fn: () => void): NodeJS.Timeout {
  const timer = setTimeout(fn, ms);
  timer.unref();
  return timer;
}

export class AuditSpool {
  /** This spool's id: its file's name and the prefix of its entries' ids. */
  private readonly id = randomUUID();
  /** The number of the last entry written (never reset: the log's mark for this spool). */
  private written = 0;
  private readonly file: string;
  private fh: fs.promises.FileHandle | undefined;
  /** The open in progress (or done); cleared by a failed one, so that the next write retries. */
  private opened: Promise<void> | undefined;
  /** Whether the files of earlier processes have been read (once, at the first open that could). */
  private scanned = false;
  /** Lines waiting for the next group commit. */
  private waiting: Array<{ entry: SpooledEntry; resolve: () => void; reject: (err: unknown) => void }> = [];
  private writing = false;
  /** Whether a write is under way, and whether a failed one may have left part of a line. */
  private torn = false;
  private tornBefore = false;
  /** Durable entries not yet in Neo4j, oldest first; `from` names the orphan file they came from. */
  private unshipped: Array<{ entry: SpooledEntry; from?: string }> = [];
  private readonly orphanLeft = new Map<string, number>();
  private shipping = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private delayTimer: NodeJS.Timeout | undefined;
  /** The wait before the next attempt after a failed shipment: doubles per failure, up to 10 s. */
  private retryDelay = 0;
  private drainers: Array<{ resolve: () => void; reject: (err: unknown) => void }> = [];
  private closed = false;
  private readonly maxBatch: number;
  /** Serialises file operations (group writes and truncation). */
  private io: Promise<unknown> = Promise.resolve();
  /** Lines in this process's file, and how many of them (the oldest) are shipped. */
  private linesInFile = 0;
  private shippedFromFile = 0;

  constructor(private readonly opts: SpoolOptions) {
    this.file = path.join(opts.dir, `${process.pid}-${this.id}.jsonl`);
    this.maxBatch = opts.maxBatch ?? 1_000;
    void this.ready();
  }

  /**
   * Opens the spool once; a failure (a directory that cannot be created or written) is reported
   * to the writes waiting for it, and the next write tries again: audited reads are refused only
   * while the spool cannot be written.
   */
  private ready(): Promise<void> {
    if (!this.opened) {
      const opening = this.open();
      this.opened = opening;
      opening.catch(() => {
        if (this.opened === opening) this.opened = undefined;
      });
    }
    return this.opened;
  }

  /** How many entries are durable here but not yet in Neo4j. */
  get backlog(): number {
    return this.unshipped.length + this.waiting.length;
  }

  private async open(): Promise<void> {
    await fs.promises.mkdir(this.opts.dir, { recursive: true, mode: 0o700 });
    if (!this.scanned) await this.scanOrphans();
    const { O_WRONLY, O_APPEND, O_CREAT, O_DSYNC } = fs.constants;
    this.fh = await fs.promises.open(
      this.file,
      O_DSYNC ? O_WRONLY | O_APPEND | O_CREAT | O_DSYNC : 'a',
      0o600,
    );
    if (this.unshipped.length > 0) this.kick();
  }

  /** Reads the spool files of processes that are gone, to ship them first. */
  private async scanOrphans(): Promise<void> {
    const mine = path.basename(this.file);
    for (const name of (await fs.promises.readdir(this.opts.dir)).sort()) {
      const m = FILE.exec(name);
      if (!m || name === mine) continue;
      const pid = Number(m[1]);
      // Our own pid on another file means a previous process that had this pid (containers).
      if (pid !== process.pid && processAlive(pid)) continue;
      const full = path.join(this.opts.dir, name);
      const lines = (await fs.promises.readFile(full, 'utf8')).split('\n');
      let n = 0;
      lines.forEach((line, i) => {
        if (!line.trim()) return;
        try {
          this.unshipped.push({ entry: fromLine(JSON.parse(line) as SpooledLine, m[2]!, i + 1), from: full });
          n += 1;
        } catch {
          this.opts.warn?.(
            `audit spool ${name}: line ${i + 1} is incomplete (torn by a crash before it was acknowledged); dropped`,
          );
        }
      });
      if (n === 0) await fs.promises.rm(full, { force: true });
      else this.orphanLeft.set(full, n);
    }
    this.scanned = true;
  }

  /** Makes the entry durable, numbered after the ones before it; resolves once it is on disk. */
  write(pending: PendingEntry): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The audit spool is closed.'));
    this.written += 1;
    const entry: SpooledEntry = { ...pending, id: `${this.id}:${this.written}` };
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry, resolve, reject });
      if (!this.writing) void this.groupCommit();
    });
  }

  private async groupCommit(): Promise<void> {
    this.writing = true;
    try {
      await this.ready();
      // Let the requests finishing in this turn of the event loop join the group.
      await new Promise((resolve) => setImmediate(resolve));
      while (this.waiting.length > 0) {
        const group = this.waiting.splice(0, this.waiting.length);
        try {
          await this.exclusive(async () => {
            // A line cut by a failed write becomes a line of its own, dropped as torn on reading
            // (it was never acknowledged), instead of spoiling the first line of this group.
            const text = group.map((g) => `${JSON.stringify(g.entry)}\n`).join('');
            this.torn = true;
            await this.fh!.write(this.tornBefore ? `\n${text}` : text);
            if (!fs.constants.O_DSYNC) await this.fh!.datasync();
            this.torn = false;
            this.tornBefore = false;
            this.linesInFile += group.length;
          });
          for (const g of group) this.unshipped.push({ entry: g.entry });
          for (const g of group) g.resolve();
          this.kick();
        } catch (err) {
          if (this.torn) this.tornBefore = true;
          for (const g of group) g.reject(err);
        }
      }
    } catch (err) {
      for (const g of this.waiting.splice(0)) g.reject(err);
    } finally {
      this.writing = false;
    }
    if (this.backlog === 0) for (const d of this.drainers.splice(0)) d.resolve();
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.io.then(fn, fn);
    this.io = run.catch(() => undefined);
    return run;
  }

  /** Whether the next batch should gather for shipDelayMs first (nobody waits, it is not full). */
  private gathering(): boolean {
    const delay = this.opts.shipDelayMs ?? 0;
    return delay > 0 && this.drainers.length === 0 && !this.closed && this.unshipped.length < this.maxBatch;
  }

  /** Starts shipping if it is not already running (after shipDelayMs, unless there is a reason). */
  private kick(): void {
    if (this.shipping || this.retryTimer) return;
    const delay = this.opts.shipDelayMs ?? 0;
    if (this.gathering()) {
      this.delayTimer ??= unrefTimer(delay, () => {
        this.delayTimer = undefined;
        this.kick0();
      });
      return;
    }
    this.kick0();
  }

  private kick0(): void {
    if (this.delayTimer) {
      clearTimeout(this.delayTimer);
      this.delayTimer = undefined;
    }
    if (this.shipping || this.retryTimer) return;
    void this.shipLoop();
  }

  private async shipLoop(): Promise<void> {
    this.shipping = true;
    try {
      while (this.unshipped.length > 0) {
        const batch = this.unshipped.slice(0, this.maxBatch);
        try {
          await this.opts.ship(batch.map((b) => b.entry));
        } catch (err) {
          this.opts.warn?.(`audit spool: shipping ${batch.length} entries to Neo4j failed; retrying`, err);
          for (const d of this.drainers.splice(0)) d.reject(err);
          this.retryDelay = Math.min(10_000, Math.max(500, this.retryDelay * 2));
          if (!this.closed) {
            this.retryTimer = unrefTimer(this.retryDelay, () => {
              this.retryTimer = undefined;
              this.kick();
            });
          }
          return;
        }
        this.retryDelay = 0;
        this.unshipped.splice(0, batch.length);
        for (const b of batch) {
          if (!b.from) {
            this.shippedFromFile += 1;
            continue;
          }
          const left = (this.orphanLeft.get(b.from) ?? 1) - 1;
          if (left > 0) this.orphanLeft.set(b.from, left);
          else {
            this.orphanLeft.delete(b.from);
            await fs.promises.rm(b.from, { force: true });
          }
        }
        // When every line of the file is in Neo4j, start it afresh (writes wait meanwhile).
        await this.exclusive(async () => {
          if (this.fh && this.shippedFromFile === this.linesInFile && this.linesInFile > 0) {
            await this.fh.truncate(0);
            this.linesInFile = 0;
            this.shippedFromFile = 0;
          }
        });
        // What arrived while this batch shipped gathers for shipDelayMs too: shipping it at
        // once made, under load, one small transaction after another (each costs Neo4j a few ms
        // whatever its size), which cost more CPU than the reads being audited.
        if (this.gathering()) break;
      }
      if (this.unshipped.length === 0 && this.waiting.length === 0) {
        for (const d of this.drainers.splice(0)) d.resolve();
      }
    } finally {
      this.shipping = false;
    }
    // Entries that arrived during the last ship.
    if (this.unshipped.length > 0) this.kick();
  }

  /**
   * Resolves when every entry written so far is in Neo4j; rejects with the error of a failed
   * shipping attempt (the entries stay spooled and are retried).
   */
  async drain(): Promise<void> {
    // A spool that cannot be opened holds nothing new; what earlier processes left waits for it.
    await this.ready().catch(() => undefined);
    if (this.backlog === 0) return;
    await new Promise<void>((resolve, reject) => {
      this.drainers.push({ resolve, reject });
      if (this.retryTimer) {
        clearTimeout(this.retryTimer);
        this.retryTimer = undefined;
      }
      this.kick();
    });
  }

  /** Ships what it can within `timeoutMs`, then closes; anything left is shipped by the next start. */
  async close(timeoutMs = 5_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.drain().catch(() => undefined),
      new Promise((r) => {
        timer = setTimeout(r, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.delayTimer) clearTimeout(this.delayTimer);
    await this.exclusive(async () => {
      await this.fh?.close();
      this.fh = undefined;
    }).catch(() => undefined);
    if (this.backlog === 0) await fs.promises.rm(this.file, { force: true }).catch(() => undefined);
  }
}
