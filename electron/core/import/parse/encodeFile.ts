/**
 * Reads, parses and encodes a whole file on the current thread (the parsing side of an import),
 * handing each batch to `emit`. Used inline and by the parse worker alike.
 */
import type { ImportOptions } from '../../../../shared/model/import.js';
import { BrokenFile, brokenFileError } from '../brokenFile.js';
import type { Layout } from '../layout.js';
import type { CustomerKeys } from './customerKeys.js';
import { type RowReading, readRows } from './readRows.js';
import { BatchPool, type RowBatch } from './rowBatch.js';
import { type EncodedFile, RowEncoder } from './rowEncoder.js';

export interface ParseJob {
  filePath: string;
  options: ImportOptions;
  layout: Layout;
  isCancelled(): boolean;
}

export interface ParsedFile extends EncodedFile {
  sha256: string;
  bytes: number;
  /** Stopped by a cancel: the other fields are not complete. */
  aborted: boolean;
}

/** Rows per batch at most (see RowEncoder for when a part-filled batch goes). */
const BATCH_ROWS = 8192;

export function newBatchPool(job: ParseJob): BatchPool {
  return new BatchPool(job.layout, job.options.kind === 'orders', BATCH_ROWS);
}

/** emit() owns each batch until it gives it back to `pool`. */
export function encodeFile(
  job: ParseJob,
  customers: { keys: CustomerKeys; nextId: number },
  pool: BatchPool,
  emit: (batch: RowBatch) => void,
): { reading: RowReading; done: Promise<ParsedFile> } {
  const encoder = new RowEncoder(job.layout, job.options, customers.keys, customers.nextId, pool, emit);
  let bytesRead = 0;
  const reading = readRows({
    path: job.filePath,
    encoding: job.options.encoding,
    delimiter: job.options.delimiter,
    onBytes(bytes) {
      bytesRead = bytes;
    },
    onRows(rows, plain) {
      if (job.isCancelled()) return false;
      encoder.addRows(rows, plain, bytesRead);
      return !job.isCancelled();
    },
  });
  const done = reading.done.then(
    (result): ParsedFile => {
      const stopped = result.aborted || job.isCancelled();
      const encoded = stopped ? cancelledFile() : encoder.finish(bytesRead);
      return { ...encoded, sha256: result.sha256, bytes: result.bytes, aborted: result.aborted };
    },
    (error: unknown) => {
      throw error instanceof BrokenFile ? brokenFileError(error.problem, job.filePath, encoder.nextLine) : error;
    },
  );
  return { reading, done };
}

export function cancelledFile(): EncodedFile {
  return { rowsRead: 0, rowsWritten: 0, orders: 0, totals: null, reopened: null, rejects: [] };
}
