/**
 * Lloyd's assignment step with Hamerly's bounds (G. Hamerly 2010, "Making k-means even faster",
 * SIAM SDM): per point an upper bound on the distance to its centroid and a lower bound on the
 * distance to any other; a point whose bounds (or half the gap from its centroid to the nearest
 * other one) show its centroid is still the nearest is not measured again. Exact: the labels are
 * those of a full scan (the lower index on a tie when a point is scanned). Late Lloyd iterations
 * move few centroids by little, so most points are skipped there.
 *
 * Two habits of Hamerly's own implementation keep a skipped point cheap, which is what a run
 * spends its time on (at 100k points the step runs some 1,400 times per scan over k = 2..8):
 * - the bounds are kept relative to the centroids' cumulative moves, so a skipped point is only
 *   read, never written (upper = stored + drift[own], lower = stored - otherDrift[own]);
 * - each cluster's sum of points is updated when a point changes cluster, not summed afresh.
 * The loops read typed arrays through locals, which V8 keeps in registers.
 */
import type { Points } from './kmeans.js';

/**
 * How many steps' worth of growth of the drifts the watch list is built for: a larger list costs
 * more per step, a smaller one a pass over every point more often. Lloyd's late moves shrink
 * step by step, so a few steps' worth usually lasts until convergence.
 */
const WATCH_AHEAD = 3;

export class BoundedAssignment {
  /** Upper bound minus the cumulative move of the point's centroid when it was set. */
  private readonly upper: Float64Array;
  /** Lower bound plus the own centroid's otherDrift when it was set. */
  private readonly lower: Float64Array;
  private readonly halfGap: Float64Array;
  /** Per centroid, how far it has moved in all (summed over the steps). */
  private readonly drift: Float64Array;
  /**
   * Per centroid c, the largest move among the other centroids, summed over the steps: how far
   * the distance from a point of c to its nearest other centroid can have shrunk. Hamerly's
   * refinement: the cluster of the step's largest mover only loses the second largest move.
   */
  private readonly otherDrift: Float64Array;
  private first = true;
  /**
   * The watch list: every point whose slack (lower - upper, as stored) is below `watchLimit`, in
   * ascending order. A point outside it cannot need a visit while every centroid's
   * drift + otherDrift stays at or below the limit (see assign()).
   */
  private readonly watch: Int32Array;
  private watchCount = 0;
  private watchLimit = Number.NEGATIVE_INFINITY;
  /** The largest drift + otherDrift of the step before, to tell how fast it grows. */
  private lastReach = 0;
  /** How many points the last step looked at (all on the first step and when the list is rebuilt). */
  visited = 0;
  /** Per cluster the sum of its points (row-major k x d) and their count, kept up to date by assign(). */
  readonly sums: Float64Array;
  readonly counts: Float64Array;

  constructor(
    private readonly points: Points,
    private readonly k: number,
  ) {
    this.upper = new Float64Array(points.n);
    this.lower = new Float64Array(points.n);
    this.watch = new Int32Array(points.n);
    this.halfGap = new Float64Array(k);
    this.drift = new Float64Array(k);
    this.otherDrift = new Float64Array(k);
    this.sums = new Float64Array(k * points.d);
    this.counts = new Float64Array(k);
  }

  /**
   * Each point to its nearest centroid; `moved[c]` is how far centroid c moved since the last call
   * (not read on the first). Returns how many points changed cluster.
   */
  assign(centroids: Float64Array, labels: Int32Array, moved: Float64Array): number {
    if (this.first) {
      this.first = false;
      this.visited = this.points.n;
      return this.firstPass(centroids, labels);
    }
    let largest = 0;
    let second = 0;
    let mover = -1;
    for (let c = 0; c < this.k; c += 1) {
      const move = moved[c] as number;
      this.drift[c] = (this.drift[c] as number) + move;
      if (move > largest) {
        second = largest;
        largest = move;
        mover = c;
      } else if (move > second) second = move;
    }
    for (let c = 0; c < this.k; c += 1) {
      this.otherDrift[c] = (this.otherDrift[c] as number) + (c === mover ? second : largest);
    }
    computeHalfGaps(centroids, this.k, this.points.d, this.halfGap);
    let reach = 0;
    for (let c = 0; c < this.k; c += 1)
      reach = Math.max(reach, (this.drift[c] as number) + (this.otherDrift[c] as number));
    const growth = reach - this.lastReach;
    this.lastReach = reach;
    if (reach <= this.watchLimit && this.watchCount <= this.points.n / 2) {
      return this.boundedPass(centroids, labels, false, 0);
    }
    // The drifts outgrew the list (or it holds most points, after a big step, and walking all of
    // them costs little more): a pass over every point that lists those the next steps' drifts,
    // guessed from this step's, could wake.
    return this.boundedPass(centroids, labels, true, reach + WATCH_AHEAD * growth);
  }

