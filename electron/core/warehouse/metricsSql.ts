/**
 * The per-customer metrics of the warehouse's orders as of a day, with the app's definitions
 * (metrics/store.ts metricsBeforeSql): orders dated before the as-of day; frequency counts the
 * orders above 1e-9, monetary sums every order (returns too) rounded to 6 decimals, first and
 * last day are of the positive orders, as day numbers. Customers without orders are absent
 * (callers join with LEFT JOIN and read 0 for frequency and monetary).
 */
import { type Dialect, quoteDate } from './dialect.js';
import { dayNumberSql, round6Sql } from './dialectSql.js';

export function metricsSql(dialect: Dialect, asOf: number | null): string {
  const positive = 'FILTER (WHERE o.amount > 1e-9)';
  const day = dayNumberSql(dialect, 'o.order_date');
  const window = asOf === null ? '' : ` WHERE o.order_date < ${quoteDate(dialect, asOf)}`;
  return `SELECT o.customer_id, COUNT(*) ${positive} AS frequency, ${round6Sql(dialect, 'SUM(o.amount)')} AS monetary,
    MIN(${day}) ${positive} AS first_day, MAX(${day}) ${positive} AS last_day
    FROM orders o${window} GROUP BY o.customer_id`;
}

/** The metrics as a FROM item; without orders a subquery of no rows with the same columns. */
export function metricsJoinSql(dialect: Dialect, asOf: number | null, hasOrders: boolean): string {
  if (!hasOrders) {
    return `(SELECT c0.customer_id, 0 AS frequency, 0 AS monetary, NULL AS first_day, NULL AS last_day FROM customers c0 WHERE ${dialect === 'sqlite' ? '0' : 'FALSE'})`;
  }
  return `(${metricsSql(dialect, asOf)})`;
}
