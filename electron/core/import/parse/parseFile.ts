/**
 * The parsing side of an import, started from the writing side. From compiled JS it runs in a
 * parse worker, so parsing and inserting use two cores; from TypeScript sources (unit tests) it
 * runs inline, on the same code path, batch by batch between the inserts.
 */
import type { Worker } from 'node:worker_threads';
import { type ErrorCode, type ErrorDetails, isErrorShape, WorkbenchError } from '../../../../shared/errors.js';
import type { Db } from '../../db/projectFile.js';
import { PARSE_THREAD_LIMITS } from '../threadLimits.js';
import { compiledWorkerScript, startWorker } from '../workerThread.js';
import { loadCustomerKeys } from './customerKeys.js';
import { cancelledFile, encodeFile, newBatchPool, type ParsedFile, type ParseJob } from './encodeFile.js';
import type { ParseError, ParseMessage, ParseWorkerInput } from './parseProtocol.js';
import { emptied, type RowBatch, transferList } from './rowBatch.js';

type BatchSink = (batch: RowBatch) => void;

interface ParseFileJob extends ParseJob {
  projectPath: string;
  cancelBuffer: SharedArrayBuffer;
}

/** The parsing side of one import. */
export interface FileParser {
  /** Parses the file, feeding every batch to `sink`; db is the import's connection, in its transaction. */
  run(db: Db, sink: BatchSink): Promise<ParsedFile>;
  /** Stops the parser (idempotent; needed when the import ends before or without run()). */
  dispose(): void;
}

/**
 * Starts a parse worker right away, so that its start-up (a thread, modules, the JIT) overlaps
 * with the import opening the project; it waits for run() before it reads anything.
 */
export function startParser(job: ParseFileJob): FileParser {
  const script = compiledWorkerScript('./parseWorker.js', import.meta.url);
  if (script) return new WorkerParser(script, job);
  return {
    run(db, sink) {
      const pool = newBatchPool(job);
      return encodeFile(job, loadCustomerKeys(db), pool, (batch) => {
        sink(batch);
        pool.give(batch);
      }).done.catch((error: unknown) => {
        // A file's structural fault comes as a WorkbenchError look-alike (see brokenFile.ts).
        const lookAlike =
          error instanceof Error && error.name === 'WorkbenchError' && !(error instanceof WorkbenchError);
        throw lookAlike ? rebuiltError(error as ParseError) : error;
      });
    },
    dispose() {},
  };
}

class WorkerParser implements FileParser {
  private readonly worker: Worker;
  private readonly outcome: Promise<ParsedFile>;
  private resolve: (parsed: ParsedFile) => void = () => {};
  private reject: (error: unknown) => void = () => {};
  private settled = false;

  constructor(
    script: string,
    private readonly job: ParseFileJob,
  ) {
    this.outcome = new Promise<ParsedFile>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // run() hands the outcome over; a parser that is never run must not raise an unhandled rejection.
    this.outcome.catch(() => {});
    const workerData: ParseWorkerInput = {
      projectPath: job.projectPath,
      filePath: job.filePath,
      options: job.options,
      layout: job.layout,
      cancelBuffer: job.cancelBuffer,
    };
    this.worker = startWorker(script, workerData, 'Reading the file', (error) => this.fail(error), PARSE_THREAD_LIMITS);
  }

  run(_db: Db, sink: BatchSink): Promise<ParsedFile> {
    this.worker.on('message', (message: ParseMessage) => this.receive(message, sink));
    this.worker.postMessage('go');
    return this.outcome;
  }

  dispose(): void {
    void this.worker.terminate();
  }

  private receive(message: ParseMessage, sink: BatchSink): void {
    if (this.settled) return;
    if (message.type === 'batch') {
      if (this.job.isCancelled()) {
        this.end(() => this.resolve({ ...cancelledFile(), sha256: '', bytes: 0, aborted: true }));
        return;
      }
      try {
        sink(message.batch);
      } catch (error) {
        this.end(() => this.reject(error));
        return;
      }
      this.worker.postMessage(emptied(message.batch), transferList(message.batch));
    } else if (message.type === 'end') {
      this.end(() => this.resolve(message.parsed));
    } else {
      this.end(() => this.reject(rebuiltError(message.error)));
    }
  }

  private fail(error: Error): void {
    this.end(() => this.reject(error));
  }

  private end(outcome: () => void): void {
    if (this.settled) return;
    this.settled = true;
    this.dispose();
    outcome();
  }
}

/** What the worker threw, as the inline path would have thrown it. */
function rebuiltError(error: ParseError): Error {
  if (error.name === 'WorkbenchError' && isErrorShape({ code: error.code, message: error.message })) {
    return new WorkbenchError(error.code as ErrorCode, error.message, error.details as ErrorDetails | undefined);
  }
  return new Error(error.message);
}
