/**
 * One import, start to finish, on its own connection to the project file: read and convert
 * every row, write customers/orders/attributes/rejects and the metrics, all in ONE transaction.
 * A failure or a cancel rolls everything back: the project is exactly as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { asWorkbenchError, WorkbenchError } from '../../../shared/errors.js';
import { worded } from '../../../shared/errorWording.js';
import type { ImportOptions, ImportProgress, ImportReport } from '../../../shared/model/import.js';
import { mergeKeptData } from '../datasets/append.js';
import { keepBeforeImport } from '../datasets/history.js';
import { type Db, openProjectFile } from '../db/projectFile.js';
import { runInTransaction } from '../db/transaction.js';
import { ensureEventProfiles } from '../events/profiles.js';
import { limitMetricsToAsOf } from '../metrics/asOf.js';
import { refreshMetrics } from '../metrics/store.js';
import { planLayout } from './layout.js';
import { type FileParser, startParser } from './parse/parseFile.js';
import { DatasetWriter } from './write/datasetWriter.js';
import { canCopyProject, copyProject, discardCopy, freshCopyPath, swapIn, tuneFreshCopy } from './write/freshFile.js';
import { RejectLog } from './write/rejectLog.js';
import { removeStaleCopies } from './write/staleCopies.js';

interface ImportJobInput {
  jobId: string;
  projectPath: string;
  filePath: string;
  options: ImportOptions;
  replace: boolean;
  /** Merge into the data of the same kind instead of replacing it (datasets/append.ts). */
  append?: boolean;
  /**
   * The project was made for this import and nobody else has it open: the import is written into
   * a copy and swapped in at the end (write/freshFile.ts).
   */
  fresh?: boolean;
  /** Polled between chunks; true stops the import and rolls it back. */
  isCancelled(): boolean;
  /** The flag behind isCancelled (Int32Array index 0 set to 1), shared with the parse worker. */
  cancelBuffer?: SharedArrayBuffer;
  onProgress(progress: ImportProgress): void;
}

const PROGRESS_EVERY_MS = 100;

export async function runImportJob(input: ImportJobInput): Promise<ImportReport> {
  try {
    return await importJob(input);
  } catch (error) {
    throw asWorkbenchError(error, { project: input.projectPath, file: input.filePath });
  }
}

async function importJob(input: ImportJobInput): Promise<ImportReport> {
  const started = Date.now();
  removeStaleCopies(input.projectPath);
  const fileName = path.basename(input.filePath);
  const stat = statFile(input.filePath);
  const layout = planLayout(input.options, fileName);
  const parser = startParser({
    filePath: input.filePath,
    options: input.options,
    layout,
    isCancelled: input.isCancelled,
    projectPath: input.projectPath,
    cancelBuffer: input.cancelBuffer ?? new SharedArrayBuffer(4),
  });
  const copy = input.fresh === true && canCopyProject(input.projectPath) ? freshCopyPath(input.projectPath) : null;
  let db: Db;
  try {
    db = copy ? openFreshCopy(input.projectPath, copy) : openProjectFile(input.projectPath);
  } catch (error) {
    parser.dispose();
    if (copy) discardCopy(copy);
    throw error;
  }
  tuneForImport(db);
  if (copy) tuneFreshCopy(db);
  try {
    assertReplaceAllowed(db, input.options.kind, input.replace || input.append === true);
    const report = await runInTransaction(db, () =>
      importInTransaction(db, input, layout, parser, stat.size, fileName, started),
    );
    if (copy) swapIn(db, copy, input.projectPath);
    return report;
  } finally {
    parser.dispose();
    if (db.open) db.close();
    if (copy) discardCopy(copy);
  }
}

function openFreshCopy(projectPath: string, copy: string): Db {
  try {
    copyProject(projectPath, copy);
    const db = new Database(copy, { fileMustExist: true });
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    throw asWorkbenchError(error, { project: projectPath });
  }
}

