// Runs an analysis task in a worker thread; resolves with its result, reports its progress, and
// terminates the thread when the signal aborts (job cancelled, service shutting down).
import { Worker } from 'node:worker_threads';
import { TASKS } from '../analysis/tasks.ts';
import { GDS_TASKS } from '../features/analysis/gds-tasks.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

/** Every task a worker runs: the graphology engine's analyses and the GDS engine's in-process parts. */
export const WORKER_TASKS = { ...TASKS, ...GDS_TASKS } as const;
export type WorkerTaskName = keyof typeof WORKER_TASKS;

export type TaskInput<T extends WorkerTaskName> = Parameters<(typeof WORKER_TASKS)[T]>[0];
export type TaskOutput<T extends WorkerTaskName> = ReturnType<(typeof WORKER_TASKS)[T]>;

export function runInWorker<T extends WorkerTaskName>(
  task: T,
  input: TaskInput<T>,
  onProgress: (fraction: number, message: string) => void,
  signal?: AbortSignal,
): Promise<TaskOutput<T>> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const worker = new Worker(ENTRY, { workerData: { task, input } });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      void worker.terminate();
      finish(() => reject(signal!.reason as Error));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (msg: { type: string; fraction?: number; message?: string; result?: unknown }) => {
      if (msg.type === 'progress') onProgress(msg.fraction ?? 0, msg.message ?? '');
      else if (msg.type === 'result') {
        finish(() => resolve(msg.result as TaskOutput<T>));
        void worker.terminate();
      } else if (msg.type === 'error') {
        finish(() => reject(new Error(`analysis worker failed: ${msg.message}`)));
        void worker.terminate();
      }
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => finish(() => reject(new Error(`analysis worker exited with code ${code}`))));
  });
}
