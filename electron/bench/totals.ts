/** What both import cases must agree on: customers, orders and revenue (to the cent) of a project. */
import type { Db } from '../core/db/projectFile.js';

export interface ProjectTotals {
  customers: number;
  orders: number;
  revenue: number;
}

export function projectTotals(db: Db): ProjectTotals {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number | null }).n ?? 0;
  return {
    customers: n('SELECT COUNT(*) AS n FROM customers'),
    orders: n('SELECT COUNT(*) AS n FROM order_totals'),
    // Rounded to cents: the two paths add the same lines in different orders.
    revenue: n('SELECT ROUND(SUM(amount), 2) AS n FROM order_totals'),
  };
}

/** The first difference between two projects' totals, in words; null when they agree. */
export function totalsDiffer(single: ProjectTotals, set: ProjectTotals): string | null {
  for (const key of ['customers', 'orders', 'revenue'] as const) {
    if (single[key] !== set[key]) return `${key}: single file ${single[key]}, linked files ${set[key]}`;
  }
  return null;
}
