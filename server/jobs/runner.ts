// The job runner: jobs are queued in Neo4j, run one at a time per process (analyses are CPU-bound
// and run in a worker thread, so the API's event loop stays free), report progress, can be
// cancelled, and are never left "running" forever: a job whose process died is marked failed
// "interrupted by restart" when this or any runner next sweeps (heartbeats tell live from dead).
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Db, Row } from '../db/db.ts';
import { AppError, badInput, notFound } from '../errors.ts';
import { FINAL_STATUSES, type Job, type JobHandler, type JobStatus } from './types.ts';

export const INTERRUPTED = 'interrupted by restart';

export interface RunnerOptions {
  /** A running job whose heartbeat is older than this is taken as dead (default 20 s). */
  staleAfterMs?: number;
  heartbeatMs?: number;
  /** Pick up jobs left queued by an earlier start (default true). */
  resumeQueued?: boolean;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
}

function toJob(row: Row | undefined): Job {
  const j = (row?.job ?? {}) as Record<string, unknown>;
  const parse = (v: unknown) => {
    if (typeof v !== 'string') return v ?? null;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  };
  return {
    id: String(j.id),
    kind: String(j.kind),
    params: (parse(j.params) ?? {}) as Record<string, unknown>,
    status: j.status as JobStatus,
    progress: Number(j.progress ?? 0),
    message: (j.message as string | undefined) ?? null,
    engine: (j.engine as string | undefined) ?? null,
    createdAt: Number(j.createdAt),
    createdBy: (j.createdBy as string | undefined) ?? null,
    startedAt: (j.startedAt as number | undefined) ?? null,
    finishedAt: (j.finishedAt as number | undefined) ?? null,
    error: (j.error as string | undefined) ?? null,
    runId: (j.runId as string | undefined) ?? null,
    result: parse(j.result),
  };
}

export class JobRunner {
  readonly owner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly queue: string[] = [];
  private readonly running = new Map<string, AbortController>();
  private readonly idle = new Set<() => void>();
  private pumping = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly staleAfterMs: number;
  private readonly heartbeatMs: number;

  constructor(
    private readonly db: Db,
    private readonly opts: RunnerOptions = {},
  ) {
    this.staleAfterMs = opts.staleAfterMs ?? 20_000;
    this.heartbeatMs = opts.heartbeatMs ?? Math.max(50, Math.floor(this.staleAfterMs / 4));
  }

  register(handler: JobHandler): this {
    this.handlers.set(handler.kind, handler);
    return this;
  }

  get kinds(): string[] {
    return [...this.handlers.keys()];
  }

  /** Marks dead jobs failed, resumes queued ones and starts heartbeats. */
  async start(): Promise<void> {
    await this.sweep();
    if (this.opts.resumeQueued ?? true) {
      const rows = await this.db.read('queries/jobs/list-queued-jobs', { limit: 1000 });
      for (const r of rows) {
        const job = toJob(r);
        if (this.handlers.has(job.kind)) this.queue.push(job.id);
      }
      void this.pump();
    }
    this.timer = setInterval(() => void this.tick(), this.heartbeatMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      if (this.running.size) {
        await this.db.write('queries/jobs/heartbeat-jobs', {
          ids: [...this.running.keys()],
          now: Date.now(),
        });
      }
      await this.sweep();
    } catch (err) {
      this.opts.log?.('job heartbeat failed', { err: (err as Error).message });
    }
  }

  /** Fails jobs left running by a process that stopped heartbeating. Returns their ids. */
  async sweep(): Promise<string[]> {
    const now = Date.now();
    const rows = await this.db.write('queries/jobs/fail-stale-jobs', {
      owner: this.owner,
      staleBefore: now - this.staleAfterMs,
      now,
      reason: INTERRUPTED,
    });
    const ids = rows.map((r) => String(r.id));
    if (ids.length) this.opts.log?.(`marked ${ids.length} interrupted job(s) failed`, { ids });
    return ids;
  }

  /** Validates and queues a job; returns it at once (status queued). */
  async submit(kind: string, params: Record<string, unknown>, createdBy: string | null): Promise<Job> {
    if (this.stopped)
      throw new AppError('DB_UNAVAILABLE', 'The service is shutting down; try again shortly.');
    const handler = this.handlers.get(kind);
    if (!handler)
      throw badInput(`job.kind: unknown kind "${kind}"; expected one of ${this.kinds.join(', ')}.`);
    const normalised = handler.validate(params);
    const now = Date.now();
    const rows = await this.db.write('queries/jobs/create-job', {
      job: {
        id: randomUUID(),
        kind,
        params: JSON.stringify(normalised),
        status: 'queued',
        progress: 0,
        message: 'queued',
        createdAt: now,
        createdBy,
        owner: this.owner,
        heartbeatAt: now,
      },
    });
    const job = toJob(rows[0]);
    this.queue.push(job.id);
    void this.pump();
    return job;
  }

