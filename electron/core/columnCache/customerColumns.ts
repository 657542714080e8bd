/**
 * One stored field of every customer as a typed column, in the kept customer order
 * (customerBase.ts): numbers (and dates, yes/no) as a Float64Array with NaN for NULL, text and
 * categories as Int32Array codes into a sorted dictionary (-1 for NULL). Read from SQLite once
 * per data version, remembered for the connection and kept in the project file's column_cache
 * (bounded under 'col/'), so that a reopened project's plain conditions read a blob instead of
 * scanning every customer with the attributes joined.
 *
 * A column is null (the caller stays on SQL) when a stored value is not of the column's kind: a
 * text in a number column (SQLite keeps "abc" as text in a REAL column), a BLOB, an integer past
 * 2^53 (a double would round it, SQLite compares it exactly). Then JS could not match SQL's
 * comparisons of mixed types, so it does not try.
 */
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { VISIT_ROWS, visitRows } from '../db/rowVisitor.js';
import { bytesOf, float64Of, readColumn, type StoredColumn } from './columnStore.js';
import type { CustomerBase } from './customerBase.js';
import { metricsTable } from './metricsTable.js';

export interface NumberColumn {
  kind: 'number';
  values: Float64Array;
}

export interface TextColumn {
  kind: 'text';
  /** Sorted (JS string order); codes index it. */
  dictionary: string[];
  codes: Int32Array;
}

export type CustomerColumn = NumberColumn | TextColumn;

/** Where a column's values come from: a customer_attrs column or a customer_metrics column. */
export interface ColumnSource {
  table: 'customer_attrs' | 'customer_metrics';
  /** A generated or fixed column name (checked by the field registry), never user text. */
  column: string;
  kind: CustomerColumn['kind'];
}

const MAX_EXACT_INTEGER = 2 ** 53;

/** The column, and what to keep in the project file when it was read from the tables. */
export function customerColumn(
  db: Db,
  base: CustomerBase,
  source: ColumnSource,
): { column: CustomerColumn | null; toStore: StoredColumn[] } {
  const name = `col/${source.kind}/${source.table}/${source.column}`;
  return DataCache.of(db).remember(`customer column ${name}`, () => {
    const kept = readColumn(db, name);
    const stored = kept ? decode(source.kind, kept, base.ids.length) : null;
    if (stored) return { column: stored, toStore: [] };
    const column = readFromTable(db, base, source);
    return { column, toStore: column ? [{ name, bytes: encode(column) }] : [] };
  });
}

function readFromTable(db: Db, base: CustomerBase, source: ColumnSource): CustomerColumn | null {
  const scanned = source.kind === 'number' ? fromMetricsScan(db, base, source) : null;
  if (scanned) return scanned;
  const n = base.ids.length;
  const rowOf = base.rowOf;
  const rowFor = (customer: unknown) => ((customer as number) < rowOf.length ? (rowOf[customer as number] ?? -1) : -1);
  // Still scanned to the end when a value rules the column out: a visitor cannot stop SQLite's step.
  let typed = true;
  const sql = `SELECT ${VISIT_ROWS}(customer, ${source.column}) FROM ${source.table}`;
  if (source.kind === 'number') {
    const values = new Float64Array(n).fill(Number.NaN);
    visitRows(db, sql, [], (customer, value) => {
      const row = rowFor(customer);
      if (row < 0 || value === null || !typed) return;
      if (typeof value !== 'number' || Math.abs(value) > MAX_EXACT_INTEGER) typed = false;
      else values[row] = value;
    });
    return typed ? { kind: 'number', values } : null;
  }
  const texts: Array<string | null> = new Array(n).fill(null);
  visitRows(db, sql, [], (customer, value) => {
    const row = rowFor(customer);
    if (row < 0 || value === null || !typed) return;
    if (typeof value !== 'string') typed = false;
    else texts[row] = value;
  });
  return typed ? textColumn(texts) : null;
}

/** The customer_metrics columns of the shared scan (metricsTable.ts), when it read plain numbers. */
const SCANNED = { frequency: 'frequency', monetary: 'monetary', last_day: 'lastDay' } as const;

function fromMetricsScan(db: Db, base: CustomerBase, source: ColumnSource): NumberColumn | null {
  if (source.table !== 'customer_metrics' || !Object.hasOwn(SCANNED, source.column)) return null;
  const table = metricsTable(db);
  if (!table.plain) return null;
  const scanned = table[SCANNED[source.column as keyof typeof SCANNED]];
  const values = new Float64Array(base.ids.length).fill(Number.NaN);
  const rowOf = base.rowOf;
  table.customer.forEach((customer, i) => {
    const row = customer < rowOf.length ? (rowOf[customer] as number) : -1;
    if (row >= 0) values[row] = scanned[i] as number;
  });
  return { kind: 'number', values };
}

/** A text column from one value (or null) per customer. */
export function textColumn(texts: ReadonlyArray<string | null>): TextColumn {
  // One pass codes the texts in the order met; the few distinct ones are then sorted and the codes
  // renumbered (a million customers, a handful of segments or countries).
  const met = new Map<string, number>();
  const codes = new Int32Array(texts.length);
  for (let i = 0; i < texts.length; i += 1) {
    const t = texts[i];
    if (t === null || t === undefined) {
      codes[i] = -1;
      continue;
    }
    let code = met.get(t);
    if (code === undefined) {
      code = met.size;
      met.set(t, code);
    }
    codes[i] = code;
  }
  return { kind: 'text', dictionary: sortCodes(met, codes), codes };
}

/**
 * Codes numbered in the order their texts were met (`met`: text -> code), renumbered in place into
 * the sorted dictionary's order, which is returned; -1 (no value) stays.
 */
export function sortCodes(met: ReadonlyMap<string, number>, codes: Int32Array): string[] {
  const dictionary = [...met.keys()].sort();
  const sortedCode = new Int32Array(dictionary.length);
  dictionary.forEach((t, sorted) => {
    sortedCode[met.get(t) as number] = sorted;
  });
  for (let i = 0; i < codes.length; i += 1)
    if ((codes[i] as number) >= 0) codes[i] = sortedCode[codes[i] as number] as number;
  return dictionary;
}

/**
 * A text column's bytes: the dictionary's JSON length (4 bytes), the JSON, padding to 4 bytes,
 * then the codes. Numbers: the Float64Array's bytes.
 */
export function encode(column: CustomerColumn): Uint8Array {
  if (column.kind === 'number') return bytesOf(column.values);
  const json = Buffer.from(JSON.stringify(column.dictionary), 'utf8');
  const start = 4 + Math.ceil(json.length / 4) * 4;
  const bytes = Buffer.alloc(start + column.codes.byteLength);
  bytes.writeUInt32LE(json.length, 0);
  json.copy(bytes, 4);
  Buffer.from(bytesOf(column.codes)).copy(bytes, start);
  return bytes;
}

export function decode(kind: CustomerColumn['kind'], bytes: Buffer, customers: number): CustomerColumn | null {
  if (kind === 'number') {
    const values = float64Of(bytes);
    return values.length === customers ? { kind, values } : null;
  }
  if (bytes.length < 4) return null;
  const length = bytes.readUInt32LE(0);
  const start = 4 + Math.ceil(length / 4) * 4;
  if (bytes.length !== start + customers * 4) return null;
  const dictionary = JSON.parse(bytes.toString('utf8', 4, 4 + length)) as string[];
  const codes = new Int32Array(bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + bytes.length));
  return { kind, dictionary, codes };
}
