/** Messages from a stage worker (stageWorker.ts) to the import's thread; the import answers each batch with an ack. */
import type { StageBatch, StageEnd } from './stageRows.js';

export interface StageError {
  name: string;
  message: string;
  code?: unknown;
  details?: unknown;
}

export type StageMessage =
  | { type: 'batch'; batch: StageBatch }
  | { type: 'end'; end: StageEnd }
  | { type: 'error'; error: StageError };
