/**
 * The bars of the clv distribution. Lifetime values are heavily right-skewed (a few customers
 * carry most of the value), so equal bars up to the largest value would put almost everyone in
 * the first bar: the bars span 0 to the 99th percentile (nearest rank) in a round step, and the
 * last bar is open ("X and more") and holds the tail.
 */
import type { ClvBin } from '../../../shared/contract/clv.js';

/** About this many bars; the round step makes it between about 8 and 20. */
const TARGET_BARS = 20;

/** The smallest of 1, 2, 2.5, 5 x 10^k that is at least `raw`. */
export function roundStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw * (1 - 1e-12)) return m * power;
  return 10 * power;
}

export function clvHistogram(values: readonly number[]): ClvBin[] {
  if (values.length === 0) return [];
  const sorted = [...values].sort((x, y) => x - y);
  const p99 = sorted[Math.max(0, Math.ceil(0.99 * sorted.length) - 1)] as number;
  if (!(p99 > 0)) return [{ from: 0, to: null, customers: sorted.length }];
  const step = roundStep(p99 / TARGET_BARS);
  const bars = Math.max(1, Math.ceil(p99 / step));
  const counts = new Array<number>(bars).fill(0);
  for (const v of sorted) {
    // 0.3 / 0.1 is 2.9999999999999996: a value on a bound belongs to the bar it starts.
    const bar = Math.min(bars - 1, Math.max(0, Math.floor(v / step + 1e-9)));
    counts[bar] = (counts[bar] ?? 0) + 1;
  }
  return counts.map((customers, i) => ({
    from: round(i * step),
    to: i === bars - 1 ? null : round((i + 1) * step),
    customers,
  }));
}

/** Multiples of a decimal step without the binary noise (0.1 * 3 = 0.30000000000000004). */
const round = (n: number): number => Math.round(n * 1e9) / 1e9;
