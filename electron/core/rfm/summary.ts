/**
 * What the RFM view charts: per segment (customers, orders, revenue, AOV, medians, shares of
 * the scored customers' totals) and the R x F grid (customers and mean monetary per cell).
 */
import type { RfmGridCell, RfmSegmentSummary } from '../../../shared/contract/rfm.js';
import { round6 } from '../db/rounding.js';
import { revenueShare } from '../metrics/share.js';
import type { RfmComputation } from './compute.js';
import { medianOf } from './select.js';

/** Revenue of the scored customers. */
export function scoredRevenue(c: RfmComputation): number {
  let sum = 0;
  for (const v of c.population.monetary) sum += v;
  return sum;
}

/** Revenue of every customer, scored or not: the project's total revenue as of the RFM date. */
export function totalRevenue(c: RfmComputation): number {
  return scoredRevenue(c) + c.population.unscoredRevenue;
}

/** Population indices grouped by segment (a counting sort): members of s are order[start[s]..start[s + 1]). */
function groupBySegment(c: RfmComputation): { order: Int32Array; start: Int32Array } {
  const segments = c.model.table.names.length;
  const start = new Int32Array(segments + 1);
  for (const s of c.segment) start[s + 1] = (start[s + 1] as number) + 1;
  for (let s = 0; s < segments; s += 1) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const next = start.slice(0, segments);
  const order = new Int32Array(c.segment.length);
  c.segment.forEach((s, i) => {
    order[next[s] as number] = i;
    next[s] = (next[s] as number) + 1;
  });
  return { order, start };
}

export function segmentSummaries(c: RfmComputation): RfmSegmentSummary[] {
  const { order, start } = groupBySegment(c);
  const customers = c.segment.length;
  const revenue = totalRevenue(c);
  return c.model.table.names.map((segment, s) =>
    summarise(c, segment, order.subarray(start[s] as number, start[s + 1] as number), customers, revenue),
  );
}

function summarise(
  c: RfmComputation,
  segment: string,
  members: Int32Array,
  allCustomers: number,
  allRevenue: number,
): RfmSegmentSummary {
  const { recency, frequency, monetary } = c.population;
  const middle = (values: Float64Array): number | null => {
    if (members.length === 0) return null;
    const picked = new Float64Array(members.length);
    for (let k = 0; k < members.length; k += 1) picked[k] = values[members[k] as number] as number;
    return round6(medianOf(picked));
  };
  let orders = 0;
  let revenue = 0;
  for (const i of members) {
    orders += frequency[i] as number;
    revenue += monetary[i] as number;
  }
  return {
    segment,
    customers: members.length,
    orders,
    revenue: round6(revenue),
    aov: orders === 0 ? null : round6(revenue / orders),
    median_recency_days: middle(recency),
    median_frequency: middle(frequency),
    median_monetary: middle(monetary),
    share_customers: allCustomers === 0 ? 0 : round6(members.length / allCustomers),
    share_revenue: revenueShare(revenue, allRevenue),
  };
}

/** bins x bins cells, r then f ascending. */
export function rfGrid(c: RfmComputation): RfmGridCell[] {
  const bins = c.model.settings.bins;
  const count = new Float64Array(bins * bins);
  const money = new Float64Array(bins * bins);
  c.r.forEach((r, i) => {
    const cell = (r - 1) * bins + ((c.f[i] as number) - 1);
    count[cell] = (count[cell] as number) + 1;
    money[cell] = (money[cell] as number) + (c.population.monetary[i] as number);
  });
  return Array.from(count, (customers, cell) => ({
    r: Math.floor(cell / bins) + 1,
    f: (cell % bins) + 1,
    customers,
    revenue: round6(money[cell] as number),
    avg_monetary: customers === 0 ? null : round6((money[cell] as number) / customers),
  }));
}
