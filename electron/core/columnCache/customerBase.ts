/**
 * Revenue, orders and last order day of every customer, in customers.id order: read from SQLite
 * once per data version and kept as columns in the project file (columnCache/columnStore.ts), so that the
 * first comparison after opening a project reads four blobs instead of a million rows. Read from
 * the tables, the figures come from the metrics scan the first views share (metricsTable.ts).
 */

import { DataCache } from '../db/dataCache.js';
import { GrowingColumn } from '../db/growingColumn.js';
import type { Db } from '../db/projectFile.js';
import { VISIT_ROWS, visitRows } from '../db/rowVisitor.js';
import { bytesOf, float64Of, readColumn, type StoredColumn } from './columnStore.js';
import { metricsTable } from './metricsTable.js';

export interface CustomerBase {
  ids: Float64Array;
  /** customers.id -> row; -1 for no customer. */
  rowOf: Int32Array;
  monetary: Float64Array;
  frequency: Float64Array;
  lastDay: Float64Array;
}

const NAMES = ['base/ids', 'base/monetary', 'base/frequency', 'base/last_day'] as const;

/** The base, and the columns to keep when it was read from the tables (none when it came from the store). */
export function customerBase(db: Db): { base: CustomerBase; toStore: StoredColumn[] } {
  return DataCache.of(db).remember('analysis customer base', () => {
    const stored = storedBase(db);
    if (stored) return { base: stored, toStore: [] };
    const base = readBase(db);
    const arrays = [base.ids, base.monetary, base.frequency, base.lastDay];
    return { base, toStore: NAMES.map((name, i) => ({ name, bytes: bytesOf(arrays[i] as Float64Array) })) };
  });
}

function storedBase(db: Db): CustomerBase | null {
  const bytes = NAMES.map((name) => readColumn(db, name));
  if (bytes.some((b) => b === null)) return null;
  const [ids, monetary, frequency, lastDay] = bytes.map((b) => float64Of(b as Buffer)) as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const n = ids.length;
  if (monetary.length !== n || frequency.length !== n || lastDay.length !== n) return null;
  return { ids, rowOf: rowsOf(ids), monetary, frequency, lastDay };
}

function rowsOf(ids: Float64Array): Int32Array {
  const rowOf = new Int32Array((ids[ids.length - 1] ?? 0) + 1).fill(-1);
  ids.forEach((id, i) => {
    rowOf[id] = i;
  });
  return rowOf;
}

function readBase(db: Db): CustomerBase {
  const table = metricsTable(db);
  // Not plain: a NULL or a text in the table, which the join's COALESCE and the row values keep as SQL has them.
  if (!table.plain) return readBaseByJoin(db);
  const ids = customerIds(db);
  const rowOf = rowsOf(ids);
  const n = ids.length;
  const base: CustomerBase = {
    ids,
    rowOf,
    monetary: new Float64Array(n),
    frequency: new Float64Array(n),
    lastDay: new Float64Array(n).fill(Number.NaN),
  };
  const { customer, monetary, frequency, lastDay } = table;
  for (let i = 0; i < customer.length; i += 1) {
    const id = customer[i] as number;
    const row = id < rowOf.length ? (rowOf[id] as number) : -1;
    if (row < 0) continue;
    base.monetary[row] = monetary[i] as number;
    base.frequency[row] = frequency[i] as number;
    base.lastDay[row] = lastDay[i] as number;
  }
  return base;
}

/** customers.id, ascending. */
function customerIds(db: Db): Float64Array {
  // One statement, one snapshot; each subquery is SQLite's quick count, first and last row.
  const [count, low, high] = db
    .prepare(
      'SELECT (SELECT COUNT(*) FROM customers), (SELECT MIN(id) FROM customers), (SELECT MAX(id) FROM customers)',
    )
    .raw()
    .get() as [number, number | null, number | null];
  // Distinct integers as many as the span from the lowest to the highest are every id between:
  // no scan (an import numbers its customers 1..n).
  if (low !== null && high !== null && high - low + 1 === count) {
    const ids = new Float64Array(count);
    for (let i = 0; i < count; i += 1) ids[i] = low + i;
    return ids;
  }
  const ids = new GrowingColumn(count);
  let ascending = true;
  visitRows(db, `SELECT ${VISIT_ROWS}(id) FROM customers`, [], (id) => {
    if ((id as number) <= ids.last()) ascending = false;
    ids.push(id as number);
  });
  return ascending ? ids.done() : ids.done().sort();
}

/** The base read by the join, row by row: data a plain metrics scan cannot read as SQL does. */
export function readBaseByJoin(db: Db): CustomerBase {
  const rows = db
    .prepare(
      `SELECT c.id, COALESCE(m.monetary, 0), COALESCE(m.frequency, 0), m.last_day
       FROM customers c LEFT JOIN customer_metrics m ON m.customer = c.id ORDER BY c.id`,
    )
    .raw()
    .all() as Array<[number, number, number, number | null]>;
  const n = rows.length;
  const base: CustomerBase = {
    ids: new Float64Array(n),
    rowOf: new Int32Array((rows[n - 1]?.[0] ?? 0) + 1).fill(-1),
    monetary: new Float64Array(n),
    frequency: new Float64Array(n),
    lastDay: new Float64Array(n),
  };
  rows.forEach(([id, monetary, frequency, lastDay], i) => {
    base.ids[i] = id;
    base.rowOf[id] = i;
    base.monetary[i] = monetary;
    base.frequency[i] = frequency;
    base.lastDay[i] = lastDay ?? Number.NaN;
  });
  return base;
}
