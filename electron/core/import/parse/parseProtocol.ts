/** Messages between the import (writing side) and its parse worker. */
import type { Layout } from '../layout.js';
import type { WorkerFileJob } from '../workerThread.js';
import type { ParsedFile } from './encodeFile.js';
import type { RowBatch } from './rowBatch.js';

export interface ParseWorkerInput extends WorkerFileJob {
  layout: Layout;
}

/**
 * Worker -> import. The import first sends 'go' (its transaction has begun), then answers every
 * batch by sending it back, emptied, for reuse.
 */
export type ParseMessage =
  | { type: 'batch'; batch: RowBatch }
  | { type: 'end'; parsed: ParsedFile }
  | { type: 'error'; error: ParseError };

/** An error thrown in the worker; the import turns it back into what was thrown (see parseFile). */
export interface ParseError {
  name: string;
  message: string;
  code?: unknown;
  details?: unknown;
}
