/**
 * Worker-thread entry of an import: runs the job off the main thread (so the window and the
 * browser-mode server stay responsive) and reports progress, the report or an error shape;
 * after the report, it checkpoints the project's WAL before it exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorShape } from '../../../shared/errors.js';
import { checkpointProject, runImportJob } from './importJob.js';
import type { WorkerInput, WorkerMessage } from './importProtocol.js';

const input = workerData as WorkerInput;
const cancelFlag = new Int32Array(input.cancelBuffer);
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

runImportJob({
  jobId: input.jobId,
  projectPath: input.projectPath,
  filePath: input.filePath,
  options: input.options,
  replace: input.replace,
  append: input.append,
  fresh: input.fresh,
  isCancelled: () => Atomics.load(cancelFlag, 0) === 1,
  cancelBuffer: input.cancelBuffer,
  onProgress: (progress) => post({ type: 'progress', progress }),
})
  .then(
    (report) => {
      post({ type: 'done', report });
      checkpointProject(input.projectPath);
    },
    (error: unknown) =>
      post({ type: 'error', error: toErrorShape(error, { project: input.projectPath, file: input.filePath }) }),
  )
  // The checkpoint is housekeeping after the import succeeded: a failure there changes nothing.
  .catch(() => {});
