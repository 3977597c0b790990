// The worker thread: receives one task, runs the pure analysis, posts progress and the result.
// Analyses never run on the API's event loop: neither the graphology engine's, nor the in-process
// parts of the GDS engine's jobs (server/features/analysis/gds-tasks.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { WORKER_TASKS, type WorkerTaskName } from './run-in-worker.ts';

const { task, input } = workerData as { task: WorkerTaskName; input: never };
const port = parentPort!;
try {
  const run = WORKER_TASKS[task] as (input: never, p: (f: number, m: string) => void) => unknown;
  const result = run(input, (fraction, message) => port.postMessage({ type: 'progress', fraction, message }));
  port.postMessage({ type: 'result', result });
} catch (err) {
  port.postMessage({ type: 'error', message: (err as Error).message, stack: (err as Error).stack });
}
