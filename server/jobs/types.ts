// Jobs: every analysis runs as one, stored in Neo4j as (:Job).
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const FINAL_STATUSES: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];

export interface Job {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  status: JobStatus;
  progress: number;
  message: string | null;
  /** Which engine ran the analysis: "graphology" (in-process, worker thread) or "gds". */
  engine: string | null;
  createdAt: number;
  createdBy: string | null;
  startedAt: number | null;
  finishedAt: number | null;
  error: string | null;
  /** The analysis run it produced, if any. */
  runId: string | null;
  result: unknown;
}

export interface JobContext {
  readonly job: Job;
  readonly signal: AbortSignal;
  /** Reports progress (0..1) and a short message; throttled before it reaches the database. */
  progress(fraction: number, message: string): void;
  setEngine(engine: string): void;
}

/** A kind of job: validates its parameters up front, then runs. */
export interface JobHandler {
  kind: string;
  /** Throws AppError BAD_USER_INPUT naming the field; returns the normalised parameters. */
  validate(params: Record<string, unknown>): Record<string, unknown>;
  run(ctx: JobContext): Promise<{ result: unknown; runId?: string }>;
}
