/**
 * Mean silhouette width (Rousseeuw 1987, "Silhouettes: a graphical aid to the interpretation and
 * validation of cluster analysis", J. Comput. Appl. Math. 20:53-65), with Euclidean distances:
 * for a point i, a(i) = mean distance to the other members of its cluster, b(i) = the lowest mean
 * distance to the members of another cluster, s(i) = (b - a) / max(a, b); s(i) = 0 for a point
 * alone in its cluster (Rousseeuw's convention, also scikit-learn's). The score is the mean s(i).
 *
 * Several labelings of the same points (one per k) are scored in one pass: the distances of a
 * point to all others are computed once and summed per cluster for every labeling.
 */
import { Rng } from '../demo/random.js';
import type { Points } from './kmeans.js';

export interface Labeling {
  k: number;
  labels: Int32Array;
}

/** Mean silhouette of each labeling, in order; 0 for a labeling with fewer than 2 non-empty clusters. */
export function meanSilhouettes(points: Points, labelings: readonly Labeling[]): number[] {
  const { values, n, d } = points;
  const row = new Float64Array(n);
  const sums = labelings.map((l) => new Float64Array(l.k));
  const sizes = labelings.map((l) => clusterSizes(l));
  const totals = new Float64Array(labelings.length);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      let s = 0;
      for (let t = 0; t < d; t += 1) {
        const diff = (values[i * d + t] as number) - (values[j * d + t] as number);
        s += diff * diff;
      }
      row[j] = Math.sqrt(s);
    }
    labelings.forEach((labeling, li) => {
      const sum = sums[li] as Float64Array;
      const size = sizes[li] as Int32Array;
      sum.fill(0);
      const labels = labeling.labels;
      for (let j = 0; j < n; j += 1) {
        const c = labels[j] as number;
        sum[c] = (sum[c] as number) + (row[j] as number);
      }
      totals[li] = (totals[li] as number) + pointSilhouette(labels[i] as number, sum, size);
    });
  }
  return labelings.map((_labeling, li) =>
    n === 0 || nonEmpty(sizes[li] as Int32Array) < 2 ? 0 : (totals[li] as number) / n,
  );
}

function pointSilhouette(own: number, sum: Float64Array, size: Int32Array): number {
  const ownSize = size[own] as number;
  if (ownSize <= 1) return 0;
  // The point's distance to itself is 0, so the sum over its cluster needs no correction.
  const a = (sum[own] as number) / (ownSize - 1);
  let b = Number.POSITIVE_INFINITY;
  for (let c = 0; c < sum.length; c += 1) {
    if (c === own || (size[c] as number) === 0) continue;
    b = Math.min(b, (sum[c] as number) / (size[c] as number));
  }
  if (b === Number.POSITIVE_INFINITY) return 0;
  const denominator = Math.max(a, b);
  return denominator === 0 ? 0 : (b - a) / denominator;
}

function clusterSizes(labeling: Labeling): Int32Array {
  const size = new Int32Array(labeling.k);
  for (const c of labeling.labels) size[c] = (size[c] as number) + 1;
  return size;
}

function nonEmpty(size: Int32Array): number {
  let count = 0;
  for (const s of size) if (s > 0) count += 1;
  return count;
}

/** Above this many customers the silhouette is computed on a seeded sample of this size. */
export const SILHOUETTE_EXACT_LIMIT = 10_000;

/** `size` distinct indices of 0..n-1 in ascending order, drawn with a seeded partial Fisher-Yates shuffle. */
export function sampleIndices(n: number, size: number, seed: number): Int32Array {
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i += 1) pool[i] = i;
  const rng = new Rng(seed, 0x5111);
  const take = Math.min(size, n);
  for (let i = 0; i < take; i += 1) {
    const j = i + Math.floor(rng.next() * (n - i));
    const tmp = pool[i] as number;
    pool[i] = pool[j] as number;
    pool[j] = tmp;
  }
  return pool.subarray(0, take).sort();
}

/** The rows of `points` at `indices`. */
export function subset(points: Points, indices: Int32Array): Points {
  const { d } = points;
  const values = new Float64Array(indices.length * d);
  indices.forEach((index, i) => {
    values.set(points.values.subarray(index * d, index * d + d), i * d);
  });
  return { values, n: indices.length, d };
}

export function subsetLabels(labels: Int32Array, indices: Int32Array): Int32Array {
  return indices.map((index) => labels[index] as number);
}
