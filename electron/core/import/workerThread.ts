/**
 * The one way the import starts a worker thread. Worker threads load compiled JS: from the
 * compiled engine a job runs in its worker, from TypeScript sources (unit tests) the caller runs
 * the same code inline instead.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { WorkbenchError } from '../../../shared/errors.js';
import type { ImportOptions } from '../../../shared/model/import.js';

/** What both of the import's workers are given: the project, the file and how to read it, the cancel flag. */
export interface WorkerFileJob {
  projectPath: string;
  filePath: string;
  options: ImportOptions;
  /** Int32Array over it; index 0 set to 1 asks the import to stop and roll back. */
  cancelBuffer: SharedArrayBuffer;
}

/** The compiled worker script `relative` to `base` (the caller's import.meta.url), or null when running from sources. */
export function compiledWorkerScript(relative: string, base: string): string | null {
  const file = fileURLToPath(new URL(relative, base));
  return file.endsWith('.js') && fs.existsSync(file) && base.endsWith('.js') ? file : null;
}

/**
 * Starts `script` with `workerData`. A crash or an exit is reported once through `failed`, as an
 * IMPORT_FAILED error naming `task` ("The import", "Reading the file"); after the job's own last
 * message the caller ignores it. The caller listens for the worker's messages itself. `limits`
 * bounds the thread's heap (threadLimits.ts); without it V8's defaults apply.
 */
export function startWorker(
  script: string,
  workerData: unknown,
  task: string,
  failed: (error: Error) => void,
  limits?: ResourceLimits,
): Worker {
  const worker = new Worker(script, { workerData, ...(limits ? { resourceLimits: limits } : {}) });
  worker.on('error', (error) =>
    failed(new WorkbenchError('IMPORT_FAILED', `${task} stopped unexpectedly: ${error.message}`)),
  );
  worker.on('exit', (code) =>
    failed(new WorkbenchError('IMPORT_FAILED', `${task} stopped unexpectedly (exit code ${code}).`)),
  );
  return worker;
}
