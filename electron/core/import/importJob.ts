/**
 * One import, start to finish, on its own connection to the project file: read and convert
 * every row, write customers/orders/attributes/rejects and the metrics, all in ONE transaction.
 * A failure or a cancel rolls everything back: the project is exactly as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { WorkbenchError } from '../../../shared/errors.js';
import type { ImportOptions, ImportProgress, ImportReport, RejectReason } from '../../../shared/model/import.js';
import { refreshMetrics } from '../metrics/store.js';
import { type Db, openProjectFile } from '../project/projectFile.js';
import { DatasetWriter } from './datasetWriter.js';
import { parseFile } from './fast/parseFile.js';
import { planLayout } from './layout.js';
import { RejectLog } from './rejectLog.js';

export interface ImportJobInput {
  jobId: string;
  projectPath: string;
  filePath: string;
  options: ImportOptions;
  replace: boolean;
  /** Polled between chunks; true stops the import and rolls it back. */
  isCancelled(): boolean;
  /** The flag behind isCancelled (Int32Array index 0 set to 1), shared with the parse worker. */
  cancelBuffer?: SharedArrayBuffer;
  onProgress(progress: ImportProgress): void;
}

const PROGRESS_EVERY_MS = 100;

export async function runImportJob(input: ImportJobInput): Promise<ImportReport> {
  const started = Date.now();
  const fileName = path.basename(input.filePath);
  const stat = statFile(input.filePath);
  const layout = planLayout(input.options, fileName);
  const db = openProjectFile(input.projectPath);
  tuneForImport(db);
  for (const p of (process.env.SEGWB_PRAGMAS ?? '').split(';').filter(Boolean)) db.pragma(p);
  try {
    assertReplaceAllowed(db, input.options.kind, input.replace);
    db.exec('BEGIN IMMEDIATE');
    try {
      const report = await importInTransaction(db, input, layout, stat.size, fileName, started);
      const tc = performance.now();
      db.exec('COMMIT');
      if (process.env.SEGWB_TIMING) process.stderr.write(`commit ${(performance.now() - tc).toFixed(0)}ms\n`);
      return report;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    db.close();
  }
}

async function importInTransaction(
  db: Db,
  input: ImportJobInput,
  layout: ReturnType<typeof planLayout>,
  totalBytes: number,
  fileName: string,
  started: number,
): Promise<ImportReport> {
  const { options } = input;
  const writer = new DatasetWriter(db, options.kind, layout);
  let lastProgress = 0;
  const progress = (phase: ImportProgress['phase'], bytesRead: number, rows: number) =>
    input.onProgress({ jobId: input.jobId, bytesRead, totalBytes, rows, phase });

  const T = process.env.SEGWB_TIMING
    ? (label: string, t0: number) => process.stderr.write(`${label} ${(performance.now() - t0).toFixed(0)}ms\n`)
    : () => {};
  let tw = 0;
  const tStart = performance.now();
  const parsed = await parseFile(
    {
      filePath: input.filePath,
      options,
      layout,
      isCancelled: input.isCancelled,
      projectPath: input.projectPath,
      cancelBuffer: input.cancelBuffer ?? new SharedArrayBuffer(4),
    },
    db,
    (batch) => {
      const t0 = performance.now();
      writer.write(batch);
      tw += performance.now() - t0;
      const now = Date.now();
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        progress('reading', batch.bytesRead, batch.rowsRead);
      }
    },
  );
  if (parsed.aborted || input.isCancelled()) {
    throw new WorkbenchError('CANCELLED', `Import of ${fileName} cancelled: the project is unchanged.`, {
      file: input.filePath,
    });
  }
  const { rowsRead } = parsed;
  if (rowsRead === 0) {
    throw new WorkbenchError('IMPORT_FAILED', `${fileName} has no data rows.`, { file: input.filePath });
  }
  progress('metrics', parsed.bytes, rowsRead);
  T(`parse+write (write ${tw.toFixed(0)}ms)`, tStart);
  let t1 = performance.now();
  const written = writer.finish(parsed.reopened);
  T('finish', t1);
  t1 = performance.now();
  const rejects = RejectLog.fromEntries(parsed.rejects);
  if (written.rows === 0) {
    throw new WorkbenchError(
      'IMPORT_FAILED',
      `No row of ${fileName} could be imported (${rejects.total} rejected; first reason: ${rejects.firstReason() ?? 'none'}). Check the column roles and formats.`,
      { file: input.filePath },
    );
  }
  T('orderTotals', t1);
  t1 = performance.now();
  refreshMetrics(db, options.kind === 'orders' ? parsed.totals : null);
  T('metrics', t1);
  t1 = performance.now();
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
  };
  db.prepare('UPDATE datasets SET report = ? WHERE id = ?').run(JSON.stringify(report), datasetId);
  return report;
}

/**
 * Settings of the import's own connection (the app's connection keeps its own). A 16 MB page
 * cache instead of 64: appending touches few pages twice, and the import's RSS matters. Temp
 * files on disk: CREATE INDEX sorts one key per line, which in memory would be hundreds of MB
 * for a 1 GB file. Two sorter threads: the parse worker's core is free by then.
 */
function tuneForImport(db: Db): void {
  db.pragma('cache_size = -16384');
  db.pragma('temp_store = FILE');
  db.pragma('threads = 2');
}

function statFile(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch {
    throw new WorkbenchError('FILE_NOT_FOUND', `${path.basename(file)} was not found.`, { file });
  }
}

function assertReplaceAllowed(db: Db, kind: ImportOptions['kind'], replace: boolean): void {
  const existing = db.prepare('SELECT file_name FROM datasets WHERE kind = ? ORDER BY id DESC LIMIT 1').get(kind) as
    | { file_name: string }
    | undefined;
  if (existing && !replace) {
    throw new WorkbenchError(
      'NEEDS_CONFIRMATION',
      `This project already has ${kind} from ${existing.file_name}. Importing replaces them.`,
      { kind, existing: existing.file_name },
    );
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

export type { RejectReason };
