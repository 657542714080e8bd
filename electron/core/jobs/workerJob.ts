/**
 * One job in one worker thread, seen from the thread that started it: the worker's progress
 * messages go to `onProgress`, its last message settles `result`, and `cancel` terminates the
 * worker (its own worker threads end with it) and settles `result` with a CANCELLED error. After
 * that nothing the worker sent is passed on: a cancelled job never answers late.
 */
import { Worker } from 'node:worker_threads';
import { WorkbenchError, type WorkbenchErrorShape } from '../../../shared/errors.js';

export type WorkerJobMessage<R, P> =
  | { type: 'progress'; progress: P }
  | { type: 'done'; result: R }
  | { type: 'error'; error: WorkbenchErrorShape };

export interface WorkerJob<R> {
  readonly result: Promise<R>;
  /** Stops the worker; resolves once its thread is gone. */
  cancel(): Promise<void>;
}

export interface WorkerJobOptions<P> {
  /** The job as a user names it ("The clustering"), for the messages of a crash or a cancel. */
  task: string;
  onProgress(progress: P): void;
}

export function startWorkerJob<R, P>(script: string, workerData: unknown, options: WorkerJobOptions<P>): WorkerJob<R> {
  const worker = new Worker(script, { workerData });
  let settled = false;
  let cancelling = false;
  let settle: (outcome: { ok: true; value: R } | { ok: false; error: Error }) => void = () => {};
  const result = new Promise<R>((resolve, reject) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    };
  });
  const cancelled = () => new WorkbenchError('CANCELLED', `${options.task} was cancelled.`);
  worker.on('message', (message: WorkerJobMessage<R, P>) => {
    if (settled || cancelling) return;
    if (message.type === 'progress') options.onProgress(message.progress);
    else if (message.type === 'done') settle({ ok: true, value: message.result });
    else
      settle({
        ok: false,
        error: new WorkbenchError(message.error.code, message.error.message, message.error.details),
      });
  });
  worker.on('error', (error) =>
    settle({
      ok: false,
      error: cancelling
        ? cancelled()
        : new WorkbenchError('INTERNAL', `${options.task} stopped unexpectedly (${error.message}). Run it again.`),
    }),
  );
  worker.on('exit', (code) =>
    settle({
      ok: false,
      error: cancelling
        ? cancelled()
        : new WorkbenchError('INTERNAL', `${options.task} stopped unexpectedly (exit code ${code}). Run it again.`),
    }),
  );
  return {
    result,
    async cancel() {
      if (settled || cancelling) return;
      cancelling = true;
      await worker.terminate();
      settle({ ok: false, error: cancelled() });
    },
  };
}
