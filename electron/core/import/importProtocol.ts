/** Messages between the import runner (main thread) and the import worker. */
import type { WorkbenchErrorShape } from '../../../shared/errors.js';
import type { ImportOptions, ImportProgress, ImportReport } from '../../../shared/model/import.js';

export interface WorkerInput {
  jobId: string;
  projectPath: string;
  filePath: string;
  options: ImportOptions;
  replace: boolean;
  /** Int32Array over it; index 0 set to 1 asks the worker to stop and roll back. */
  cancelBuffer: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; error: WorkbenchErrorShape };
