/**
 * The parsing side of an import, started from the writing side. From compiled JS it runs in a
 * parse worker, so parsing and inserting use two cores; from TypeScript sources (unit tests) it
 * runs inline, on the same code path, batch by batch between the inserts.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WorkbenchError } from '../../../../shared/errors.js';
import type { Db } from '../../project/projectFile.js';
import { loadCustomerKeys } from './customerKeys.js';
import { cancelledFile, encodeFile, newBatchPool, type ParseJob, type ParsedFile } from './encodeFile.js';
import type { ParseMessage, ParseWorkerInput } from './parseProtocol.js';
import { emptied, type RowBatch, transferList } from './rowBatch.js';

export type BatchSink = (batch: RowBatch) => void;

export interface ParseFileJob extends ParseJob {
  projectPath: string;
  cancelBuffer: SharedArrayBuffer;
}

/** Parses the file and feeds every batch to `sink`; db is the import's connection (inline only). */
export function parseFile(job: ParseFileJob, db: Db, sink: BatchSink): Promise<ParsedFile> {
  const script = workerScript();
  if (script) return parseInWorker(script, job, sink);
  const pool = newBatchPool(job);
  return encodeFile(job, loadCustomerKeys(db), pool, (batch) => {
    sink(batch);
    pool.give(batch);
  }).done;
}

function workerScript(): string | null {
  const file = fileURLToPath(new URL('./parseWorker.js', import.meta.url));
  return file.endsWith('.js') && fs.existsSync(file) && import.meta.url.endsWith('.js') ? file : null;
}

function parseInWorker(script: string, job: ParseFileJob, sink: BatchSink): Promise<ParsedFile> {
  const workerData: ParseWorkerInput = {
    projectPath: job.projectPath,
    filePath: job.filePath,
    options: job.options,
    cancelBuffer: job.cancelBuffer,
  };
  const worker = new Worker(script, { workerData });
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      finish();
    };
    worker.on('message', (message: ParseMessage) => {
      if (settled) return;
      if (message.type === 'batch') {
        if (job.isCancelled())
          return settle(() => resolve({ ...cancelledFile(), sha256: '', bytes: 0, aborted: true }));
        try {
          sink(message.batch);
        } catch (error) {
          return settle(() => reject(error));
        }
        worker.postMessage(emptied(message.batch), transferList(message.batch));
      } else if (message.type === 'end') {
        settle(() => resolve(message.parsed));
      } else {
        const { code, message: text, details } = message.error;
        settle(() => reject(new WorkbenchError(code, text, details)));
      }
    });
    worker.on('error', (error) =>
      settle(() =>
        reject(new WorkbenchError('IMPORT_FAILED', `Reading the file stopped unexpectedly: ${error.message}`)),
      ),
    );
    worker.on('exit', (code) =>
      settle(() =>
        reject(new WorkbenchError('IMPORT_FAILED', `Reading the file stopped unexpectedly (exit code ${code}).`)),
      ),
    );
  });
}
