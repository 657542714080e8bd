/** Reading customer metrics for the Data view and the CLI: recency/tenure/aov derived for the as-of date. */
import type { CustomerMetrics, CustomerPage } from '../../../shared/api.js';
import type { MetricKey } from '../../../shared/model/metrics.js';
import type { Db } from '../db/projectFile.js';
import { roundMoney } from '../db/rounding.js';
import { readAsOf } from './asOf.js';
import { dayToIso } from './days.js';

/**
 * How to sort by each key: a whitelist, so no client text reaches the SQL. Sorting by the stored
 * column (reversed for recency and tenure, which count back from the as-of date) lets SQLite walk
 * an index; m.customer breaks ties so pages never overlap.
 */
const SORT_COLUMNS: Record<MetricKey, { column: string; reversed: boolean }> = {
  customer_id: { column: 'c.customer_key', reversed: false },
  recency_days: { column: 'm.last_day', reversed: true },
  frequency: { column: 'm.frequency', reversed: false },
  monetary: { column: 'm.monetary', reversed: false },
  aov: { column: 'aov', reversed: false },
  first_order: { column: 'm.first_day', reversed: false },
  last_order: { column: 'm.last_day', reversed: false },
  tenure_days: { column: 'm.first_day', reversed: true },
};

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

interface SortSpec {
  key: MetricKey;
  dir: 'asc' | 'desc';
}

export function customerPage(db: Db, offset: number, limit: number, sort?: SortSpec): CustomerPage {
  const asOf = readAsOf(db).day ?? 0;
  const order = orderBy(sort);
  const rows = db.prepare(`${SELECT} ${order} LIMIT @limit OFFSET @offset`).all({ asOf, limit, offset }) as Row[];
  const total = (db.prepare('SELECT COUNT(*) AS n FROM customer_metrics').get() as { n: number }).n;
  return { total, offset, rows: rows.map(toMetrics) };
}

/** Every customer's metrics, ordered by customer id (the CLI's `metrics --json`). */
export function allCustomerMetrics(db: Db, asOfDay?: number): CustomerMetrics[] {
  const asOf = asOfDay ?? readAsOf(db).day ?? 0;
  return (db.prepare(`${SELECT} ORDER BY c.customer_key`).all({ asOf }) as Row[]).map(toMetrics);
}

function orderBy(sort: SortSpec | undefined): string {
  if (!sort) return 'ORDER BY c.customer_key';
  const { column, reversed } = SORT_COLUMNS[sort.key];
  const dir = (sort.dir === 'desc') !== reversed ? 'DESC' : 'ASC';
  if (sort.key === 'customer_id') return `ORDER BY ${column} ${dir}`;
  // Empty values go last in both directions, as in a spreadsheet.
  return `ORDER BY ${column} ${dir} NULLS LAST, m.customer ${dir}`;
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
