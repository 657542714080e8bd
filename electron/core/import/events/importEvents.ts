/**
 * Reads an events file (REES46, GA4 or Matomo layout, recognised from its header) into the
 * events table, inside the caller's transaction: the caller commits or rolls back. Event user
 * ids become customers like any dataset's customer ids. The per-customer event profiles are
 * rebuilt at the end.
 */
import path from 'node:path';
import { WorkbenchError } from '../../../../shared/errors.js';
import { worded } from '../../../../shared/errorWording.js';
import type { Encoding } from '../../../../shared/model/import.js';
import { BatchInsert } from '../../db/batchInsert.js';
import type { Db } from '../../db/projectFile.js';
import { markEventsChanged, refreshEventProfiles } from '../../events/profiles.js';
import { BrokenFile, brokenFileError } from '../brokenFile.js';
import { readRows } from '../parse/readRows.js';
import { detectDelimiter, detectLineEnding, parseRecords } from '../sniff/dialect.js';
import { detectEncoding } from '../sniff/encoding.js';
import { decodeSample, readSample } from '../sniff/sample.js';
import { convertEventRow, EVENT_COLUMNS, type EventReject, isReject } from './eventRows.js';
import { type EventsLayoutName, layoutSignatures, recogniseLayout } from './layouts.js';

/** Rejected rows kept with their place; the counts by reason are always complete. */
const MAX_REJECTS_KEPT = 1_000;

export interface EventsImportOptions {
  /** Delete the project's events first (default false: the file's events are added). */
  replace?: boolean;
  encoding?: Encoding;
  /** Called as the file is read, with the bytes read so far. */
  onBytes?: (bytesRead: number) => void;
  /** Asked between batches of rows: true stops the import (the caller rolls back). */
  isCancelled?: () => boolean;
}

export interface EventsRejectedRow {
  /** 1-based record number in the file, the header being row 1 (the line, when no cell spans lines). */
  row: number;
  column: string | null;
  reason: EventReject['reason'];
  value: string | null;
}

export interface EventsImportResult {
  layout: EventsLayoutName;
  rows_read: number;
  rows_imported: number;
  rows_rejected: number;
  rejected_by_reason: Record<string, number>;
  /** The first rejected rows (at most 1,000). */
  rejects: EventsRejectedRow[];
  customers_added: number;
  /** The file's size and SHA-256, as every dataset records them. */
  bytes: number;
  sha256: string;
}

export async function importEventsFile(
  db: Db,
  filePath: string,
  options: EventsImportOptions = {},
): Promise<EventsImportResult> {
  const fileName = path.basename(filePath);
  const sample = await readSample(filePath);
  const encoding = options.encoding ?? detectEncoding(sample.head).value;
  const head = decodeSample(sample, encoding).head;
  const lineEnding = detectLineEnding(head);
  const delimiter = detectDelimiter(head, lineEnding);
  const header = parseRecords(head, delimiter, lineEnding, 1)[0] ?? [];
  const layout = recogniseLayout(header);
  if (!layout) {
    throw new WorkbenchError(
      'IMPORT_FAILED',
      `${fileName} is not an events file this version reads: its header names none of the known layouts (${layoutSignatures()}). Rename the columns to one of them.`,
      { file: filePath, ...worded('not_an_events_file', { name: fileName, layouts: layoutSignatures() }) },
    );
  }
  if (options.replace) db.exec('DELETE FROM events');
  const customersBefore = count(db, 'SELECT COUNT(*) FROM customers');
  const customers = new CustomerIds(db);
  const insert = new BatchInsert(
    db,
    `INSERT INTO events (customer, ts, type, type_original, ${EVENT_COLUMNS.join(', ')})`,
    4 + EVENT_COLUMNS.length,
  );
  const result: EventsImportResult = {
    layout: layout.name,
    rows_read: 0,
    rows_imported: 0,
    rows_rejected: 0,
    rejected_by_reason: {},
    rejects: [],
    customers_added: 0,
    bytes: 0,
    sha256: '',
  };
  let record = 0;
  const reading = readRows({
    path: filePath,
    encoding,
    delimiter,
    onBytes: options.onBytes ?? (() => {}),
    onRows: (rows) => {
      if (options.isCancelled?.()) return false;
      for (const row of rows) {
        record += 1;
        if (record === 1) continue;
        result.rows_read += 1;
        const values = convertEventRow(row, layout);
        if (isReject(values)) {
          result.rows_rejected += 1;
          result.rejected_by_reason[values.reason] = (result.rejected_by_reason[values.reason] ?? 0) + 1;
          if (result.rejects.length < MAX_REJECTS_KEPT) result.rejects.push({ row: record, ...values });
          continue;
        }
        insert.add(customers.idOf(values.customerKey));
        insert.add(values.ts);
        insert.add(values.type);
        insert.add(values.typeOriginal);
        for (const value of values.optional) insert.add(value);
        insert.endRow();
        result.rows_imported += 1;
      }
      return true;
    },
  });
  try {
    const read = await reading.done;
    result.bytes = read.bytes;
    result.sha256 = read.sha256;
  } catch (error) {
    if (error instanceof BrokenFile) throw brokenFileError(error.problem, filePath, record + 1);
    throw error;
  }
  if (options.isCancelled?.()) {
    throw new WorkbenchError('CANCELLED', `Import of ${fileName} cancelled: the project is unchanged.`, {
      ...worded('import_cancelled', { name: fileName }),
      file: filePath,
    });
  }
  insert.flush();
  if (result.rows_read === 0) {
    throw new WorkbenchError('IMPORT_FAILED', `${fileName} has no data rows.`, {
      file: filePath,
      ...worded('no_data_rows', { name: fileName }),
    });
  }
  result.customers_added = count(db, 'SELECT COUNT(*) FROM customers') - customersBefore;
  markEventsChanged(db);
  refreshEventProfiles(db);
  return result;
}

function count(db: Db, query: string): number {
  return db.prepare(query).pluck().get() as number;
}

/** Customer key -> id, adding customers not yet in the project. */
class CustomerIds {
  private readonly known = new Map<string, number>();
  private readonly find: ReturnType<Db['prepare']>;
  private readonly add: ReturnType<Db['prepare']>;

  constructor(db: Db) {
    this.find = db.prepare('SELECT id FROM customers WHERE customer_key = ?').pluck();
    this.add = db.prepare('INSERT INTO customers (customer_key) VALUES (?)');
  }

  idOf(key: string): number {
    let id = this.known.get(key);
    if (id === undefined) {
      id = (this.find.get(key) as number | undefined) ?? Number(this.add.run(key).lastInsertRowid);
      this.known.set(key, id);
    }
    return id;
  }
}