async function importInTransaction(
  db: Db,
  input: ImportJobInput,
  layout: ReturnType<typeof planLayout>,
  parser: FileParser,
  totalBytes: number,
  fileName: string,
  started: number,
): Promise<ImportReport> {
  const { options } = input;
  // The table this import rebuilds whole is moved into the history rather than copied.
  const kept = keepBeforeImport(
    db,
    [{ file: fileName, kind: options.kind }],
    [options.kind === 'orders' ? 'order_lines' : 'customer_attrs'],
  );
  const writer = new DatasetWriter(db, options.kind, layout);
  let lastProgress = 0;
  const progress = (phase: ImportProgress['phase'], bytesRead: number, rows: number) =>
    input.onProgress({ jobId: input.jobId, bytesRead, totalBytes, rows, phase });
  const parsed = await parser.run(db, (batch) => {
    writer.write(batch);
    const now = Date.now();
    if (now - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now;
      progress('reading', batch.bytesRead, batch.rowsRead);
    }
  });
  if (parsed.aborted || input.isCancelled()) {
    throw new WorkbenchError('CANCELLED', `Import of ${fileName} cancelled: the project is unchanged.`, {
      ...worded('import_cancelled', { name: fileName }),
      file: input.filePath,
    });
  }
  const { rowsRead } = parsed;
  if (rowsRead === 0) {
    throw new WorkbenchError('IMPORT_FAILED', `${fileName} has no data rows.`, {
      file: input.filePath,
      ...worded('no_data_rows', { name: fileName }),
    });
  }
  progress('metrics', parsed.bytes, rowsRead);
  const written = writer.finish(parsed.reopened);
  const rejects = RejectLog.fromEntries(parsed.rejects);
  if (written.rows === 0) {
    throw new WorkbenchError(
      'IMPORT_FAILED',
      `No row of ${fileName} could be imported (${rejects.total} rejected; first reason: ${rejects.firstReason() ?? 'none'}). Check the column roles and formats.`,
      {
        file: input.filePath,
        ...worded('nothing_imported', {
          name: fileName,
          rejected: rejects.total,
          reason: rejects.firstReason() ?? 'none',
        }),
      },
    );
  }
  let appended: ImportReport['append'];
  if (input.append) {
    appended = mergeKeptData(db, kept.id, options.kind);
  } else {
    refreshMetrics(db, options.kind === 'orders' ? parsed.totals : null);
    limitMetricsToAsOf(db);
  }
  // The profiles' stamp is part of the data's version: written here, the first count after the
  // import does not renew that version and so keeps what was kept for it (keptAfterImport.ts).
  ensureEventProfiles(db);
  const datasetId = insertDataset(db, input, fileName, totalBytes, parsed.sha256, rowsRead, written.rows, rejects);
  rejects.save(db, datasetId);
  progress('committing', parsed.bytes, rowsRead);
  const report: ImportReport = {
    datasetId,
    kind: options.kind,
    file: fileName,
    rowsRead,
    rowsImported: written.rows,
    rowsRejected: rejects.total,
    rejected: rejects.summary(),
    customers: (db.prepare('SELECT COUNT(*) AS n FROM customers').get() as { n: number }).n,
    orders: parsed.orders,
    durationMs: Date.now() - started,
    ...(appended ? { append: appended } : {}),
  };
  db.prepare('UPDATE datasets SET report = ? WHERE id = ?').run(JSON.stringify(report), datasetId);
  return report;
}

/**
 * Settings of the import's own connection (the app's connection keeps its own). A 16 MB page
 * cache instead of 64: appending touches few pages twice, and the import's RSS matters. Temp
 * files on disk: CREATE INDEX sorts one key per line, which in memory would be hundreds of MB
 * for a 1 GB file. Two sorter threads: the parse worker's core is free by then. No checkpoint
 * in COMMIT: copying the whole new dataset from the WAL into the database file takes some
 * 0.2-0.3 s per million lines, and nobody needs to wait for it (see checkpointProject).
 * No memory map: the app's connections map the file for fast reads, but CREATE INDEX reads every
 * row the import wrote, and through the map each page read stays resident (RSS grew with the file:
 * 665 MB importing 18M lines); read() through the 16 MB cache keeps the import's memory flat.
 */
function tuneForImport(db: Db): void {
  db.pragma('mmap_size = 0');
  db.pragma('cache_size = -16384');
  db.pragma('temp_store = FILE');
  db.pragma('threads = 2');
  db.pragma('wal_autocheckpoint = 0');
}

/**
 * Moves a committed import from the WAL into the database file. Run after the import's report
 * has been handed over (the data is already committed and visible to every connection); a
 * PASSIVE checkpoint never blocks the app's readers or writers. If it never runs, the app's
 * own connection checkpoints at its next commit, as SQLite always does.
 */
export function checkpointProject(projectPath: string): void {
  const db = openProjectFile(projectPath);
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } finally {
    db.close();
  }
}

function statFile(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch {
    throw new WorkbenchError('FILE_NOT_FOUND', `${path.basename(file)} was not found.`, {
      file,
      ...worded('file_not_found', { name: path.basename(file) }),
    });
  }
}

function assertReplaceAllowed(db: Db, kind: ImportOptions['kind'], replace: boolean): void {
  const existing = db.prepare('SELECT file_name FROM datasets WHERE kind = ? ORDER BY id DESC LIMIT 1').get(kind) as
    | { file_name: string }
    | undefined;
  if (existing && !replace) {
    throw new WorkbenchError('NEEDS_CONFIRMATION', `This project already has ${kind} from ${existing.file_name}.`, {
      kind,
      existing: existing.file_name,
      ...worded('already_has_data', { kind, file: existing.file_name }),
    });
  }
}

function insertDataset(
  db: Db,
  input: ImportJobInput,
  fileName: string,
  size: number,
  sha256: string,
  rowsRead: number,
  rowsImported: number,
  rejects: RejectLog,
): number {
  const info = db
    .prepare(
      `INSERT INTO datasets (kind, file_name, file_size, sha256, imported_at, rows_read, rows_imported, rows_rejected, options, report)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')`,
    )
    .run(
      input.options.kind,
      fileName,
      size,
      sha256,
      new Date().toISOString(),
      rowsRead,
      rowsImported,
      rejects.total,
      JSON.stringify(input.options),
    );
  return Number(info.lastInsertRowid);
}
