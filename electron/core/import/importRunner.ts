/**
 * Starts imports and cancels them by job id. From compiled JS an import runs in a worker
 * thread; from TypeScript sources (unit tests) it runs inline on the same code path.
 */
import path from 'node:path';
import type { RunningImport } from '../../../shared/contract/import.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { ImportOptions, ImportProgress, ImportReport } from '../../../shared/model/import.js';
import type { ImportSetReport, SetChoices } from '../../../shared/model/importSet.js';
import { checkpointProject, runImportJob } from './importJob.js';
import type { WorkerInput, WorkerMessage } from './importProtocol.js';
import { runImportSet } from './set/runSet.js';
import type { SetWorkerInput, SetWorkerMessage } from './set/setProtocol.js';
import { compiledWorkerScript, startWorker } from './workerThread.js';

interface StartImport {
  jobId: string;
  projectPath: string;
  filePath: string;
  options: ImportOptions;
  replace: boolean;
  /** Merge into the data of the same kind instead of replacing it (see datasets/append.ts). */
  append?: boolean;
  /** The project was made for this import and no connection has it open (importJob.ts: fresh). */
  fresh?: boolean;
  onProgress(progress: ImportProgress): void;
}

interface StartSetImport {
  jobId: string;
  projectPath: string;
  paths: string[];
  choices?: SetChoices;
  replace: boolean;
}

interface Running {
  flag: Int32Array;
  status: RunningImport;
}

/** Called with the project file after an import committed (history/snapshots.ts takes a snapshot then). */
export type AfterImport = (projectPath: string) => void;

export class ImportRunner {
  private readonly running = new Map<string, Running>();

  constructor(private readonly afterImport: AfterImport = () => {}) {}

  async run(job: StartImport): Promise<ImportReport> {
    if (this.running.has(job.jobId)) {
      throw new WorkbenchError('INVALID_PARAMS', `An import with job id ${job.jobId} is already running.`);
    }
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const status: RunningImport = { jobId: job.jobId, file: path.basename(job.filePath), progress: null };
    this.running.set(job.jobId, { flag, status });
    // The last progress is kept so that a page opened later can show where the import is.
    const followed: StartImport = {
      ...job,
      onProgress: (progress) => {
        status.progress = progress;
        job.onProgress(progress);
      },
    };
    try {
      const workerFile = compiledWorkerScript('./importWorker.js', import.meta.url);
      const report = workerFile ? await runInWorker(workerFile, followed, flag) : await runInline(followed, flag);
      this.afterImport(job.projectPath);
      return report;
    } finally {
      this.running.delete(job.jobId);
    }
  }

  /** Several files as one import (import/set), in a worker of its own; cancelled like any import. */
  async runSet(job: StartSetImport): Promise<ImportSetReport> {
    if (this.running.has(job.jobId)) {
      throw new WorkbenchError('INVALID_PARAMS', `An import with job id ${job.jobId} is already running.`);
    }
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const names = job.paths.map((p) => path.basename(p));
    const status: RunningImport = {
      jobId: job.jobId,
      file: names.length > 1 ? `${names[0]} (+${names.length - 1})` : (names[0] ?? ''),
      progress: null,
    };
    this.running.set(job.jobId, { flag, status });
    try {
      const workerFile = compiledWorkerScript('./set/setWorker.js', import.meta.url);
      const report = workerFile
        ? await runSetInWorker(workerFile, job, flag)
        : await runImportSet({ ...job, isCancelled: () => Atomics.load(flag, 0) === 1 });
      if (!workerFile) checkpointProject(job.projectPath);
      this.afterImport(job.projectPath);
      return report;
    } finally {
      this.running.delete(job.jobId);
    }
  }

  cancel(jobId: string): boolean {
    const running = this.running.get(jobId);
    if (!running) return false;
    Atomics.store(running.flag, 0, 1);
    return true;
  }

  /** The import running now (the first, should there be several), or null. */
  current(): RunningImport | null {
    const [first] = this.running.values();
    return first ? { ...first.status } : null;
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
    append: job.append === true,
    fresh: job.fresh === true,
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

function runSetInWorker(file: string, job: StartSetImport, flag: Int32Array): Promise<ImportSetReport> {
  const workerData: SetWorkerInput = {
    projectPath: job.projectPath,
    paths: job.paths,
    ...(job.choices ? { choices: job.choices } : {}),
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
    worker.on('message', (message: SetWorkerMessage) => {
      settled = true;
      if (message.type === 'done') resolve(message.report);
      else reject(new WorkbenchError(message.error.code, message.error.message, message.error.details));
    });
  });
}
