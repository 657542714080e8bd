/**
 * Revenue, orders and last order day of every customer, in customers.id order: read from SQLite
 * once per data version and kept as columns in the project file (columnCache/columnStore.ts), so that the
 * first comparison after opening a project reads four blobs instead of a million rows.
 */

import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { bytesOf, float64Of, readColumn, type StoredColumn } from './columnStore.js';

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
