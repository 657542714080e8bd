/** Messages between the import runner (main thread) and the import worker. */
import type { WorkbenchErrorShape } from '../../../shared/errors.js';
import type { ImportProgress, ImportReport } from '../../../shared/model/import.js';
import type { WorkerFileJob } from './workerThread.js';

export interface WorkerInput extends WorkerFileJob {
  jobId: string;
  replace: boolean;
  append: boolean;
  /** Written into a copy and swapped in (importJob.ts: fresh). */
  fresh: boolean;
}

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; error: WorkbenchErrorShape };
