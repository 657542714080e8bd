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
import { planLayout } from './layout.js';
import { readRows } from './readRows.js';
import { RejectLog } from './rejectLog.js';
import { RowConverter } from './rowConverter.js';

export interface ImportJobInput {
  jobId: string;
  projectPath: string;
  filePath: string;
  options: ImportOptions;
  replace: boolean;
  /** Polled between chunks; true stops the import and rolls it back. */
  isCancelled(): boolean;
  onProgress(progress: ImportProgress): void;
}

const PROGRESS_EVERY_MS = 100;

export async function runImportJob(input: ImportJobInput): Promise<ImportReport> {
  const started = Date.now();
  const fileName = path.basename(input.filePath);
  const stat = statFile(input.filePath);
  const layout = planLayout(input.options, fileName);
  const db = openProjectFile(input.projectPath);
  try {
    assertReplaceAllowed(db, input.options.kind, input.replace);
    db.exec('BEGIN IMMEDIATE');
    try {
      const report = await importInTransaction(db, input, layout, stat.size, fileName, started);
      db.exec('COMMIT');
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
  const rejects = new RejectLog();
  const converter = new RowConverter(layout, options.kind, options.decimal, options.dateOrder);
  let line = 1; // physical line of the previous row's end; the header (if any) is line 1
  let rowsRead = 0;
  let skipHeader = options.hasHeader;
  if (!options.hasHeader) line = 0;
  let bytesRead = 0;
  let lastProgress = 0;
  const progress = (phase: ImportProgress['phase']) =>
    input.onProgress({ jobId: input.jobId, bytesRead, totalBytes, rows: rowsRead, phase });

  const result = await readRows({
    path: input.filePath,
    encoding: options.encoding,
    delimiter: options.delimiter,
    onBytes(bytes) {
      bytesRead = bytes;
    },
    onRows(rows) {
      if (input.isCancelled()) return false;
      for (const row of rows) {
        if (skipHeader) {
          skipHeader = false;
          line += extraLines(row);
          continue;
        }
        line += 1;
        const firstLine = line;
        line += extraLines(row);
        rowsRead += 1;
        const rejection = converter.convert(row);
        if (rejection) rejects.add(firstLine, rejection, row, options.delimiter);
        else if (!writer.write(converter)) {
          rejects.add(
            firstLine,
            { reason: 'duplicate_customer_id', column: layout.customerId.header, value: converter.customerKey },
            row,
            options.delimiter,
          );
        }
      }
      const now = Date.now();
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        progress('reading');
      }
      return !input.isCancelled();
    },
  });
  if (result.aborted || input.isCancelled()) {
    throw new WorkbenchError('CANCELLED', `Import of ${fileName} cancelled: the project is unchanged.`, {
      file: input.filePath,
    });
  }
  if (rowsRead === 0) {
    throw new WorkbenchError('IMPORT_FAILED', `${fileName} has no data rows.`, { file: input.filePath });
  }
  progress('metrics');
  const written = writer.finish();
  if (written.rows === 0) {
    throw new WorkbenchError(
      'IMPORT_FAILED',
      `No row of ${fileName} could be imported (${rejects.total} rejected; first reason: ${rejects.firstReason() ?? 'none'}). Check the column roles and formats.`,
      { file: input.filePath },
    );
  }
  if (options.kind === 'orders') writer.writeOrders();
  refreshMetrics(db, options.kind === 'orders' ? writer.orderTotals() : null);
  const datasetId = insertDataset(db, input, fileName, totalBytes, result.sha256, rowsRead, written.rows, rejects);
  rejects.save(db, datasetId);
  progress('committing');
  const report: ImportReport = {
    datasetId,
    kind: options.kind,
    file: fileName,
    rowsRead,
    rowsImported: written.rows,
    rowsRejected: rejects.total,
    rejected: rejects.summary(),
    customers: (db.prepare('SELECT COUNT(*) AS n FROM customers').get() as { n: number }).n,
    orders: written.orders,
    durationMs: Date.now() - started,
  };
  db.prepare('UPDATE datasets SET report = ? WHERE id = ?').run(JSON.stringify(report), datasetId);
  return report;
}

/** Lines a row spans beyond its first (quoted fields may hold newlines). */
function extraLines(row: string[]): number {
  let extra = 0;
  for (const field of row) {
    if (field.length > 0 && field.includes('\n')) extra += field.split('\n').length - 1;
  }
  return extra;
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
