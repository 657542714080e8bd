/**
 * Customer ids (the file's keys) for the scored customers, read only when rows are shown: the
 * order of the whole population by key (pages sorted by customer id, the CLI), the first few in
 * that order (a first page), and the keys of one page.
 */

import { keptFloat64Columns } from '../columnCache/columnStore.js';
import { DataCache } from '../db/dataCache.js';
import { GrowingColumn } from '../db/growingColumn.js';
import type { Db } from '../db/projectFile.js';
import { VISIT_ROWS, visitRows } from '../db/rowVisitor.js';
import { indexOfId, type RfmPopulation } from './population.js';

/** Population indices in customer-key order (the key index gives the order without sorting). */
export function keyOrder(db: Db, population: RfmPopulation): Int32Array {
  // Kept in the project file (columnCache/columnStore.ts): sorting a million keys is most of a first page.
  const ids = DataCache.of(db).remember(
    'rfm key order',
    () => keptFloat64Columns(db, ['keys/order'], () => [idsByKey(db)])[0] as Float64Array,
  );
  const indexOf = indicesById(population);
  const order = new Int32Array(population.ids.length);
  let n = 0;
  for (const id of ids) {
    const i = id < indexOf.length ? (indexOf[id] as number) : -1;
    if (i >= 0) order[n++] = i;
  }
  return order.subarray(0, n);
}

/**
 * Index by id in one array (ids are small positive integers): a binary search per customer was
 * most of a first page at a million customers.
 */
function indicesById(population: RfmPopulation): Int32Array {
  const pop = population.ids;
  const indexOf = new Int32Array((pop[pop.length - 1] ?? 0) + 1).fill(-1);
  pop.forEach((id, i) => {
    indexOf[id] = i;
  });
  return indexOf;
}

/** Rows of the key index a first page reads at most before it takes the whole order instead. */
export const FIRST_PAGE_SCAN = 65_536;

/**
 * The first `count` population indices in customer-key order (descending when asked) that pass
 * `keep`: keyOrder(...).filter(keep).slice(0, count), or its reverse, from the start of the key
 * index only. A first page needs a hundred customers, where the whole order reads a million keys
 * (and keeps them). Null when the first FIRST_PAGE_SCAN keys do not hold them (a rare segment).
 */
export function firstInKeyOrder(
  db: Db,
  population: RfmPopulation,
  count: number,
  descending: boolean,
  keep: (index: number) => boolean = () => true,
): Int32Array | null {
  const indexOf = indicesById(population);
  const found = new Int32Array(count);
  let n = 0;
  let scanned = 0;
  const sql = `SELECT ${VISIT_ROWS}(id) FROM (SELECT id FROM customers ORDER BY customer_key ${descending ? 'DESC' : 'ASC'} LIMIT ? OFFSET ?)`;
  // Chunks that double: most first pages are in the first, a segment's may need more.
  for (let chunk = Math.max(1024, count * 4); n < count && scanned < FIRST_PAGE_SCAN; chunk *= 2) {
    const [rows] = visitRows(db, sql, [chunk, scanned], (id) => {
      const i = (id as number) < indexOf.length ? (indexOf[id as number] as number) : -1;
      if (i >= 0 && n < count && keep(i)) found[n++] = i;
    }) as [number];
    scanned += chunk;
    if (rows < chunk) return found.subarray(0, n);
  }
  return n === count ? found : null;
}

/** customers.id in customer-key order (the key's index gives the order without sorting). */
function idsByKey(db: Db): Float64Array {
  const ids = new GrowingColumn(db.prepare('SELECT COUNT(*) FROM customers').pluck().get() as number);
  visitRows(db, `SELECT ${VISIT_ROWS}(id) FROM (SELECT id FROM customers ORDER BY customer_key)`, [], (id) => {
    ids.push(id as number);
  });
  return ids.done();
}

/** The keys of some members of the population, in the same order. */
export function keysOf(db: Db, population: RfmPopulation, indices: ArrayLike<number>): string[] {
  if (indices.length === 0) return [];
  const ids = Array.from(indices, (i) => population.ids[i] as number);
  const rows = db
    .prepare('SELECT id, customer_key FROM customers WHERE id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(ids)) as Array<[number, string]>;
  const byId = new Map(rows);
  return ids.map((id) => byId.get(id) as string);
}

/** Every key of the population, in customer-key order with their indices (the CLI). */
export function allKeys(db: Db, population: RfmPopulation): Array<{ index: number; key: string }> {
  const rows = db.prepare('SELECT id, customer_key FROM customers ORDER BY customer_key').raw().all() as Array<
    [number, string]
  >;
  const out: Array<{ index: number; key: string }> = [];
  for (const [id, key] of rows) {
    const index = indexOfId(population, id);
    if (index >= 0) out.push({ index, key });
  }
  return out;
}