  private firstPass(centroids: Float64Array, labels: Int32Array): number {
    if (this.points.d === 3) return this.firstPass3(centroids, labels);
    const { values, n, d } = this.points;
    const { upper, lower, k, sums, counts } = this;
    for (let i = 0; i < n; i += 1) {
      const c = scanPoint(values, i * d, d, centroids, k);
      labels[i] = c;
      upper[i] = nearest;
      lower[i] = secondNearest;
      counts[c] = (counts[c] as number) + 1;
      const base = i * d;
      const cBase = c * d;
      for (let t = 0; t < d; t += 1) sums[cBase + t] = (sums[cBase + t] as number) + (values[base + t] as number);
    }
    return n;
  }

  /**
   * firstPass for three fields (the default recency, frequency, monetary): the distances unrolled,
   * summed in the same order as the general loop, so the labels and bounds are the same to the bit.
   */
  private firstPass3(centroids: Float64Array, labels: Int32Array): number {
    const { values, n } = this.points;
    const { upper, lower, k, sums, counts } = this;
    for (let i = 0; i < n; i += 1) {
      const base = i * 3;
      const x0 = values[base] as number;
      const x1 = values[base + 1] as number;
      const x2 = values[base + 2] as number;
      let best = 0;
      let bestDist = Number.POSITIVE_INFINITY;
      let second = Number.POSITIVE_INFINITY;
      for (let c = 0; c < k; c += 1) {
        const cBase = c * 3;
        const e0 = x0 - (centroids[cBase] as number);
        const e1 = x1 - (centroids[cBase + 1] as number);
        const e2 = x2 - (centroids[cBase + 2] as number);
        const dist = e0 * e0 + e1 * e1 + e2 * e2;
        if (dist < bestDist) {
          second = bestDist;
          bestDist = dist;
          best = c;
        } else if (dist < second) second = dist;
      }
      labels[i] = best;
      upper[i] = Math.sqrt(bestDist);
      lower[i] = Math.sqrt(second);
      counts[best] = (counts[best] as number) + 1;
      const cBase = best * 3;
      sums[cBase] = (sums[cBase] as number) + x0;
      sums[cBase + 1] = (sums[cBase + 1] as number) + x1;
      sums[cBase + 2] = (sums[cBase + 2] as number) + x2;
    }
    return n;
  }

