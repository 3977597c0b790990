// bcrypt off the event loop: a small fixed pool of worker threads (password-worker.mjs) with a
// bounded queue. One bcrypt call at cost 10 is ~80 ms of CPU; on the main thread 150 concurrent
// logins starved every other request for seconds. Here a full queue refuses at once with
// RATE_LIMITED, so a flood costs the service a bounded amount of waiting and memory.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';

const ENTRY = new URL('./password-worker.mjs', import.meta.url);

type Job = { op: 'hash'; input: string; rounds: number } | { op: 'compare'; input: string; hash: string };

interface Pending {
  job: Job;
  resolve: (value: string | boolean) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | undefined;
}

export interface PasswordHasherOptions {
  /** Threads; default half the cores, at least 1 (the event loop and Neo4j need the rest). */
  workers?: number | undefined;
  /** Jobs waiting for a thread beyond those running; more are refused with RATE_LIMITED. */
  queue?: number | undefined;
}

export const defaultHashWorkers = (): number => Math.max(1, Math.floor(availableParallelism() / 2));

export class PasswordHasher {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private readonly size: number;
  private readonly maxQueue: number;
  private closed = false;
  /** How many jobs ran, and how many were refused because the queue was full. */
  readonly stats = { hashes: 0, compares: 0, refused: 0 };

  constructor(opts: PasswordHasherOptions = {}) {
    this.size = opts.workers ?? defaultHashWorkers();
    this.maxQueue = opts.queue ?? 64;
  }

  hash(input: string, rounds: number): Promise<string> {
    this.stats.hashes++;
    return this.submit({ op: 'hash', input, rounds }) as Promise<string>;
  }

  compare(input: string, hash: string): Promise<boolean> {
    this.stats.compares++;
    return this.submit({ op: 'compare', input, hash }) as Promise<boolean>;
  }

  /** Jobs running and waiting. */
  get load(): { running: number; waiting: number } {
    return { running: this.slots.filter((s) => s.busy).length, waiting: this.waiting.length };
  }

  private submit(job: Job): Promise<string | boolean> {
    if (this.closed) return Promise.reject(new AppError('DB_UNAVAILABLE', 'The service is shutting down.'));
    return new Promise((resolve, reject) => {
      const pending: Pending = { job, resolve, reject };
      const idle = this.slots.find((s) => !s.busy) ?? this.spawn();
      if (idle) {
        this.run(idle, pending);
        return;
      }
      if (this.waiting.length >= this.maxQueue) {
        this.stats.refused++;
        reject(
          new AppError(
            'RATE_LIMITED',
            'Too many sign-ins are being checked at once; try again in a few seconds.',
            { retryAfterSeconds: 2 },
          ),
        );
        return;
      }
      this.waiting.push(pending);
    });
  }

  /** A new thread while the pool is below its size, else undefined. */
  private spawn(): Slot | undefined {
    if (this.slots.length >= this.size) return undefined;
    const slot: Slot = { worker: new Worker(ENTRY), busy: undefined };
    // Idle threads do not keep the process alive; close() ends them on shutdown.
    slot.worker.unref();
    slot.worker.on('message', (msg: { result?: string | boolean; error?: string }) => {
      const done = slot.busy;
      slot.busy = undefined;
      if (done) {
        if (msg.error !== undefined) done.reject(new Error(`password hashing failed: ${msg.error}`));
        else done.resolve(msg.result!);
      }
      this.next(slot);
    });
    const fail = (err: Error) => {
      // A thread that dies takes its job with it; the slot is replaced on the next job.
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      slot.busy?.reject(err);
      slot.busy = undefined;
      if (!this.closed && this.waiting.length) {
        const fresh = this.spawn();
        if (fresh) this.next(fresh);
      }
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`password worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  private run(slot: Slot, pending: Pending): void {
    slot.busy = pending;
    slot.worker.postMessage({ id: 0, ...pending.job });
  }

  private next(slot: Slot): void {
    const pending = this.waiting.shift();
    if (pending) this.run(slot, pending);
  }

  /** Ends the threads; jobs still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.waiting.splice(0))
      p.reject(new AppError('DB_UNAVAILABLE', 'The service is shutting down.'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
