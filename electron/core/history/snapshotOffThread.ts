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

/**
 * Resolves when the snapshot (and in the worker, unless `keepEntries` is false, the kept entries:
 * snapshotWorker.ts) is written, or
 * could not be (it never rejects: the import stands). Aborting `stop` terminates the worker; its
 * open transaction then never commits.
 */
export function snapshotOffThread(projectPath: string, stop: AbortSignal, keepEntries = true): Promise<void> {
  const script = compiledWorkerScript('./snapshotWorker.js', import.meta.url);
  if (!script) {
    snapshotAfterImport(projectPath);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: { projectPath, keepEntries } });
    const terminate = () => void worker.terminate();
    stop.addEventListener('abort', terminate, { once: true });
    worker.once('error', () => {});
    worker.once('exit', () => {
      stop.removeEventListener('abort', terminate);
      resolve();
    });
  });
}
