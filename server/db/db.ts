// The only module (with its siblings in db/) that imports neo4j-driver. Services call
// db.read/db.write with the name of a .cypher file and plain parameters and get plain rows back.
import neo4j, {
  isRetryableError,
  type AuthToken,
  type Driver,
  type ManagedTransaction,
  type Session,
} from 'neo4j-driver';
import { AppError, fromNeo4jError } from '../errors.ts';
import { BatchedRead } from './batched-read.ts';
import { cypher } from './cypher.ts';
import { Liveness, unresponsive } from './liveness.ts';
import { toParam, toPlain, type Params, type Row } from './values.ts';

export type { Params, Row } from './values.ts';

export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

export interface DbOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  txTimeoutMs?: number;
  /** Statements of one batched read running at once (see batched(); default in batched-read.ts). */
  batchedReads?: number | undefined;
  /**
   * How long Neo4j may leave a liveness ping unanswered before every waiting call fails with
   * DB_UNAVAILABLE; a call waits half of it before the ping is sent (see liveness.ts). Default
   * 2,000 ms: a call on a hung server fails within about 1.5 times this.
   */
  unresponsiveMs?: number | undefined;
}

export interface QueryOptions {
  /** Transaction timeout in ms; defaults to the configured one. */
  timeoutMs?: number;
}

/** How long a transiently failing statement is retried (the driver's managed-transaction budget). */
const READ_RETRY_MS = 3_000;
const USER_AGENT = 'crimegraph/0.1';

export class Db {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly uri: string;
  private readonly txTimeoutMs: number;
  private readonly batchedReads: number | undefined;
  private readonly batchers = new Map<string, BatchedRead>();
  private readonly auth: AuthToken;
  /** Bounds every call's wait for a server that has stopped answering (liveness.ts). */
  readonly liveness: Liveness;
  /** The liveness ping's own driver (its own connections), made when the first ping is due. */
  private pingDriver: Driver | undefined;

  constructor(opts: DbOptions) {
    this.uri = opts.uri;
    this.database = opts.database;
    this.txTimeoutMs = opts.txTimeoutMs ?? 30_000;
    this.batchedReads = opts.batchedReads;
    this.auth = neo4j.auth.basic(opts.user, opts.password);
    const unresponsiveMs = opts.unresponsiveMs ?? 2_000;
    this.liveness = new Liveness(() => this.ping(), {
      pingTimeoutMs: unresponsiveMs,
      pingAfterMs: Math.ceil(unresponsiveMs / 2),
    });
    this.driver = neo4j.driver(opts.uri, this.auth, {
      // Short enough that a request during a Neo4j outage fails within a few seconds with
      // DB_UNAVAILABLE instead of hanging; a restarted server is picked up by the next request.
      // (A server that accepts connections and never answers is bounded by the liveness guard.)
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 3_000,
      maxTransactionRetryTime: READ_RETRY_MS,
      maxConnectionPoolSize: 100,
      // Integers arrive as JavaScript numbers (toPlain made them numbers anyway): no Integer
      // object per value to allocate and convert.
      disableLosslessIntegers: true,
      userAgent: USER_AGENT,
    });
  }

  session(mode: 'READ' | 'WRITE' = 'READ'): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /**
   * Runs a named read statement. A single statement needs no explicit transaction: it runs as an
   * auto-commit read (one round trip instead of begin, run, commit), retried like a managed
   * transaction when the error is transient (deadlock, leader switch, connection lost).
   */
  read(name: string, params: Params = {}, opts: QueryOptions = {}): Promise<Row[]> {
    const text = cypher(name);
    const values = toParam(params) as Params;
    const timeout = opts.timeoutMs ?? this.txTimeoutMs;
    return this.liveness.guard(async (call) => {
      const deadline = Date.now() + READ_RETRY_MS;
      for (let attempt = 1; ; attempt++) {
        const session = this.session('READ');
        try {
          const result = await withoutCallerStack(() => session.run(text, values, { timeout }));
          this.suspectUntil = 0;
          return result.records.map((r) => toPlain(r.toObject()) as Row);
        } catch (err) {
          const suspect = Date.now() < this.suspectUntil;
          if (!suspect && !call.abandoned && isRetryableError(err) && Date.now() < deadline) {
            await new Promise((r) => setTimeout(r, Math.min(1_000, 50 * 2 ** attempt)));
            continue;
          }
          throw this.failed(err);
        } finally {
          await session.close();
        }
      }
    });
  }

