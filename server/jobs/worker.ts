// The worker thread: receives one task, runs the pure analysis, posts progress and the result.
// Analyses never run on the API's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { TASKS, type TaskName } from '../analysis/tasks.ts';

const { task, input } = workerData as { task: TaskName; input: never };
const port = parentPort!;
try {
  const run = TASKS[task] as (input: never, p: (f: number, m: string) => void) => unknown;
  const result = run(input, (fraction, message) => port.postMessage({ type: 'progress', fraction, message }));
  port.postMessage({ type: 'result', result });
} catch (err) {
  port.postMessage({ type: 'error', message: (err as Error).message, stack: (err as Error).stack });
}
