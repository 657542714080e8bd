/**
 * The 80/20 check over customers' revenue (README "Pareto"): pure functions of a list of
 * monetary values, so they are tested with exact figures.
 */
import type { ParetoChart, ParetoSummary } from '../../../shared/api.js';

/** Values > 0, largest first: the population the Pareto figures are about. */
export function revenueDescending(monetary: Iterable<number>): Float64Array {
  const values: number[] = [];
  for (const m of monetary) if (m > 0) values.push(m);
  return Float64Array.from(values).sort().reverse();
}

export function paretoSummary(desc: Float64Array): ParetoSummary {
  const n = desc.length;
  if (n === 0) return { customers: 0, revenue: 0, k80: 0, share_for_80: 0, top20_share: 0, gini: 0 };
  const total = sum(desc, n);
  const k80 = countForShare(desc, 0.8);
  const top = Math.round(0.2 * n);
  return {
    customers: n,
    revenue: round(total, 6),
    k80,
    share_for_80: round(k80 / n, 6),
    top20_share: round(sum(desc, top) / total, 6),
    gini: round(gini(desc), 6),
  };
}

/** How many of the largest values (given largest first) it takes to reach `share` of their total. */
export function countForShare(desc: Float64Array, share: number): number {
  const n = desc.length;
  // A relative tolerance keeps float noise from pushing the count one customer further.
  const target = share * sum(desc, n) * (1 - 1e-12);
  let running = 0;
  for (let i = 0; i < n; i += 1) {
    running += desc[i] as number;
    if (running >= target) return i + 1;
  }
  return n;
}

/** Gini coefficient of the values (given largest first): 0 = everyone equal, towards 1 = one takes all. */
export function gini(desc: Float64Array): number {
  const n = desc.length;
  if (n === 0) return 0;
  let total = 0;
  let weighted = 0;
  // With values ascending x_1..x_n: G = 2·Σ i·x_i / (n·Σ x) − (n + 1) / n.
  for (let i = 0; i < n; i += 1) {
    const x = desc[n - 1 - i] as number;
    total += x;
    weighted += (i + 1) * x;
  }
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** Bars for the chart: one per customer, or bins of consecutive ranks when there are more than maxBars. */
export function paretoBars(desc: Float64Array, maxBars: number): ParetoChart['bars'] {
  const n = desc.length;
  const total = sum(desc, n);
  const bins = Math.min(n, maxBars);
  const bars: ParetoChart['bars'] = [];
  let running = 0;
  let start = 0;
  for (let b = 0; b < bins; b += 1) {
    const end = Math.round(((b + 1) * n) / bins);
    let revenue = 0;
    for (let i = start; i < end; i += 1) revenue += desc[i] as number;
    running += revenue;
    bars.push({ from: start + 1, to: end, revenue: round(revenue, 6), cumulativeShare: round(running / total, 6) });
    start = end;
  }
  return bars;
}

function sum(values: Float64Array, count: number): number {
  let s = 0;
  for (let i = 0; i < count; i += 1) s += values[i] as number;
  return s;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