  /**
   * The bounded step over every point (`all`; then the watch list is rebuilt for `limit`) or over
   * the watch list only. Both visit points in ascending order, so the clusters' sums are updated
   * in the same order and give the same bits either way.
   */
  private boundedPass(centroids: Float64Array, labels: Int32Array, all: boolean, limit: number): number {
    const { values, n, d } = this.points;
    const { upper, lower, halfGap, drift, otherDrift, k, sums, counts, watch } = this;
    let changed = 0;
    const count = all ? n : this.watchCount;
    this.visited = count;
    let listed = 0;
    for (let j = 0; j < count; j += 1) {
      const i = all ? j : (watch[j] as number);
      const own = labels[i] as number;
      const ownDrift = drift[own] as number;
      let up = (upper[i] as number) + ownDrift;
      const low = (lower[i] as number) - (otherDrift[own] as number);
      const gap = halfGap[own] as number;
      const bound = gap > low ? gap : low;
      if (up > bound) {
        const base = i * d;
        const ownBase = own * d;
        let s = 0;
        if (d === 3) {
          // Three fields (the default) unrolled, summed in the loop's order: the same bits.
          const e0 = (values[base] as number) - (centroids[ownBase] as number);
          const e1 = (values[base + 1] as number) - (centroids[ownBase + 1] as number);
          const e2 = (values[base + 2] as number) - (centroids[ownBase + 2] as number);
          s = e0 * e0 + e1 * e1 + e2 * e2;
        } else {
          for (let t = 0; t < d; t += 1) {
            const diff = (values[base + t] as number) - (centroids[ownBase + t] as number);
            s += diff * diff;
          }
        }
        up = Math.sqrt(s);
        upper[i] = up - ownDrift;
        if (up > bound) {
          const label = d === 3 ? scanPoint3(values, base, centroids, k) : scanPoint(values, base, d, centroids, k);
          upper[i] = nearest - (drift[label] as number);
          lower[i] = secondNearest + (otherDrift[label] as number);
          if (label !== own) {
            labels[i] = label;
            changed += 1;
            counts[own] = (counts[own] as number) - 1;
            counts[label] = (counts[label] as number) + 1;
            const labelBase = label * d;
            for (let t = 0; t < d; t += 1) {
              const x = values[base + t] as number;
              sums[ownBase + t] = (sums[ownBase + t] as number) - x;
              sums[labelBase + t] = (sums[labelBase + t] as number) + x;
            }
          }
        }
      }
      if (all && (lower[i] as number) - (upper[i] as number) < limit) {
        watch[listed] = i;
        listed += 1;
      }
    }
    if (all) {
      this.watchCount = listed;
      this.watchLimit = limit;
    }
    return changed;
  }
}

/** The distances of the last scanPoint() to the nearest and second nearest centroid (no allocation per scan). */
let nearest = 0;
let secondNearest = 0;

/** The nearest centroid to the point at values[base..base + d) (the lower index on a tie); sets nearest/secondNearest. */
function scanPoint(values: Float64Array, base: number, d: number, centroids: Float64Array, k: number): number {
  let best = 0;
  let bestDist = Number.POSITIVE_INFINITY;
  let second = Number.POSITIVE_INFINITY;
  for (let c = 0; c < k; c += 1) {
    const cBase = c * d;
    let dist = 0;
    for (let t = 0; t < d; t += 1) {
      const diff = (values[base + t] as number) - (centroids[cBase + t] as number);
      dist += diff * diff;
    }
    if (dist < bestDist) {
      second = bestDist;
      bestDist = dist;
      best = c;
    } else if (dist < second) {
      second = dist;
    }
  }
  nearest = Math.sqrt(bestDist);
  secondNearest = Math.sqrt(second);
  return best;
}

/** scanPoint for three fields, the distances summed in the same order. */
function scanPoint3(values: Float64Array, base: number, centroids: Float64Array, k: number): number {
  const x0 = values[base] as number;
  const x1 = values[base + 1] as number;
  const x2 = values[base + 2] as number;
  let best = 0;
  let bestDist = Number.POSITIVE_INFINITY;
  let second = Number.POSITIVE_INFINITY;
  for (let c = 0; c < k; c += 1) {
    const cBase = c * 3;
    const e0 = x0 - (centroids[cBase] as number);
    const e1 = x1 - (centroids[cBase + 1] as number);
    const e2 = x2 - (centroids[cBase + 2] as number);
    const dist = e0 * e0 + e1 * e1 + e2 * e2;
    if (dist < bestDist) {
      second = bestDist;
      bestDist = dist;
      best = c;
    } else if (dist < second) second = dist;
  }
  nearest = Math.sqrt(bestDist);
  secondNearest = Math.sqrt(second);
  return best;
}

/** Half the distance from each centroid to its nearest other centroid, into `halfGap`. */
function computeHalfGaps(centroids: Float64Array, k: number, d: number, halfGap: Float64Array): void {
  for (let c = 0; c < k; c += 1) {
    let near = Number.POSITIVE_INFINITY;
    for (let o = 0; o < k; o += 1) {
      if (o === c) continue;
      let s = 0;
      for (let t = 0; t < d; t += 1) {
        const diff = (centroids[c * d + t] as number) - (centroids[o * d + t] as number);
        s += diff * diff;
      }
      near = Math.min(near, s);
    }
    halfGap[c] = Math.sqrt(near) / 2;
  }
}
