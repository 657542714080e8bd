/**
 * A query's rows handed to a function one at a time from inside SQLite's own step, through an
 * aggregate function registered once per connection: `SELECT ${VISIT_ROWS}(a, b, c) FROM t`.
 * No row array is made per row. Reading a million rows with .all() made a million arrays, and the
 * garbage collector then took longer than the reading (seconds at a million customers); each
 * column as a JSON array costs SQLite the formatting of every real to 17 digits. The values reach
 * the visitor as better-sqlite3 gives them to .all() (numbers, strings, Buffers, null).
 */
import type { Db } from './projectFile.js';

/** The aggregate's name in SQL: its result is the number of rows visited. */
export const VISIT_ROWS = 'segwb_visit_rows';

/** At most six values a row. */
export type RowVisitor = (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown) => void;

let visiting: RowVisitor | null = null;
const registered = new WeakSet<Db>();

/**
 * Runs `sql` (one result row, which calls VISIT_ROWS), calling `visit` with each row's values;
 * returns the result row (its other columns may be aggregates of the same scan).
 */
export function visitRows(db: Db, sql: string, params: readonly unknown[], visit: RowVisitor): unknown[] {
  register(db);
  // One scan at a time: the visitor is the module's, and a visit never runs a query.
  if (visiting) throw new Error('visitRows: a scan is already running');
  visiting = visit;
  try {
    return db
      .prepare(sql)
      .raw()
      .get(...params) as unknown[];
  } finally {
    visiting = null;
  }
}

function register(db: Db): void {
  if (registered.has(db)) return;
  db.aggregate(VISIT_ROWS, {
    varargs: true,
    // Not callable from triggers or views a file may hold.
    directOnly: true,
    start: 0,
    // The typings know a step of one value; with varargs SQLite passes each of the row's.
    step: ((count: number, a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown) => {
      (visiting as RowVisitor)(a, b, c, d, e, f);
      return count + 1;
    }) as unknown as (count: number, value: unknown) => number,
  });
  registered.add(db);
}
