// Watching an analysis job (takedown, evolution): poll its status until it ends, reporting its
// progress in the reader's language. The job's own message (server English) is never shown.
import i18next from 'i18next';
import type { JobStatus } from '../../api/__generated__/operations.ts';
import { ApiError } from '../../app/api.ts';
import { formatPercent } from '../../i18n/format.ts';

export interface JobLike {
  id: string;
  status: JobStatus;
  progress: number;
  createdAt: number;
  createdBy: string | null;
  finishedAt: number | null;
  params: unknown;
}

/** Polls `get(id)` until the job ends; throws JOB_FAILED / JOB_CANCELLED when it does not succeed. */
export async function waitForJob<J extends JobLike>(
  job: J,
  get: (id: string) => Promise<J>,
  onProgress: (j: J) => void,
  signal?: AbortSignal,
  intervalMs = 500,
): Promise<J> {
  let j = job;
  onProgress(j);
  while (j.status === 'queued' || j.status === 'running') {
    await new Promise((r) => setTimeout(r, intervalMs));
    if (signal?.aborted) throw new ApiError('CLIENT_ABORTED', 'aborted');
    j = await get(j.id);
    onProgress(j);
  }
  if (j.status !== 'succeeded') throw new ApiError(`JOB_${j.status.toUpperCase()}`, `job ${j.status}`);
  return j;
}

/** "Running 45%" in the reader's language. */
export function jobStatusText(j: Pick<JobLike, 'status' | 'progress'>): string {
  const status = i18next.t(`takedown:job.${j.status}`);
  return j.status === 'running' ? `${status} ${formatPercent(j.progress)}` : status;
}

/** A JSON parameter object's field, typed loosely. */
export function param<T>(params: unknown, key: string): T | undefined {
  if (!params || typeof params !== 'object') return undefined;
  return (params as Record<string, unknown>)[key] as T | undefined;
}
