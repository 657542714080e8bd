/**
 * Starts imports and cancels them by job id. From compiled JS an import runs in a worker
 * thread; from TypeScript sources (unit tests) it runs inline on the same code path.
 */
import path from 'node:path';
import type { ResourceLimits } from 'node:worker_threads';
import type { RunningImport } from '../../../shared/contract/import.js';
import { WorkbenchError, type WorkbenchErrorShape } from '../../../shared/errors.js';
import type { ImportOptions, ImportProgress, ImportReport } from '../../../shared/model/import.js';
import type { ImportSetReport, SetChoices } from '../../../shared/model/importSet.js';
import { checkpointProject, runImportJob } from './importJob.js';
import type { WorkerInput } from './importProtocol.js';
import { runImportSet } from './set/runSet.js';
import type { SetWorkerInput } from './set/setProtocol.js';
import { INSERT_THREAD_LIMITS } from './threadLimits.js';
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

/**
 * Housekeeping after an import committed (history/snapshotOffThread.ts takes the RFM snapshot),
 * given the project file; it runs while the app answers requests again and resolves when done,
 * or soon after `stop` is aborted. `queued` is aborted when another import is waiting for it: what
 * only saves time later (the kept entries) is then dropped, as that import makes it stale anyway.
 * Its failure changes nothing of the import.
 */
export type AfterImport = (projectPath: string, stop: AbortSignal, queued: AbortSignal) => Promise<void>;

/** How long stop() lets running imports roll back before it returns anyway. */
const STOP_GRACE_MS = 3000;

export class ImportRunner {
  private readonly running = new Map<string, Running>();
  /** The work after the last import, chained: the next import starts once it is done. */
  private afterWork: Promise<void> = Promise.resolve();
  /** Settled imports (resolved either way) of the jobs running now, for stop(). */
  private readonly endings = new Set<Promise<unknown>>();
  private readonly stopping = new AbortController();
  /** Aborted when an import is queued behind the work after the last one. */
  private queued = new AbortController();

  constructor(private readonly afterImport: AfterImport = async () => {}) {}

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
    return this.tracked(job.jobId, async () => {
      const workerFile = compiledWorkerScript('./importWorker.js', import.meta.url);
      const ran = workerFile
        ? runInWorker(workerFile, followed, flag)
        : { report: runInline(followed, flag), exited: Promise.resolve() };
      const report = await ran.report;
      this.startAfterWork(job.projectPath, ran.exited);
      return report;
    });
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
    return this.tracked(job.jobId, async () => {
      const workerFile = compiledWorkerScript('./set/setWorker.js', import.meta.url);
      const ran = workerFile
        ? runSetInWorker(workerFile, job, flag)
        : { report: runSetInline(job, flag), exited: Promise.resolve() };
      const report = await ran.report;
      this.startAfterWork(job.projectPath, ran.exited);
      return report;
    });
  }

  /**
   * Runs a registered job once the work after the previous import is done (it writes to the
   * project too, and a new project's first import renames a copy over the file it writes to).
   */
  private tracked<T>(jobId: string, work: () => Promise<T>): Promise<T> {
    this.queued.abort();
    const outcome = this.afterWork
      .then(() => {
        if (this.stopping.signal.aborted) throw stoppedError();
        return work();
      })
      .finally(() => this.running.delete(jobId));
    const ending = outcome.then(
      () => {},
      () => {},
    );
    this.endings.add(ending);
    void ending.then(() => this.endings.delete(ending));
    return outcome;
  }

  /** Starts the housekeeping once the import's worker has exited (after its checkpoint). */
  private startAfterWork(projectPath: string, exited: Promise<void>): void {
    const signal = this.stopping.signal;
    this.queued = new AbortController();
    const queued = this.queued.signal;
    this.afterWork = exited
      .then(() => (signal.aborted ? undefined : this.afterImport(projectPath, signal, queued)))
      .catch(() => {});
  }

  /** Resolves once the work after the last import (its snapshot) is done. */
  settled(): Promise<void> {
    return this.afterWork;
  }

  /**
   * Stops everything for a shutdown: running imports are cancelled (they roll back; a new
   * project's copy is deleted), the work after an import is abandoned, no new import starts.
   * Resolves true once they have ended, false if some are still writing after the grace period:
   * a worker inside one long SQLite statement (CREATE INDEX, COMMIT) cannot be interrupted.
   */
  async stop(graceMs = STOP_GRACE_MS): Promise<boolean> {
    this.stopping.abort();
    for (const running of this.running.values()) Atomics.store(running.flag, 0, 1);
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), graceMs);
    });
    const ended = Promise.all([...this.endings, this.afterWork]).then(() => true);
    const outcome = await Promise.race([ended, grace]);
    clearTimeout(timer);
    return outcome;
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

/** A job's report, and when its worker has exited (after the checkpoint it makes once the report is out). */
interface Ran<T> {
  report: Promise<T>;
  exited: Promise<void>;
}

function stoppedError(): WorkbenchError {
  return new WorkbenchError('CANCELLED', 'The app is closing: the import did not start.');
}

async function runSetInline(job: StartSetImport, flag: Int32Array): Promise<ImportSetReport> {
  const report = await runImportSet({ ...job, isCancelled: () => Atomics.load(flag, 0) === 1 });
  checkpointProject(job.projectPath);
  return report;
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

function runInWorker(file: string, job: StartImport, flag: Int32Array): Ran<ImportReport> {
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
  return runJobWorker<ImportReport>(file, workerData, job.onProgress, INSERT_THREAD_LIMITS);
}

function runSetInWorker(file: string, job: StartSetImport, flag: Int32Array): Ran<ImportSetReport> {
  const workerData: SetWorkerInput = {
    projectPath: job.projectPath,
    paths: job.paths,
    ...(job.choices ? { choices: job.choices } : {}),
    replace: job.replace,
    cancelBuffer: flag.buffer as SharedArrayBuffer,
  };
  return runJobWorker<ImportSetReport>(file, workerData);
}

type JobMessage<T> =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: T }
  | { type: 'error'; error: WorkbenchErrorShape };

/** Runs an import's worker: its report (or error) as its last message, then its exit. */
function runJobWorker<T>(
  file: string,
  workerData: unknown,
  onProgress?: (progress: ImportProgress) => void,
  limits?: ResourceLimits,
): Ran<T> {
  let exitedNow = () => {};
  const exited = new Promise<void>((resolve) => {
    exitedNow = resolve;
  });
  const report = new Promise<T>((resolve, reject) => {
    let settled = false;
    const worker = startWorker(
      file,
      workerData,
      'The import',
      (error) => {
        if (settled) return;
        settled = true;
        reject(error);
      },
      limits,
    );
    worker.once('exit', () => exitedNow());
    worker.on('message', (message: JobMessage<T>) => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else {
        settled = true;
        if (message.type === 'done') resolve(message.report);
        else reject(new WorkbenchError(message.error.code, message.error.message, message.error.details));
      }
    });
  });
  return { report, exited };
}
