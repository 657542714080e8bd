/**
 * Quantiles with linear interpolation between order statistics: R's default type 7, numpy's
 * default, Excel's PERCENTILE.INC. For sorted x of length N and p in [0, 1]:
 * h = (N - 1) p, q = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 *
 * The RFM breaks use p = k / bins, and h is then kept as the exact fraction (N - 1) k / bins.
 * R and numpy form (N - 1) p in floating point and can land an ulp off: for N = 10 and p = 0.6
 * they give 50.99999999999999 where the break is 51. That matters here, because a value equal
 * to a break scores below it; with the exact fraction, a break that is a whole number in exact
 * arithmetic comes out whole, and other breaks differ from R's by an ulp at most.
 */

import { valuesAtRanks } from './select.js';

/** q(k / n) of ascending values, h = (N - 1) k / n held as a whole part and a remainder over n. */
export function quantileFraction(sorted: ArrayLike<number>, k: number, n: number): number {
  const count = sorted.length;
  if (count === 0) throw new RangeError('quantile of no values');
  const numerator = (count - 1) * k;
  const lo = Math.floor(numerator / n);
  const rest = numerator - lo * n;
  const below = sorted[lo] as number;
  if (rest === 0) return below;
  const above = sorted[lo + 1] as number;
  // (rest * difference) / n: exact when the values are whole numbers and the result is one.
  return below === above ? below : below + (rest * (above - below)) / n;
}

/** q(p) for any p in [0, 1] (floating-point h, as R and numpy). */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const count = sorted.length;
  if (count === 0) throw new RangeError('quantile of no values');
  const h = (count - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  if (lo >= count - 1) return below;
  const above = sorted[lo + 1] as number;
  return below === above ? below : below + (h - lo) * (above - below);
}

/** The bins - 1 breaks b_k = q(k / bins), k = 1..bins-1; none for no values. */
export function quantileBreaks(sorted: ArrayLike<number>, bins: number): number[] {
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let k = 1; k < bins; k += 1) breaks.push(quantileFraction(sorted, k, bins));
  return breaks;
}

/**
 * quantileBreaks(sortedCopy(values), bins) without sorting: only the order statistics the breaks
 * read are picked (select.ts), two per break at most. Three sorts of a million values were most
 * of a first scoring.
 */
export function quantileBreaksOfUnsorted(values: ArrayLike<number>, bins: number): number[] {
  const count = values.length;
  if (count === 0) return [];
  const ranks = new Set<number>();
  for (let k = 1; k < bins; k += 1) {
    const lo = Math.floor(((count - 1) * k) / bins);
    ranks.add(lo);
    if (lo + 1 < count) ranks.add(lo + 1);
  }
  // Read by quantileFraction as it reads a sorted array.
  const picked: { length: number; [rank: number]: number } = { length: count };
  for (const [rank, value] of valuesAtRanks(values, [...ranks])) picked[rank] = value;
  return quantileBreaks(picked, bins);
}

/** The median: q(1/2). */
export function median(sorted: ArrayLike<number>): number {
  return quantileFraction(sorted, 1, 2);
}

/** A sorted copy (numeric order; typed arrays sort numerically). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const copy = Float64Array.from(values);
  copy.sort();
  return copy;
}
