/**
 * customer_metrics holds what does not depend on the as-of date (frequency, monetary, first and
 * last order day); recency, tenure and aov are derived when read (see query.ts).
 */

import { BatchInsert } from '../import/batchInsert.js';
import { withoutIndexes } from '../import/fast/bulkIndexes.js';
import { type CustomerTotals, type CustomerTotalsColumns, roundMoney } from '../import/orderAccumulator.js';
import type { Db } from '../project/projectFile.js';

/**
 * After an import. totals: the per-customer sums gathered from a new orders dataset, or null
 * when only customers changed (then existing order metrics stay and new customers get zeros).
 */
export function refreshMetrics(db: Db, totals: CustomerTotalsColumns | null): void {
  if (totals) {
    // Every row is rewritten: cheaper to rebuild the sort indexes once than to update them per row.
    withoutIndexes(db, 'customer_metrics', () => {
      db.exec('DELETE FROM customer_metrics');
      insertTotals(db, totals);
      addCustomersWithoutOrders(db);
    });
  } else {
    db.exec('DELETE FROM customer_metrics WHERE customer NOT IN (SELECT id FROM customers)');
    addCustomersWithoutOrders(db);
  }
}

function insertTotals(db: Db, totals: CustomerTotalsColumns): void {
  const insert = new BatchInsert(
    db,
    'INSERT INTO customer_metrics (customer, frequency, monetary, first_day, last_day)',
    5,
  );
  for (let i = 0; i < totals.count; i += 1) {
    const frequency = totals.frequency[i] as number;
    insert.add(totals.customer[i] as number);
    insert.add(frequency);
    insert.add(totals.monetary[i] as number);
    insert.add(frequency > 0 ? (totals.firstDay[i] as number) : null);
    insert.add(frequency > 0 ? (totals.lastDay[i] as number) : null);
    insert.endRow();
  }
  insert.flush();
}

function addCustomersWithoutOrders(db: Db): void {
  db.exec(
    'INSERT OR IGNORE INTO customer_metrics (customer, frequency, monetary, first_day, last_day) SELECT id, 0, 0, NULL, NULL FROM customers',
  );
}

/**
 * The same metrics straight from order_lines in SQL. Used to check the streaming figures and to
 * rebuild customer_metrics when a project's lines change outside an import.
 */
export function computeMetricsSql(db: Db): CustomerTotals[] {
  const rows = db
    .prepare(
      `WITH orders AS (
         SELECT customer, order_ref, SUM(amount) AS amount, MIN(ts / 86400) AS day
         FROM order_lines GROUP BY customer, order_ref
       ),
       positive AS (
         SELECT customer, COUNT(*) AS frequency, MIN(day) AS first_day, MAX(day) AS last_day
         FROM orders WHERE amount > 1e-9 GROUP BY customer
       ),
       money AS (SELECT customer, SUM(amount) AS monetary FROM order_lines GROUP BY customer)
       SELECT c.id AS customer, COALESCE(p.frequency, 0) AS frequency, COALESCE(m.monetary, 0) AS monetary,
              p.first_day AS firstDay, p.last_day AS lastDay
       FROM customers c LEFT JOIN money m ON m.customer = c.id LEFT JOIN positive p ON p.customer = c.id
       ORDER BY c.id`,
    )
    .all() as CustomerTotals[];
  return rows.map((r) => ({ ...r, monetary: roundMoney(r.monetary) }));
}
