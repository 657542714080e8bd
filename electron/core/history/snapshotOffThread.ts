/**
 * The snapshot after an import (snapshots.ts: snapshotAfterImport), off the main thread: from
 * compiled JS in a worker thread of its own, from TypeScript sources (unit tests) inline.
 *
 * What a request sees meanwhile: the project as the import left it, without this snapshot (the
 * history lists the earlier ones); the snapshot is written in one transaction on its own
 * connection, so a reader sees it whole or not at all, once it has committed.
 */
import { Worker } from 'node:worker_threads';
import { compiledWorkerScript } from '../import/workerThread.js';
import { snapshotAfterImport } from './snapshots.js';

/** The worker's message once the snapshot has committed and it turns to the kept entries. */
export const KEEPING_ENTRIES = 'keeping entries';

/**
 * Resolves when the snapshot is written and, in the worker, the kept entries (snapshotWorker.ts)
 * when `keepUntil` is given, or when they could not be (it never rejects: the import stands).
 * Aborting `stop` terminates the worker; its open transaction then never commits. Aborting
 * `keepUntil` (another import is waiting) lets the snapshot finish and ends the worker as soon as
 * it turns to the entries: at a million customers they take seconds that import would wait.
 */
export function snapshotOffThread(
  projectPath: string,
  stop: AbortSignal,
  keepUntil: AbortSignal | null,
): Promise<void> {
  const script = compiledWorkerScript('./snapshotWorker.js', import.meta.url);
  if (!script) {
    snapshotAfterImport(projectPath);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: { projectPath, keepEntries: keepUntil !== null } });
    const terminate = () => void worker.terminate();
    let keeping = false;
    const yieldEntries = () => {
      if (keeping) terminate();
    };
    stop.addEventListener('abort', terminate, { once: true });
    keepUntil?.addEventListener('abort', yieldEntries, { once: true });
    worker.on('message', (message: unknown) => {
      if (message !== KEEPING_ENTRIES) return;
      keeping = true;
      if (keepUntil?.aborted) terminate();
    });
    worker.once('error', () => {});
    worker.once('exit', () => {
      stop.removeEventListener('abort', terminate);
      keepUntil?.removeEventListener('abort', yieldEntries);
      resolve();
    });
  });
}
