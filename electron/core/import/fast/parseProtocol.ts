/** Messages between the import (writing side) and its parse worker. */
import type { WorkbenchErrorShape } from '../../../../shared/errors.js';
import type { ImportOptions } from '../../../../shared/model/import.js';
import type { ParsedFile } from './encodeFile.js';
import type { RowBatch } from './rowBatch.js';

export interface ParseWorkerInput {
  projectPath: string;
  filePath: string;
  options: ImportOptions;
  /** The import's cancel flag (Int32Array index 0 set to 1). */
  cancelBuffer: SharedArrayBuffer;
}

/** Worker -> import. The import answers every batch by sending it back, emptied, for reuse. */
export type ParseMessage =
  | { type: 'batch'; batch: RowBatch }
  | { type: 'end'; parsed: ParsedFile }
  | { type: 'error'; error: WorkbenchErrorShape };
