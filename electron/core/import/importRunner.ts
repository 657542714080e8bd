/**
 * Starts imports and cancels them by job id. From compiled JS an import runs in a worker
 * thread; from TypeScript sources (unit tests) it runs inline on the same code path.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import type { ImportOptions, ImportProgress, ImportReport } from '../../../shared/model/import.js';
import { checkpointProject, runImportJob } from './importJob.js';
import type { WorkerInput, WorkerMessage } from './importProtocol.js';
import { compiledWorkerScript, startWorker } from './workerThread.js';

interface StartImport {
  jobId: string;
  projectPath: string;
  filePath: string;
  options: ImportOptions;
  replace: boolean;
  onProgress(progress: ImportProgress): void;
}

export class ImportRunner {
  private readonly running = new Map<string, Int32Array>();

  async run(job: StartImport): Promise<ImportReport> {
    if (this.running.has(job.jobId)) {
      throw new WorkbenchError('INVALID_PARAMS', `An import with job id ${job.jobId} is already running.`);
    }
    const flag = new Int32Array(new SharedArrayBuffer(4));
    this.running.set(job.jobId, flag);
    try {
      const workerFile = compiledWorkerScript('./importWorker.js', import.meta.url);
      return workerFile ? await runInWorker(workerFile, job, flag) : await runInline(job, flag);
    } finally {
      this.running.delete(job.jobId);
    }
  }

  cancel(jobId: string): boolean {
    const flag = this.running.get(jobId);
    if (!flag) return false;
    Atomics.store(flag, 0, 1);
    return true;
  }

  get busy(): boolean {
    return this.running.size > 0;
  }
}

async function runInline(job: StartImport, flag: Int32Array): Promise<ImportReport> {
  const report = await runImportJob({
    ...job,
    isCancelled: () => Atomics.load(flag, 0) === 1,
    cancelBuffer: flag.buffer as SharedArrayBuffer,
  });
  checkpointProject(job.projectPath);
  return report;
}

function runInWorker(file: string, job: StartImport, flag: Int32Array): Promise<ImportReport> {
  const workerData: WorkerInput = {
    jobId: job.jobId,
    projectPath: job.projectPath,
    filePath: job.filePath,
    options: job.options,
    replace: job.replace,
    cancelBuffer: flag.buffer as SharedArrayBuffer,
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = startWorker(file, workerData, 'The import', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') job.onProgress(message.progress);
      else {
        settled = true;
        if (message.type === 'done') resolve(message.report);
        else reject(new WorkbenchError(message.error.code, message.error.message, message.error.details));
      }
    });
  });
}