  async get(id: string): Promise<Job> {
    const row = (await this.db.read('queries/jobs/get-job', { id }))[0];
    if (!row) throw notFound(`Job ${id} does not exist.`);
    return toJob(row);
  }

  async list(opts: {
    status?: JobStatus | null;
    kind?: string | null;
    skip: number;
    limit: number;
  }): Promise<Job[]> {
    const rows = await this.db.read('queries/jobs/list-jobs', {
      status: opts.status ?? null,
      kind: opts.kind ?? null,
      skip: opts.skip,
      limit: opts.limit,
    });
    return rows.map(toJob);
  }

  /** Cancels a queued or running job (a running one's worker thread is terminated). */
  async cancel(id: string): Promise<Job> {
    const job = await this.get(id);
    if (FINAL_STATUSES.includes(job.status)) {
      throw new AppError(
        'CONFLICT',
        `Job ${id} has already ${job.status === 'cancelled' ? 'been cancelled' : job.status}.`,
      );
    }
    const moved = await this.transition(id, ['queued', 'running'], {
      status: 'cancelled',
      message: 'cancelled',
      finishedAt: Date.now(),
    });
    if (!moved) {
      // It finished between the read above and the transition.
      const now = await this.get(id);
      throw new AppError('CONFLICT', `Job ${id} has already ${now.status}.`);
    }
    this.running.get(id)?.abort(new AppError('CONFLICT', 'cancelled'));
    const i = this.queue.indexOf(id);
    if (i >= 0) this.queue.splice(i, 1);
    return moved;
  }

  /** Resolves when the job reaches a final status (polling the database, so any process's job works). */
  async wait(id: string, onUpdate?: (job: Job) => void, pollMs = 200): Promise<Job> {
    for (;;) {
      const job = await this.get(id);
      onUpdate?.(job);
      if (FINAL_STATUSES.includes(job.status)) return job;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  /** Resolves when nothing is queued or running in this process. */
  whenIdle(): Promise<void> {
    if (!this.pumping && this.queue.length === 0) return Promise.resolve();
    return new Promise((r) => this.idle.add(r));
  }

  /** Stops taking jobs, cancels running ones (marked failed: interrupted by shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.queue.length = 0;
    for (const [id, ctrl] of this.running) {
      await this.transition(id, ['running'], {
        status: 'failed',
        error: 'interrupted by shutdown',
        message: 'interrupted by shutdown',
        finishedAt: Date.now(),
      }).catch(() => undefined);
      ctrl.abort(new Error('interrupted by shutdown'));
    }
    await this.whenIdle();
  }

  private async transition(
    id: string,
    from: JobStatus[],
    set: Record<string, unknown>,
  ): Promise<Job | undefined> {
    const row = (await this.db.write('queries/jobs/transition-job', { id, from, set }))[0];
    return row ? toJob(row) : undefined;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (!this.stopped && this.queue.length > 0) {
        const id = this.queue.shift()!;
        await this.runOne(id).catch((err: unknown) =>
          this.opts.log?.('job runner error', { id, err: (err as Error).message }),
        );
      }
    } finally {
      this.pumping = false;
      for (const r of this.idle) r();
      this.idle.clear();
    }
  }

  private async runOne(id: string): Promise<void> {
    const started = await this.transition(id, ['queued'], {
      status: 'running',
      startedAt: Date.now(),
      heartbeatAt: Date.now(),
      owner: this.owner,
      message: 'starting',
      progress: 0,
    });
    if (!started) return; // cancelled meanwhile, or claimed by another process
    const handler = this.handlers.get(started.kind)!;
    const ctrl = new AbortController();
    this.running.set(id, ctrl);
    let lastWrite = 0;
    let pending: Promise<unknown> = Promise.resolve();
    const ctx = {
      job: started,
      signal: ctrl.signal,
      progress: (fraction: number, message: string) => {
        const now = Date.now();
        if (now - lastWrite < 250 && fraction < 1) return;
        lastWrite = now;
        const p = Math.max(0, Math.min(1, fraction));
        pending = pending
          .then(() => this.transition(id, ['running'], { progress: p, message, heartbeatAt: now }))
          .catch(() => undefined);
      },
      setEngine: (engine: string) => {
        pending = pending.then(() => this.transition(id, ['running'], { engine })).catch(() => undefined);
      },
    };
    try {
      const out = await handler.run(ctx);
      await pending;
      await this.transition(id, ['running'], {
        status: 'succeeded',
        progress: 1,
        message: 'done',
        finishedAt: Date.now(),
        result: JSON.stringify(out.result ?? null),
        runId: out.runId ?? null,
      });
    } catch (err) {
      await pending;
      if (!ctrl.signal.aborted) {
        const message = err instanceof AppError ? err.message : `${(err as Error).message}`;
        this.opts.log?.('job failed', { id, kind: started.kind, err: (err as Error).stack });
        await this.transition(id, ['running'], {
          status: 'failed',
          error: message,
          message,
          finishedAt: Date.now(),
        });
      }
    } finally {
      this.running.delete(id);
    }
  }
}
