/**
 * Lloyd's assignment step with Hamerly's bounds (G. Hamerly 2010, "Making k-means even faster",
 * SIAM SDM): per point an upper bound on the distance to its centroid and a lower bound on the
 * distance to any other; a point whose bounds (or half the gap from its centroid to the nearest
 * other one) show its centroid is still the nearest is not measured again. Exact: the labels are
 * those of a full scan (the lower index on a tie when a point is scanned). Late Lloyd iterations
 * move few centroids by little, so most points are skipped there.
 */
import type { Points } from './kmeans.js';

export class BoundedAssignment {
  private readonly upper: Float64Array;
  private readonly lower: Float64Array;
  private readonly halfGap: Float64Array;
  private first = true;

  constructor(
    private readonly points: Points,
    private readonly k: number,
  ) {
    this.upper = new Float64Array(points.n);
    this.lower = new Float64Array(points.n);
    this.halfGap = new Float64Array(k);
  }

  /**
   * Each point to its nearest centroid; `moved[c]` is how far centroid c moved since the last call
   * (not read on the first). Returns how many points changed cluster.
   */
  assign(centroids: Float64Array, labels: Int32Array, moved: Float64Array): number {
    const { n } = this.points;
    if (this.first) {
      this.first = false;
      for (let i = 0; i < n; i += 1) this.scan(i, centroids, labels);
      return n;
    }
    let maxMoved = 0;
    for (let c = 0; c < this.k; c += 1) maxMoved = Math.max(maxMoved, moved[c] as number);
    this.computeHalfGaps(centroids);
    let changed = 0;
    for (let i = 0; i < n; i += 1) {
      const own = labels[i] as number;
      this.upper[i] = (this.upper[i] as number) + (moved[own] as number);
      this.lower[i] = (this.lower[i] as number) - maxMoved;
      const bound = Math.max(this.halfGap[own] as number, this.lower[i] as number);
      if ((this.upper[i] as number) <= bound) continue;
      this.upper[i] = Math.sqrt(this.sqDistTo(i, centroids, own));
      if ((this.upper[i] as number) <= bound) continue;
      if (this.scan(i, centroids, labels) !== own) changed += 1;
    }
    return changed;
  }

  /** Measures point i against every centroid; sets its label and both bounds; returns the label. */
  private scan(i: number, centroids: Float64Array, labels: Int32Array): number {
    let best = 0;
    let bestDist = Number.POSITIVE_INFINITY;
    let second = Number.POSITIVE_INFINITY;
    for (let c = 0; c < this.k; c += 1) {
      const dist = this.sqDistTo(i, centroids, c);
      if (dist < bestDist) {
        second = bestDist;
        bestDist = dist;
        best = c;
      } else if (dist < second) {
        second = dist;
      }
    }
    labels[i] = best;
    this.upper[i] = Math.sqrt(bestDist);
    this.lower[i] = Math.sqrt(second);
    return best;
  }

  /** Half the distance from each centroid to its nearest other centroid. */
  private computeHalfGaps(centroids: Float64Array): void {
    const { d } = this.points;
    for (let c = 0; c < this.k; c += 1) {
      let nearest = Number.POSITIVE_INFINITY;
      for (let o = 0; o < this.k; o += 1) {
        if (o === c) continue;
        let s = 0;
        for (let t = 0; t < d; t += 1) {
          const diff = (centroids[c * d + t] as number) - (centroids[o * d + t] as number);
          s += diff * diff;
        }
        nearest = Math.min(nearest, s);
      }
      this.halfGap[c] = Math.sqrt(nearest) / 2;
    }
  }

  private sqDistTo(i: number, centroids: Float64Array, c: number): number {
    const { values, d } = this.points;
    let s = 0;
    for (let t = 0; t < d; t += 1) {
      const diff = (values[i * d + t] as number) - (centroids[c * d + t] as number);
      s += diff * diff;
    }
    return s;
  }
}
