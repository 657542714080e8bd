/**
 * Stages one file of a set into a staging table (temp.stage_N, one typed column vN per source
 * column, plus its line), inside the import's transaction. The set is then assembled from these
 * tables with joins in SQL. Key columns are kept as trimmed text, so that "00042" stays "00042"
 * and equal keys compare equal whatever their file called them.
 * The file is read and converted in a stage worker (stageRows.ts) started as soon as the import
 * knows its files: all the files of a set are read at once, while this thread inserts.
 */
import type { Worker } from 'node:worker_threads';
import { type ErrorCode, type ErrorDetails, isErrorShape, WorkbenchError } from '../../../../shared/errors.js';
import { fieldTypeOf } from '../../../../shared/model/fieldTypeOf.js';
import { BatchInsert } from '../../db/batchInsert.js';
import type { Db } from '../../db/projectFile.js';
import { sqlType } from '../layout.js';
import { compiledWorkerScript, startWorker } from '../workerThread.js';
import type { RejectEntry } from '../write/rejectLog.js';
import type { StageError, StageMessage } from './stageProtocol.js';
import { readStageRows, type StageBatch, type StageEnd, type StageReadSpec } from './stageRows.js';

export interface StageSpec extends StageReadSpec {
  table: string;
  isCancelled(): boolean;
}

export interface StagedFile {
  rowsRead: number;
  rowsStaged: number;
  sha256: string;
  bytes: number;
  rejects: RejectEntry[];
  /** See StageEnd.keys. */
  keys: Map<number, Map<string, number>>;
}

/** One file being staged: its reading has started; write() inserts its rows, or drain() hands them over. */
export interface Staging {
  write(db: Db): Promise<StagedFile>;
  /** Each batch of checked, converted rows to onBatch, in line order, instead of a staging table. */
  drain(onBatch: (batch: StageBatch) => void): Promise<StagedFile>;
  /** Stops the reading (idempotent; needed when the import ends before or without write()). */
  dispose(): void;
}

/** The name of a source column's staging column. */
export function stageColumn(index: number): string {
  return `v${index}`;
}

/** Starts reading the file: in a stage worker from the compiled engine, inline (on write()) from sources. */
export function startStaging(spec: StageSpec): Staging {
  const script = compiledWorkerScript('./stageWorker.js', import.meta.url);
  if (script) return new WorkerStaging(script, spec);
  const drain = async (onBatch: (batch: StageBatch) => void) => {
    const { done } = readStageRows(spec, onBatch, spec.isCancelled);
    return staged(spec, await done.catch(rethrown));
  };
  return {
    write(db) {
      const insert = stagingInsert(db, spec);
      return drain((batch) => insertBatch(insert, batch)).then((file) => {
        insert.flush();
        return file;
      });
    },
    drain,
    dispose() {},
  };
}

class WorkerStaging implements Staging {
  private readonly worker: Worker;
  /** Messages that came before write(): at most the worker's in-flight batches and its end. */
  private readonly early: StageMessage[] = [];
  private receive: ((message: StageMessage) => void) | null = null;
  private failure: Error | null = null;
  private settled = false;

  constructor(
    script: string,
    private readonly spec: StageSpec,
  ) {
    const { table: _table, isCancelled: _isCancelled, ...read } = spec;
    this.worker = startWorker(script, read, `Reading ${spec.name}`, (error) => {
      if (this.settled) return;
      this.failure = error;
      const message: StageMessage = { type: 'error', error: { name: error.name, message: error.message } };
      if (this.receive) this.receive(message);
      else this.early.push(message);
    });
    this.worker.on('message', (message: StageMessage) => {
      if (this.receive) this.receive(message);
      else this.early.push(message);
    });
  }

  write(db: Db): Promise<StagedFile> {
    const insert = stagingInsert(db, this.spec);
    return this.drain((batch) => insertBatch(insert, batch)).then((file) => {
      insert.flush();
      return file;
    });
  }

  drain(onBatch: (batch: StageBatch) => void): Promise<StagedFile> {
    return new Promise<StagedFile>((resolve, reject) => {
      const end = (outcome: () => void) => {
        if (this.settled) return;
        this.settled = true;
        this.dispose();
        outcome();
      };
      this.receive = (message) => {
        if (message.type === 'batch') {
          if (this.spec.isCancelled()) {
            end(() => reject(cancelled(this.spec)));
            return;
          }
          try {
            onBatch(message.batch);
          } catch (error) {
            end(() => reject(error));
            return;
          }
          this.worker.postMessage('ack');
        } else if (message.type === 'end') {
          end(() => {
            try {
              resolve(staged(this.spec, message.end));
            } catch (error) {
              reject(error);
            }
          });
        } else end(() => reject(this.failure ?? rebuilt(message.error)));
      };
      for (const message of this.early.splice(0)) this.receive(message);
    });
  }

  dispose(): void {
    this.settled = true;
    void this.worker.terminate();
  }
}

function stagingInsert(db: Db, spec: StageSpec): BatchInsert {
  const { options } = spec;
  const text = new Set(spec.textColumns);
  const types = options.columns.map((c) => (text.has(c.index) ? 'TEXT' : sqlType(fieldTypeOf(c.type))));
  const columns = options.columns.map((c, i) => `${stageColumn(c.index)} ${types[i]}`);
  db.exec(`DROP TABLE IF EXISTS temp.${spec.table}`);
  // The line is the rowid: the assembly joins on it and reads in its order, which then needs no index and no sort.
  db.exec(`CREATE TEMP TABLE ${spec.table} (line INTEGER PRIMARY KEY, ${columns.join(', ')})`);
  return new BatchInsert(
    db,
    `INSERT INTO temp.${spec.table} (line, ${options.columns.map((c) => stageColumn(c.index)).join(', ')})`,
    options.columns.length + 1,
  );
}

/** Empty cells go in as NULL: NaN in a number column, an empty text in a text column. */
function insertBatch(insert: BatchInsert, batch: StageBatch): void {
  const { columns } = batch;
  for (let r = 0; r < batch.rows; r += 1) {
    insert.add(batch.lines[r] as number);
    for (const column of columns) {
      if (column.kind === 'number') {
        const value = column.values[r] as number;
        insert.add(Number.isNaN(value) ? null : value);
      } else {
        const start = r === 0 ? 0 : (column.ends[r - 1] as number);
        const stop = column.ends[r] as number;
        insert.add(stop === start ? null : column.text.slice(start, stop));
      }
    }
    insert.endRow();
  }
}

function staged(spec: StageSpec, end: StageEnd): StagedFile {
  if (end.aborted || spec.isCancelled()) throw cancelled(spec);
  const { rowsRead, rowsStaged, sha256, bytes, rejects, keys } = end;
  return { rowsRead, rowsStaged, sha256, bytes, rejects, keys };
}

function cancelled(spec: StageSpec): WorkbenchError {
  return new WorkbenchError('CANCELLED', `Import of ${spec.name} cancelled: the project is unchanged.`, {
    file: spec.path,
  });
}

/** A broken file's error comes as a WorkbenchError look-alike (see brokenFile.ts). */
function rethrown(error: unknown): never {
  const lookAlike = error instanceof Error && !(error instanceof WorkbenchError) && isErrorShape(error);
  throw lookAlike ? rebuilt(error as StageError) : error;
}

function rebuilt(error: StageError): Error {
  if (isErrorShape({ code: error.code, message: error.message })) {
    return new WorkbenchError(error.code as ErrorCode, error.message, error.details as ErrorDetails | undefined);
  }
  const plain = new Error(error.message);
  plain.name = error.name;
  return plain;
}
