/**
 * customer_metrics holds what does not depend on the as-of date (frequency, monetary, first and
 * last order day); recency, tenure and aov are derived when read (see query.ts).
 */

import { BatchInsert } from '../import/batchInsert.js';
import type { CustomerTotals } from '../import/orderAccumulator.js';
import { roundMoney } from '../import/orderAccumulator.js';
import type { Db } from '../project/projectFile.js';

/**
 * After an import. totals: the per-customer sums gathered from a new orders dataset, or null
 * when only customers changed (then existing order metrics stay and new customers get zeros).
 */
export function refreshMetrics(db: Db, totals: CustomerTotals[] | null): void {
  if (totals) {
    db.exec('DELETE FROM customer_metrics');
    const insert = new BatchInsert(
      db,
      'INSERT INTO customer_metrics (customer, frequency, monetary, first_day, last_day)',
      5,
    );
    for (const t of totals) {
      insert.add(t.customer);
      insert.add(t.frequency);
      insert.add(t.monetary);
      insert.add(t.firstDay);
      insert.add(t.lastDay);
      insert.endRow();
    }
    insert.flush();
  } else {
    db.exec('DELETE FROM customer_metrics WHERE customer NOT IN (SELECT id FROM customers)');
  }
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
