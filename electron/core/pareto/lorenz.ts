/**
 * The Lorenz curve of revenue: customers (or items) from the smallest to the largest, x = the
 * share of them counted so far, y = the share of revenue they bring. The diagonal is perfect
 * equality; the Gini coefficient is twice the area between the diagonal and the curve.
 */
import type { LorenzPoint } from '../../../shared/contract/analysis.js';
import { round6 } from '../db/rounding.js';

const DEFAULT_LORENZ_POINTS = 200;

/**
 * At most maxPoints points (>= 2), evenly spaced in ranks, always (0,0) first and (1,1) last.
 * desc: the values, largest first (as the Pareto figures take them), all > 0.
 */
export function lorenzCurve(desc: Float64Array, maxPoints = DEFAULT_LORENZ_POINTS): LorenzPoint[] {
  const n = desc.length;
  if (n === 0) {
    return [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ];
  }
  // cumulative[k] = sum of the k smallest values.
  const cumulative = new Float64Array(n + 1);
  for (let k = 1; k <= n; k += 1) cumulative[k] = (cumulative[k - 1] as number) + (desc[n - k] as number);
  const total = cumulative[n] as number;
  const count = Math.min(n + 1, Math.max(2, maxPoints));
  const points: LorenzPoint[] = [];
  for (let j = 0; j < count; j += 1) {
    const k = Math.round((j * n) / (count - 1));
    // The last point is exactly (1,1), whatever the float sums say.
    points.push(k === n ? { x: 1, y: 1 } : { x: round6(k / n), y: round6((cumulative[k] as number) / total) });
  }
  return points;
}