  /**
   * The named read statement, written for a batch (`UNWIND $batch AS q`, rows carrying q.key), as
   * a BatchedRead that merges concurrent requests for it (see batched-read.ts).
   */
  batched(name: string): BatchedRead {
    let batcher = this.batchers.get(name);
    if (!batcher) {
      batcher = new BatchedRead(this, name, { maxInFlight: this.batchedReads });
      this.batchers.set(name, batcher);
    }
    return batcher;
  }

  /** Runs a named write statement in a managed (retried) write transaction. */
  write(name: string, params: Params = {}, opts: QueryOptions = {}): Promise<Row[]> {
    return this.runNamed('WRITE', name, params, opts);
  }

  /** Like write(), and also returns what the statement changed (from the result summary). */
  writeCounted(name: string, params: Params = {}, opts: QueryOptions = {}): Promise<WriteCounters> {
    return this.transact(
      'WRITE',
      async (tx) => {
        const result = await tx.run(cypher(name), toParam(params) as Params);
        const c = result.summary.counters.updates();
        return {
          nodesCreated: c.nodesCreated,
          relationshipsCreated: c.relationshipsCreated,
          propertiesSet: c.propertiesSet,
          nodesDeleted: c.nodesDeleted,
          relationshipsDeleted: c.relationshipsDeleted,
        };
      },
      opts,
    );
  }

  /**
   * One write transaction whose later statements depend on earlier results (computed in JS in
   * between), e.g. the audit trail's read-head → hash → append. The driver may retry `fn`, so it
   * must have no effects outside the transaction.
   */
  async writeTransaction<T>(
    fn: (run: (name: string, params?: Params) => Promise<Row[]>) => Promise<T>,
    opts: QueryOptions = {},
  ): Promise<T> {
    return this.transact('WRITE', (tx) => fn((name, params = {}) => run(tx, name, params)), opts);
  }

  /** Several named statements in one write transaction (all or nothing). */
  writeAll(
    steps: ReadonlyArray<readonly [name: string, params: Params]>,
    opts: QueryOptions = {},
  ): Promise<Row[][]> {
    return this.writeTransaction(async (runStep) => {
      const results: Row[][] = [];
      for (const [name, params] of steps) results.push(await runStep(name, params));
      return results;
    }, opts);
  }

