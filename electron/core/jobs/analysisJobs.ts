/**
 * Starts analysis jobs (clusterings, lifetime-value fits) and cancels them by job id. From the
 * compiled engine a job runs in a worker thread that reads the project on its own read-only
 * connection, so the window and the browser-mode server stay responsive; from TypeScript sources
 * (unit tests) it runs inline on the engine's connection, on the same core functions.
 */
import os from 'node:os';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { compiledWorkerScript } from '../import/workerThread.js';
import type { AnalysisOutcome, AnalysisStep, AnalysisTask, AnalysisWorkerInput } from './analysisTask.js';
import { runTaskHere } from './runTask.js';
import { startWorkerJob, type WorkerJob } from './workerJob.js';

export interface StartAnalysis<T extends AnalysisTask> {
  /** Names the job for progress events and analysis/cancel; without one it cannot be cancelled. */
  jobId?: string | undefined;
  projectPath: string;
  /** The engine's connection, for the inline run. */
  db: Db;
  task: T;
  onProgress(step: AnalysisStep): void;
}

const TASK_NAMES: Record<AnalysisTask['kind'], string> = {
  cluster: 'The clustering',
  clv: 'The lifetime-value fit',
  clvSummary: 'The lifetime-value fit',
};

/** Two threads for a clustering where the machine has two cores or more. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(2, os.availableParallelism()));
}

export class AnalysisJobs {
  private readonly running = new Map<string, WorkerJob<unknown>>();
  private anonymous = 0;

  constructor(private readonly threads = defaultThreads()) {}

  async run<T extends AnalysisTask>(job: StartAnalysis<T>): Promise<AnalysisOutcome<T>> {
    if (job.jobId !== undefined && this.running.has(job.jobId)) {
      throw new WorkbenchError('INVALID_PARAMS', `An analysis with job id ${job.jobId} is already running.`);
    }
    const script = compiledWorkerScript('./analysisWorker.js', import.meta.url);
    if (!script) return runTaskHere(job.db, job.task, job.onProgress);
    const input: AnalysisWorkerInput = { projectPath: job.projectPath, task: job.task, threads: this.threads };
    const started = startWorkerJob<AnalysisOutcome<T>, AnalysisStep>(script, input, {
      task: TASK_NAMES[job.task.kind],
      onProgress: job.onProgress,
    });
    const key = job.jobId ?? `#${++this.anonymous}`;
    this.running.set(key, started);
    try {
      return await started.result;
    } finally {
      this.running.delete(key);
    }
  }

  /** Stops the job; false when no job of that id is running. Its call then answers CANCELLED. */
  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    void job.cancel();
    return true;
  }

  /** Stops every job (the project they read is being closed). */
  async cancelAll(): Promise<void> {
    await Promise.all([...this.running.values()].map((job) => job.cancel()));
  }

  get busy(): boolean {
    return this.running.size > 0;
  }
}
