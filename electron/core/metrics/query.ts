/** Reading customer metrics for the CLI and exports: recency/tenure/aov derived for the as-of date. */
import type { CustomerMetrics } from '../../../shared/api.js';
import type { Db } from '../db/projectFile.js';
import { roundMoney } from '../db/rounding.js';
import { readAsOf } from './asOf.js';
import { dayToIso } from './days.js';

interface Row {
  customer_id: string;
  frequency: number;
  monetary: number;
  first_day: number | null;
  last_day: number | null;
  recency_days: number | null;
  tenure_days: number | null;
  aov: number | null;
}

const SELECT = `SELECT c.customer_key AS customer_id, m.frequency, m.monetary, m.first_day, m.last_day,
    CASE WHEN m.frequency > 0 THEN @asOf - m.last_day END AS recency_days,
    CASE WHEN m.frequency > 0 THEN @asOf - m.first_day END AS tenure_days,
    CASE WHEN m.frequency > 0 THEN m.monetary / m.frequency END AS aov
  FROM customer_metrics m JOIN customers c ON c.id = m.customer`;

/** Every customer's metrics, ordered by customer id (the CLI's `metrics --json`). */
export function allCustomerMetrics(db: Db): CustomerMetrics[] {
  return [...eachCustomerMetrics(db)];
}

/** The same, one customer at a time as SQLite reads them (for output streamed as it is read). */
export function* eachCustomerMetrics(db: Db): Generator<CustomerMetrics> {
  const asOf = readAsOf(db).day ?? 0;
  for (const row of db.prepare(`${SELECT} ORDER BY c.customer_key`).iterate({ asOf })) yield toMetrics(row as Row);
}

function toMetrics(r: Row): CustomerMetrics {
  return {
    customer_id: r.customer_id,
    recency_days: r.recency_days,
    frequency: r.frequency,
    monetary: r.monetary,
    aov: r.aov === null ? null : roundMoney(r.aov),
    first_order: r.first_day === null ? null : dayToIso(r.first_day),
    last_order: r.last_day === null ? null : dayToIso(r.last_day),
    tenure_days: r.tenure_days,
  };
}
