/**
 * Worker-thread entry of an import of several files: like the single-file import (importWorker.ts)
 * it runs off the main thread, so the window and the browser-mode server stay responsive while
 * a million lines are staged and joined, and the cancel flag is shared with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorShape } from '../../../../shared/errors.js';
import { checkpointProject } from '../importJob.js';
import { runImportSet } from './runSet.js';
import type { SetWorkerInput, SetWorkerMessage } from './setProtocol.js';

const input = workerData as SetWorkerInput;
const cancelFlag = new Int32Array(input.cancelBuffer);
const post = (message: SetWorkerMessage) => parentPort?.postMessage(message);

runImportSet({
  projectPath: input.projectPath,
  paths: input.paths,
  ...(input.choices ? { choices: input.choices } : {}),
  replace: input.replace,
  isCancelled: () => Atomics.load(cancelFlag, 0) === 1,
})
  .then(
    (report) => {
      post({ type: 'done', report });
      checkpointProject(input.projectPath);
    },
    (error: unknown) => post({ type: 'error', error: toErrorShape(error, { project: input.projectPath }) }),
  )
  // The checkpoint is housekeeping after the import succeeded: a failure there changes nothing.
  .catch(() => {});
