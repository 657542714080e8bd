/**
 * customer_metrics as of several dates from ONE read of order_totals, for views that evaluate saved
 * segments at past dates (the migration between saved segments). The same figures as
 * metricsBeforeSql (positive orders counted, first and last positive day, every amount summed and
 * rounded to 6 decimals; customers without orders get 0 and no days), summed in typed arrays by
 * customer id: an aggregate query per date cost ~0.5 s at 1M orders, where SQLite's per-row
 * aggregate work, not the reading, dominated (see changes/twoDates.ts, which measured the same).
 */
import type { Db } from '../db/projectFile.js';
import { roundMoney } from '../db/rounding.js';

export interface OrdersBefore {
  customer: number[];
  day: number[];
  amount: number[];
  /** 1 + the highest customer id: the length of the per-customer arrays. */
  size: number;
}

/** Every order dated before `untilDay`, in order ref order, as three columns. */
export function readOrdersBefore(db: Db, untilDay: number): OrdersBefore {
  const columns = db
    .prepare(
      `SELECT json_group_array(customer) AS customer, json_group_array(day) AS day, json_group_array(amount) AS amount
       FROM (SELECT customer, day, amount FROM order_totals WHERE day < ? ORDER BY ref)`,
    )
    .get(untilDay) as { customer: string; day: string; amount: string };
  const size = ((db.prepare('SELECT MAX(id) FROM customers').pluck().get() as number | null) ?? 0) + 1;
  return {
    customer: JSON.parse(columns.customer) as number[],
    day: JSON.parse(columns.day) as number[],
    amount: JSON.parse(columns.amount) as number[],
    size,
  };
}

/**
 * Rewrites customer_metrics as metricsBeforeSql(beforeDay) would, from orders read once. The caller
 * holds a transaction or savepoint (the rows of every customer are replaced).
 */
export function writeMetricsBefore(db: Db, orders: OrdersBefore, beforeDay: number): void {
  const { size } = orders;
  const frequency = new Uint32Array(size);
  const monetary = new Float64Array(size);
  const first = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const last = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < orders.customer.length; i += 1) {
    const d = orders.day[i] as number;
    if (d >= beforeDay) continue;
    const c = orders.customer[i] as number;
    const a = orders.amount[i] as number;
    monetary[c] = (monetary[c] as number) + a;
    if (a > 1e-9) {
      frequency[c] = (frequency[c] as number) + 1;
      if (d < (first[c] as number)) first[c] = d;
      if (d > (last[c] as number)) last[c] = d;
    }
  }
  const ids = db.prepare('SELECT id FROM customers ORDER BY id').pluck().all() as number[];
  db.exec('DELETE FROM customer_metrics');
  const insert = db.prepare(
    'INSERT INTO customer_metrics (customer, frequency, monetary, first_day, last_day) VALUES (?, ?, ?, ?, ?)',
  );
  for (const c of ids) {
    const f = frequency[c] as number;
    insert.run(c, f, roundMoney(monetary[c] as number), f > 0 ? first[c] : null, f > 0 ? last[c] : null);
  }
}
