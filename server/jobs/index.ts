// The service's job runner with the analysis jobs registered.
import type { Db } from '../db/db.ts';
import type { Logger } from '../logger.ts';
import { analysisJobs } from './analysis-jobs.ts';
import { JobRunner, type RunnerOptions } from './runner.ts';

export function createJobRunner(db: Db, logger: Logger, opts: RunnerOptions = {}): JobRunner {
  const runner = new JobRunner(db, { log: (msg, extra) => logger.warn(extra ?? {}, msg), ...opts });
  for (const h of analysisJobs(db)) runner.register(h);
  return runner;
}

export { JobRunner } from './runner.ts';
