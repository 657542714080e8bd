/**
 * The customer_metrics columns the first views read (frequency, monetary, last order day), in one
 * scan: the RFM population (rfm/population.ts), the customers' base (customerBase.ts) and the
 * metric columns of a count (customerColumns.ts) are all cut from it. Each of them used to read the table on its own: five scans for the first RFM
 * answer and Champions count, and row arrays that kept the garbage collector busy for seconds at a
 * million customers.
 *
 * The engine writes the table (frequency and monetary NOT NULL, numbers); a value of another kind
 * (a text, a blob, a NULL frequency or monetary, an integer past 2^53) makes the scan not `plain`,
 * and the readers then take their own SQL paths, which keep SQL's semantics for such values.
 */
import { DataCache } from '../db/dataCache.js';
import { GrowingColumn } from '../db/growingColumn.js';
import type { Db } from '../db/projectFile.js';
import { VISIT_ROWS, visitRows } from '../db/rowVisitor.js';

export interface MetricsTable {
  /** customer_metrics.customer, in the order of the scan. */
  customer: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  /** NaN for NULL. */
  lastDay: Float64Array;
  /** The scan met the customers in ascending order (the table's key order). */
  ascending: boolean;
  /** Every value a number of at most 2^53 in magnitude (last_day may be NULL). */
  plain: boolean;
  /** Customers with frequency <= 0 (not scored by RFM) and their net revenue, summed by SQLite in the table's order. */
  unscored: number;
  unscoredRevenue: number;
}

const MAX_EXACT = 2 ** 53;

/** The aggregates are SQL's, as the population query computed them (a float sum depends on the order). */
const SCAN = `SELECT ${VISIT_ROWS}(customer, frequency, monetary, last_day),
    COUNT(*) FILTER (WHERE frequency <= 0), TOTAL(monetary) FILTER (WHERE frequency <= 0)
  FROM customer_metrics`;

/**
 * The scan, shared while someone holds it: remembered for the data's version through a weak
 * reference, so the 32 MB of a million customers are not pinned for the connection's life once
 * the readers have cut what they keep (a reader after a collection scans again).
 */
export function metricsTable(db: Db): MetricsTable {
  const held = DataCache.of(db).remember('customer_metrics columns', () => ({
    ref: null as WeakRef<MetricsTable> | null,
  }));
  let table = held.ref?.deref();
  if (!table) {
    table = scan(db);
    held.ref = new WeakRef(table);
  }
  return table;
}

function scan(db: Db): MetricsTable {
  const expected = db.prepare('SELECT COUNT(*) FROM customer_metrics').pluck().get() as number;
  const [customer, frequency, monetary, lastDay] = [0, 0, 0, 0].map(() => new GrowingColumn(expected)) as [
    GrowingColumn,
    GrowingColumn,
    GrowingColumn,
    GrowingColumn,
  ];
  let ascending = true;
  let plain = true;
  const number = (x: unknown) => typeof x === 'number' && Math.abs(x) <= MAX_EXACT;
  const [, unscored, unscoredRevenue] = visitRows(db, SCAN, [], (id, f, m, day) => {
    if (!number(f) || !number(m) || (day !== null && !number(day))) plain = false;
    // NaN before the first row: the comparison is false.
    if ((id as number) <= customer.last()) ascending = false;
    customer.push(id as number);
    frequency.push(f as number);
    monetary.push(m as number);
    lastDay.push(day === null ? Number.NaN : (day as number));
  }) as [number, number, number];
  return {
    customer: customer.done(),
    frequency: frequency.done(),
    monetary: monetary.done(),
    lastDay: lastDay.done(),
    ascending,
    plain,
    unscored,
    unscoredRevenue,
  };
}
