/** Reads a project's orders as customer days for the lifetime-value summary (orders before the as-of date only). */
import type { Db } from '../db/projectFile.js';
import type { CustomerDay } from './purchaseDays.js';

interface Row {
  customer_id: string;
  day: number;
  total: number;
  purchase: number;
}

/** One row per customer and day with an order dated before asOfDay, sorted by customer id then day. */
export function readCustomerDays(db: Db, asOfDay: number): CustomerDay[] {
  const rows = db
    .prepare(
      `SELECT c.customer_key AS customer_id, t.day, SUM(t.amount) AS total, MAX(t.amount > 0) AS purchase
         FROM order_totals t JOIN customers c ON c.id = t.customer
        WHERE t.day < ?
        GROUP BY t.customer, t.day
        ORDER BY c.customer_key, t.day`,
    )
    .all(asOfDay) as Row[];
  return rows.map((r) => ({ customerId: r.customer_id, day: r.day, total: r.total, purchase: r.purchase === 1 }));
}
