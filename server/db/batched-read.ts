// Concurrent requests for the same read statement, merged into one statement.
//
// Neo4j spends a part of every statement on the statement itself (its message, transaction, cached
// plan and the pipeline built from it), and the driver a part on the session, the messages and the
// result: for a 2-hop neighbourhood, about a fifth of Neo4j's CPU per answer (`npm run bench --
// api`). A statement written for a batch (`UNWIND $batch AS q ...`, every answer row carrying its
// q.key) answers several requests for that price. Requests go out at once while fewer than
// `maxInFlight` of the statement are running, so a lone request waits for nothing; while that many
// run, requests queue, and each one that finishes sends everything queued (up to `maxBatch`) as
// the next. Under load the batches grow by themselves; at rest they are batches of one.
//
// A batch that fails is sent again one request at a time, so that a request that cannot be answered
// (its own timeout, a value Neo4j refuses) fails alone and the others get their answers. A batch
// that failed because the database is unavailable fails as a whole: sending its requests again
// would only make each wait out the outage a second time.
import os from 'node:os';
import { AppError } from '../errors.ts';
import type { Params, Row } from './values.ts';

/** What a batched read needs from the database: one read statement with a timeout (Db.read). */
export interface StatementReader {
  read(name: string, params: Params, opts: { timeoutMs: number }): Promise<Row[]>;
}

export interface BatchedReadOptions {
  /**
   * Statements of this kind running at once (the rest queue and are merged). Default: twice this
   * machine's cores, at least 4 (an embedded Neo4j shares them; NEO4J_BATCHED_READS for another).
   */
  maxInFlight?: number | undefined;
  /** Most requests in one statement (default 16). */
  maxBatch?: number | undefined;
}

interface Waiting {
  item: Params;
  timeoutMs: number;
  resolve: (rows: Row[]) => void;
  reject: (err: unknown) => void;
}

export class BatchedRead {
  private readonly maxInFlight: number;
  private readonly maxBatch: number;
  private inFlight = 0;
  /** Queued requests, by the parameters they share with their batch (JSON of `shared`). */
  private readonly queues = new Map<string, { shared: Params; waiting: Waiting[] }>();
  /** Statements sent and requests answered (for tests and the benchmark's detail). */
  readonly stats = { statements: 0, requests: 0 };

  constructor(
    private readonly db: StatementReader,
    private readonly name: string,
    opts: BatchedReadOptions = {},
  ) {
    this.maxInFlight = opts.maxInFlight ?? Math.max(4, 2 * os.availableParallelism());
    this.maxBatch = opts.maxBatch ?? 16;
  }

  /**
   * The rows of `item`'s answer. `item` becomes one element of $batch (with its `key` set here);
   * `shared` are the statement's other parameters, which every request of a batch has the same.
   */
  run(item: Params, shared: Params, timeoutMs: number): Promise<Row[]> {
    return new Promise((resolve, reject) => {
      const group = JSON.stringify(shared);
      let queue = this.queues.get(group);
      if (!queue) {
        queue = { shared, waiting: [] };
        this.queues.set(group, queue);
      }
      queue.waiting.push({ item, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  /** Sends queued requests while there is room, the longest-waiting group first. */
  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queues.size > 0) {
      const [group, queue] = this.queues.entries().next().value!;
      const batch = queue.waiting.splice(0, this.maxBatch);
      if (queue.waiting.length === 0) this.queues.delete(group);
      this.inFlight += 1;
      void this.send(queue.shared, batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async send(shared: Params, batch: Waiting[]): Promise<void> {
    try {
      const answers = await this.statement(shared, batch);
      batch.forEach((w, i) => w.resolve(answers[i]!));
    } catch (err) {
      if (batch.length === 1 || (err instanceof AppError && err.code === 'DB_UNAVAILABLE')) {
        for (const w of batch) w.reject(err);
        return;
      }
      // One at a time, so that what failed fails alone.
      await Promise.all(
        batch.map((w) =>
          this.statement(shared, [w]).then(
            (answers) => w.resolve(answers[0]!),
            (e: unknown) => w.reject(e),
          ),
        ),
      );
    }
  }

  /** One statement for `batch`: each request's rows, in the order of `batch`. */
  private async statement(shared: Params, batch: Waiting[]): Promise<Row[][]> {
    this.stats.statements += 1;
    this.stats.requests += batch.length;
    const rows = await this.db.read(
      this.name,
      { ...shared, batch: batch.map((w, key) => ({ ...w.item, key })) },
      { timeoutMs: Math.max(...batch.map((w) => w.timeoutMs)) },
    );
    const answers: Row[][] = batch.map(() => []);
    for (const row of rows) {
      const key = row.key;
      if (typeof key === 'number' && answers[key]) answers[key].push(row);
    }
    return answers;
  }
}