  /**
   * Streams the rows of a named read statement to `onRow` without holding the whole result in
   * memory (the driver pulls records in batches as they are consumed).
   */
  stream(name: string, params: Params, onRow: (row: Row) => void, opts: QueryOptions = {}): Promise<number> {
    return this.liveness.guard(async (call) => {
      const session = this.session('READ');
      let count = 0;
      try {
        const result = session.run(cypher(name), toParam(params) as Params, {
          timeout: opts.timeoutMs ?? 0,
        });
        for await (const record of result) {
          if (call.abandoned) break;
          onRow(toPlain(record.toObject()) as Row);
          count += 1;
        }
        return count;
      } catch (err) {
        throw translate(err);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * Runs a named statement in an auto-commit transaction: needed by `CALL { } IN TRANSACTIONS`
   * and `LOAD CSV` batches. Not retried; the statement must be idempotent.
   */
  autoCommit(name: string, params: Params = {}, opts: QueryOptions = {}): Promise<Row[]> {
    return this.liveness.guard(async () => {
      const session = this.session('WRITE');
      try {
        const result = await session.run(cypher(name), toParam(params) as Params, {
          timeout: opts.timeoutMs ?? 0,
        });
        return result.records.map((r) => toPlain(r.toObject()) as Row);
      } catch (err) {
        throw translate(err);
      } finally {
        await session.close();
      }
    });
  }

  /** Runs schema statements (which cannot share a transaction with writes) one by one. */
  runSchema(text: string): Promise<void> {
    return this.liveness.guard(async () => {
      const session = this.session('WRITE');
      try {
        await session.run(text);
      } catch (err) {
        throw translate(err);
      } finally {
        await session.close();
      }
    });
  }

  async serverInfo(): Promise<{ address: string; version: string; edition: string }> {
    const rows = await this.read('queries/health/get-components');
    const row = rows[0] ?? {};
    const info = await this.liveness.guard(() =>
      this.driver.getServerInfo({ database: this.database }).catch((err: unknown) => {
        throw translate(err);
      }),
    );
    return {
      address: info.address ?? this.uri,
      version: String(row.version ?? info.agent ?? 'unknown'),
      edition: String(row.edition ?? 'unknown'),
    };
  }

  verify(): Promise<void> {
    return this.liveness.guard(async () => {
      try {
        await this.driver.verifyConnectivity({ database: this.database });
      } catch (err) {
        throw translate(err);
      }
    });
  }

  /** Closes both drivers; calls from now on fail at once with DB_UNAVAILABLE. */
  async close(): Promise<void> {
    this.liveness.close();
    const ping = this.pingDriver;
    this.pingDriver = undefined;
    await Promise.all([this.driver.close(), ping?.close()]);
  }

  /**
   * One liveness ping, on the ping's own driver so that it never waits behind the pool's calls. A
   * ping that gets no answer keeps its connection until the server answers or the connection
   * breaks: at most two such connections (further pings then time out acquiring one).
   */
  private async ping(): Promise<void> {
    const ms = this.liveness.pingTimeoutMs;
    this.pingDriver ??= neo4j.driver(this.uri, this.auth, {
      maxConnectionPoolSize: 2,
      connectionAcquisitionTimeout: ms,
      connectionTimeout: ms,
      maxTransactionRetryTime: 0,
      disableLosslessIntegers: true,
      userAgent: USER_AGENT,
    });
    // Twice when the first fails on its connection: a pooled connection to a server restarted
    // since breaks on first use, and that says nothing about the server now (Liveness bounds both).
    for (let attempt = 1; ; attempt++) {
      const session = this.pingDriver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        await session.run(cypher('queries/health/ping'), {}, { timeout: ms });
        return;
      } catch (err) {
        if (attempt >= 2 || !isRetryableError(err)) throw err;
      } finally {
        // Not awaited: closing a session whose server does not answer waits for that answer.
        void session.close().catch(() => {});
      }
    }
  }

  private runNamed(mode: 'READ' | 'WRITE', name: string, params: Params, opts: QueryOptions): Promise<Row[]> {
    return this.transact(mode, (tx) => run(tx, name, params), opts);
  }

  /** Until this time the database is suspected down: one attempt per call, no retries. */
  private suspectUntil = 0;

  /** The error to throw for a failed statement; an unavailable database becomes suspect. */
  private failed(err: unknown): unknown {
    const known = translate(err);
    if (known instanceof AppError && known.code === 'DB_UNAVAILABLE') this.suspectUntil = Date.now() + 5_000;
    return known;
  }

  /**
   * A managed (retried) transaction normally; while the database has just been found unavailable,
   * a single unmanaged attempt, so that requests during an outage fail at once with
   * DB_UNAVAILABLE instead of each waiting out the driver's retries. The first success ends it.
   */
  private transact<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Pick<ManagedTransaction, 'run'>) => Promise<T>,
    opts: QueryOptions,
  ): Promise<T> {
    const timeout = opts.timeoutMs ?? this.txTimeoutMs;
    return this.liveness.guard(async (call) => {
      // A call answered DB_UNAVAILABLE (the server stopped answering) must not commit when the
      // server answers again, nor be retried: an AppError is not retryable, and ends in rollback.
      const guarded = async (tx: Pick<ManagedTransaction, 'run'>) => {
        if (call.abandoned) throw unresponsive();
        const result = await work(tx);
        if (call.abandoned) throw unresponsive();
        return result;
      };
      const session = this.session(mode);
      try {
        if (Date.now() < this.suspectUntil) {
          const tx = session.beginTransaction({ timeout });
          try {
            const result = await guarded(tx);
            await tx.commit();
            this.suspectUntil = 0;
            return result;
          } catch (err) {
            if (tx.isOpen()) await tx.rollback().catch(() => {});
            throw err;
          }
        }
        return mode === 'READ'
          ? await session.executeRead(guarded, { timeout })
          : await session.executeWrite(guarded, { timeout });
      } catch (err) {
        throw this.failed(err);
      } finally {
        await session.close();
      }
    });
  }
}

async function run(tx: Pick<ManagedTransaction, 'run'>, name: string, params: Params): Promise<Row[]> {
  const result = await withoutCallerStack(() => tx.run(cypher(name), toParam(params) as Params));
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/**
 * The driver captures the caller's stack trace for every statement it runs, to put on the error
 * should the statement fail; formatting that trace (through source maps) cost more CPU per request
 * than the rest of the driver's work for a small statement. It is not captured: a failure keeps
 * the driver's message and code, and reaches callers as an AppError (see failed()).
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function translate(err: unknown): unknown {
  if (err instanceof AppError) return err;
  return fromNeo4jError(err) ?? err;
}
