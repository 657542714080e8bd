/**
 * The comparison table (issue 4 §2): size and value of each segment side by side. Pure: a function
 * of the membership arrays and the as-of date, so it is tested with figures computed by hand.
 */
import type { CompareRow } from '../../../shared/contract/analysis.js';
import { round6 } from '../db/rounding.js';
import { revenueShare } from '../metrics/share.js';
import { DayHistogram } from './dayHistogram.js';
import { BITS_PER_WORD, type Membership } from './membership.js';

interface Tally {
  customers: number;
  revenue: number;
  orders: number;
  lastDays: DayHistogram;
}

/** One row per segment (names[s] is segment s of the membership), in order. */
export function compareRows(m: Membership, names: readonly string[], asOfDay: number | null): CompareRow[] {
  const range = DayHistogram.rangeOf(m.lastDay);
  const tallies: Tally[] = names.map(() => ({
    customers: 0,
    revenue: 0,
    orders: 0,
    lastDays: new DayHistogram(range),
  }));
  let totalRevenue = 0;
  for (let i = 0; i < m.customers; i += 1) totalRevenue += m.monetary[i] as number;
  m.words.forEach((word, w) => {
    for (let i = 0; i < m.customers; i += 1) {
      // Visits only the set bits: most customers are in few of the segments.
      for (let bits = word[i] as number; bits !== 0; bits &= bits - 1) {
        const t = tallies[w * BITS_PER_WORD + 31 - Math.clz32(bits & -bits)] as Tally;
        t.customers += 1;
        t.revenue += m.monetary[i] as number;
        t.orders += m.frequency[i] as number;
        // A customer without an order (NaN) has no recency.
        t.lastDays.add(m.lastDay[i] as number);
      }
    }
  });
  return tallies.map((t, s) => row(names[s] as string, t, m.customers, totalRevenue, asOfDay));
}

function row(name: string, t: Tally, allCustomers: number, totalRevenue: number, asOfDay: number | null): CompareRow {
  const shareCustomers = allCustomers === 0 ? 0 : t.customers / allCustomers;
  const shareRevenue = totalRevenue === 0 ? 0 : t.revenue / totalRevenue;
  const medianDay = t.lastDays.median();
  return {
    segment: name,
    customers: t.customers,
    share_customers: round6(shareCustomers),
    revenue: round6(t.revenue),
    share_revenue: revenueShare(t.revenue, totalRevenue),
    revenue_per_customer: t.customers === 0 ? null : round6(t.revenue / t.customers),
    aov: t.orders === 0 ? null : round6(t.revenue / t.orders),
    mean_frequency: t.customers === 0 ? null : round6(t.orders / t.customers),
    median_recency: medianDay === null || asOfDay === null ? null : asOfDay - medianDay,
    // Computed from the unrounded shares; undefined when nobody has revenue.
    revenue_index: t.customers === 0 || totalRevenue === 0 ? null : round6(shareRevenue / shareCustomers),
  };
}
