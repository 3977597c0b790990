// Bounds how long a database call waits for a Neo4j that has stopped answering.
//
// A hung server (a stopped JVM, a long GC freeze, a network that drops packets) still accepts TCP
// connections and requests, and never answers. The driver bounds the TCP connect
// (connectionTimeout) and the wait for a pooled connection (connectionAcquisitionTimeout), but
// nothing bounds the wait for an answer on a connection it has: the transaction timeout is the
// server's own, and a stopped server enforces nothing. Each call therefore runs under a guard:
// once a call has waited `pingAfterMs`, Neo4j is pinged over a connection of its own (`ping`), and
// when the ping is not answered within `pingTimeoutMs`, every waiting call fails with
// DB_UNAVAILABLE. A slow statement on a server that answers pings keeps running (its transaction
// timeout bounds it). While the server is found unresponsive, a new call pings at once, so it fails
// within `pingTimeoutMs`; the first answered ping or call ends that state, so the service recovers
// by itself when Neo4j answers again.
//
// A call that failed this way is abandoned, not cancelled: the driver's work goes on until the
// server answers or the connection breaks. `Call.abandoned` tells that work to stop (no retry, no
// commit), so a write reported as failed is rolled back when it can still be.
import { AppError, fromNeo4jError } from '../errors.ts';

export interface Call {
  /** True once the caller has been answered DB_UNAVAILABLE; the work should stop at its next step. */
  readonly abandoned: boolean;
}

export interface LivenessOptions {
  /** How long a call waits before Neo4j is pinged (default 1,000 ms). */
  pingAfterMs?: number;
  /** How long a ping may go unanswered before Neo4j is taken as hung (default 2,000 ms). */
  pingTimeoutMs?: number;
}

interface Waiting extends Call {
  readonly since: number;
  abandon(err: AppError): void;
}

export const unresponsive = () =>
  new AppError('DB_UNAVAILABLE', 'The database is not answering; try again shortly.');
export const closed = () =>
  new AppError('DB_UNAVAILABLE', 'The database connection is closed; try again shortly.');

export class Liveness {
  readonly pingAfterMs: number;
  readonly pingTimeoutMs: number;
  /** Calls not answered yet, oldest first (a Set keeps insertion order). */
  private readonly waiting = new Set<Waiting>();
  private timer: NodeJS.Timeout | undefined;
  private pinging = false;
  private lastPingAt = 0;
  private isClosed = false;
  /** True from an unanswered ping until the next answer (a ping's or a call's). */
  unresponsive = false;
  /** Pings sent and pings that went unanswered (for tests and logs). */
  readonly stats = { pings: 0, unanswered: 0 };

  constructor(
    private readonly ping: () => Promise<void>,
    opts: LivenessOptions = {},
  ) {
    this.pingAfterMs = opts.pingAfterMs ?? 1_000;
    this.pingTimeoutMs = opts.pingTimeoutMs ?? 2_000;
  }

  /** Runs `work`; fails with DB_UNAVAILABLE if Neo4j stops answering before it is done. */
  guard<T>(work: (call: Call) => Promise<T>): Promise<T> {
    if (this.isClosed) return Promise.reject(closed());
    return new Promise<T>((resolve, reject) => {
      const call: Waiting = {
        since: Date.now(),
        abandoned: false,
        abandon: (err) => {
          (call as { abandoned: boolean }).abandoned = true;
          this.waiting.delete(call);
          reject(err);
        },
      };
      this.waiting.add(call);
      const settle = (answered: boolean) => {
        this.waiting.delete(call);
        if (answered) this.unresponsive = false;
      };
      Promise.resolve()
        .then(() => work(call))
        .then(
          (value) => {
            if (call.abandoned) return;
            settle(true);
            resolve(value);
          },
          (err: unknown) => {
            if (call.abandoned) return;
            // An error Neo4j sent is an answer too; a connection that failed is not.
            settle(fromNeo4jError(err)?.code !== 'DB_UNAVAILABLE');
            reject(err);
          },
        );
      this.schedule();
    });
  }

  /** New calls fail at once; calls under way are left to the driver (closing it ends them). */
  close(): void {
    this.isClosed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Plans the next ping: when the oldest call has waited pingAfterMs (at once while unresponsive). */
  private schedule(): void {
    if (this.timer || this.pinging || this.waiting.size === 0 || this.isClosed) return;
    const oldest = this.waiting.values().next().value!;
    const due = this.unresponsive ? Date.now() : Math.max(oldest.since, this.lastPingAt) + this.pingAfterMs;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.check();
      },
      Math.max(0, due - Date.now()),
    );
    this.timer.unref();
  }

  private async check(): Promise<void> {
    const oldest = this.waiting.values().next().value;
    if (!oldest) return;
    if (!this.unresponsive && Date.now() - oldest.since < this.pingAfterMs) return this.schedule();
    this.pinging = true;
    try {
      const answered = await this.answered();
      this.lastPingAt = Date.now();
      if (answered) {
        this.unresponsive = false;
      } else {
        this.unresponsive = true;
        this.stats.unanswered += 1;
        for (const call of [...this.waiting]) call.abandon(unresponsive());
      }
    } finally {
      this.pinging = false;
      this.schedule();
    }
  }

  /** Whether Neo4j answered a ping in time (an error Neo4j sends is an answer). */
  private answered(): Promise<boolean> {
    this.stats.pings += 1;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), this.pingTimeoutMs);
      timer.unref();
      Promise.resolve()
        .then(() => this.ping())
        .then(
          () => resolve(true),
          (err: unknown) => resolve(fromNeo4jError(err)?.code !== 'DB_UNAVAILABLE'),
        )
        .finally(() => clearTimeout(timer));
    });
  }
}
