/**
 * What the Predict view shows of a fit: the fit without its customer list (tens of thousands of
 * rows the view does not draw), the clv distribution and the RFM segments side by side with the
 * mean predicted value of their fitted customers (the RFM segment describes the past, the models
 * the future: a "Champion" may be fading, a "Promising" customer worth more than a "Loyal" one).
 */
import type {
  ClvCustomer,
  ClvOptions,
  ClvSegmentRow,
  ClvSummary,
  ClvTopCustomer,
} from '../../../shared/contract/clv.js';
import type { Db } from '../db/projectFile.js';
import { projectRfmModel, rfmFieldSql } from '../rfm/ruleFields.js';
import { clvHistogram } from './clvHistogram.js';
import { type ClvStep, runClv } from './runClv.js';

export function clvSummary(db: Db, options: ClvOptions, onStep?: (step: ClvStep) => void): ClvSummary {
  const { customers, ...fit } = runClv(db, options, onStep);
  const values = customers.flatMap((c) => (c.clv === null ? [] : [c.clv]));
  const segments = rfmSegmentsByKey(db);
  return {
    fit,
    customers: customers.length,
    total_clv: values.length === 0 ? null : values.reduce((s, v) => s + v, 0),
    histogram: clvHistogram(values),
    by_segment: bySegment(
      customers.map((c) => ({ ...c, segment: segments.segments.get(c.customer_id) ?? null })),
      segments.order,
    ),
    top_customers: topCustomers(customers, TOP_CUSTOMERS),
  };
}

/** How many of the most valuable customers the Predict view lists, each with its clv interval. */
export const TOP_CUSTOMERS = 10;

/** The `count` customers with the highest clv, highest first (the lower customer id first on a tie). */
export function topCustomers(customers: readonly ClvCustomer[], count: number): ClvTopCustomer[] {
  return customers
    .flatMap((c) =>
      c.clv === null
        ? []
        : [
            {
              customer_id: c.customer_id,
              x: c.x,
              p_alive: c.p_alive,
              expected_purchases: c.expected_purchases,
              clv: c.clv,
              clv_se: c.clv_se,
            },
          ],
    )
    .sort((p, q) => q.clv - p.clv || (p.customer_id < q.customer_id ? -1 : p.customer_id > q.customer_id ? 1 : 0))
    .slice(0, count);
}

/** Each customer's RFM segment (project settings, as-of date) and the segments in the scheme's order. */
function rfmSegmentsByKey(db: Db): { segments: Map<string, string>; order: readonly string[] } {
  const model = projectRfmModel(db);
  const segment = rfmFieldSql(model, 'rfm_segment');
  const rows = db
    .prepare(
      `SELECT c.customer_key AS key, ${segment.sql} AS segment
         FROM customers c JOIN customer_metrics m ON m.customer = c.id`,
    )
    .all(...segment.params) as Array<{ key: string; segment: string | null }>;
  const segments = new Map<string, string>();
  for (const r of rows) if (r.segment !== null) segments.set(r.key, r.segment);
  return { segments, order: model.table.names };
}

interface Predicted {
  segment: string | null;
  p_alive: number;
  expected_purchases: number;
  clv: number | null;
}

/** Mean predictions per segment, in the scheme's order, customers without a segment last. */
export function bySegment(customers: readonly Predicted[], order: readonly string[]): ClvSegmentRow[] {
  const groups = new Map<string | null, Predicted[]>();
  for (const c of customers) {
    const group = groups.get(c.segment) ?? [];
    group.push(c);
    groups.set(c.segment, group);
  }
  const keys = [...order.filter((name) => groups.has(name)), ...(groups.has(null) ? [null] : [])];
  return keys.map((segment) => {
    const group = groups.get(segment) as Predicted[];
    const clvs = group.flatMap((c) => (c.clv === null ? [] : [c.clv]));
    const total = clvs.reduce((s, v) => s + v, 0);
    return {
      segment,
      customers: group.length,
      mean_p_alive: group.reduce((s, c) => s + c.p_alive, 0) / group.length,
      mean_expected_purchases: group.reduce((s, c) => s + c.expected_purchases, 0) / group.length,
      mean_clv: clvs.length === 0 ? null : total / clvs.length,
      total_clv: clvs.length === 0 ? null : total,
    };
  });
}
