/**
 * k-means on standardised points (Float64Array, row-major n x d): seeded k-means++ starts
 * (Arthur & Vassilvitskii 2007, with scikit-learn's greedy 2 + ln k candidate trials), Lloyd
 * iterations until no point changes cluster or, as in scikit-learn, the centroids move less than
 * a tolerance (1e-4 of the points' mean variance, squared shift summed over the centroids; then
 * one last assignment so labels and centroids agree), several restarts with derived seeds, the
 * lowest inertia kept. On 100k customers the last iterations move a handful of points each: the
 * tolerance cuts a scan over k = 2..8 several times.
 * From 20,000 points on, each start is first refined on a seeded sample (warmStart.ts, Bradley &
 * Fayyad 1998) and the seeding compares its candidates on that sample (seeding.ts); Lloyd still
 * runs to convergence on all the points.
 *
 * Why not ml-kmeans for the runs: measured at 100k customers x 3 fields it takes ~0.4 s per run
 * at k = 5 and ~1.3 s at k = 8 (number[][] rows, a Matrix per seeding), so 10 restarts over
 * k = 2..8 would take ~30 s against a 3 s budget. The same algorithm over typed arrays runs the
 * whole scan in under 2 s of CPU (docs/benchmarks.md); test/cluster/mall.test.ts checks it reaches
 * the same inertia as ml-kmeans on the Mall customers.
 */
import { Rng } from '../demo/random.js';
import { BoundedAssignment } from './boundedAssignment.js';
import { kmeansPlusPlus, SeedingScratch } from './seeding.js';
import { warmStartSample } from './warmStart.js';

export interface Points {
  /** Row-major n x d values. */
  values: Float64Array;
  n: number;
  d: number;
}

export interface KMeansFit {
  k: number;
  /** 0-based cluster of each point. */
  labels: Int32Array;
  /** Row-major k x d centroids, in the points' units. */
  centroids: Float64Array;
  /** Sum of squared distances of the points to their centroid. */
  inertia: number;
  iterations: number;
  converged: boolean;
  /** The seed of the restart kept. */
  seed: number;
}

export const MIN_RESTARTS = 10;
/** Far above what Lloyd needs on customer data; reached only on pathological cycles. */
const MAX_ITERATIONS = 1000;
/** scikit-learn's default tol, relative to the mean variance of the points' dimensions. */
const TOLERANCE = 1e-4;

/** The best of `restarts` runs (lowest inertia; the earlier restart on a tie). */
export function kmeansBest(points: Points, k: number, seed: number, restarts = MIN_RESTARTS): KMeansFit {
  const shared = sharedWork(points);
  let best: KMeansFit | null = null;
  for (let r = 0; r < restarts; r += 1) {
    const fit = kmeansOnce(points, k, restartSeed(seed, k, r), shared);
    if (best === null || fit.inertia < best.inertia) best = fit;
  }
  if (best === null) throw new Error('kmeansBest: no restart');
  return best;
}

/** Every (k, restart) gets its own seed, so a run for one k never depends on the other ks. */
export function restartSeed(seed: number, k: number, restart: number): number {
  return new Rng(seed, k, restart).int(0, 2 ** 31 - 1);
}

/** What every restart on the same points reuses: the tolerance, the seeding's buffers and the warm-start sample. */
export interface SharedWork {
  tolerance: number;
  scratch: SeedingScratch;
  /** The seeded sample each start is first refined on, or null when the points are few (see warmStart.ts). */
  sample: Points | null;
}

export function sharedWork(points: Points): SharedWork {
  const tolerance = TOLERANCE * meanVariance(points);
  return { tolerance, scratch: new SeedingScratch(points.n), sample: warmStartSample(points) };
}

export function kmeansOnce(points: Points, k: number, seed: number, shared = sharedWork(points)): KMeansFit {
  const { n } = points;
  if (k < 1 || k > n) throw new RangeError(`k = ${k} needs at least ${k} points, there are ${n}`);
  const centroids = kmeansPlusPlus(points, k, new Rng(seed), shared.scratch, shared.sample);
  // Bradley & Fayyad's refinement: the start converges on the sample first, so the full data
  // begins where only a few points are left to move.
  if (shared.sample !== null) lloyd(shared.sample, k, centroids, shared.tolerance);
  const { labels, iterations, converged } = lloyd(points, k, centroids, shared.tolerance);
  return { k, labels, centroids, inertia: inertiaOf(points, labels, centroids), iterations, converged, seed };
}

/** Lloyd iterations from `centroids` (moved in place) until convergence: the labels and how many steps it took. */
function lloyd(
  points: Points,
  k: number,
  centroids: Float64Array,
  tolerance: number,
): { labels: Int32Array; iterations: number; converged: boolean } {
  const labels = new Int32Array(points.n).fill(-1);
  const assignment = new BoundedAssignment(points, k);
  const moved = new Float64Array(k);
  let iterations = 0;
  while (iterations < MAX_ITERATIONS) {
    iterations += 1;
    if (assignment.assign(centroids, labels, moved) === 0) return { labels, iterations, converged: true };
    if (moveCentroids(assignment.sums, assignment.counts, k, points.d, centroids, moved) <= tolerance) {
      assignment.assign(centroids, labels, moved);
      return { labels, iterations, converged: true };
    }
  }
  return { labels, iterations, converged: false };
}

/**
 * Centroid = mean of its points; an emptied cluster keeps its centroid (it may win points back).
 * Sets moved[c] to how far centroid c moved; returns the squared moves summed over the centroids.
 */
function moveCentroids(
  sums: Float64Array,
  counts: Float64Array,
  k: number,
  d: number,
  centroids: Float64Array,
  moved: Float64Array,
): number {
  let shift = 0;
  for (let c = 0; c < k; c += 1) {
    const count = counts[c] as number;
    let own = 0;
    if (count > 0) {
      for (let t = 0; t < d; t += 1) {
        const next = (sums[c * d + t] as number) / count;
        const diff = next - (centroids[c * d + t] as number);
        own += diff * diff;
        centroids[c * d + t] = next;
      }
    }
    moved[c] = Math.sqrt(own);
    shift += own;
  }
  return shift;
}

/** The mean over dimensions of each dimension's (population) variance: the scale of the tolerance. */
function meanVariance(points: Points): number {
  const { values, n, d } = points;
  if (n === 0) return 0;
  let total = 0;
  for (let t = 0; t < d; t += 1) {
    const mean = columnSum(values, n, d, t, 0) / n;
    total += columnSquares(values, n, d, t, mean) / n;
  }
  return total / d;
}

function columnSum(values: Float64Array, n: number, d: number, t: number, start: number): number {
  let sum = start;
  for (let i = 0; i < n; i += 1) sum += values[i * d + t] as number;
  return sum;
}

function columnSquares(values: Float64Array, n: number, d: number, t: number, mean: number): number {
  let sq = 0;
  for (let i = 0; i < n; i += 1) {
    const diff = (values[i * d + t] as number) - mean;
    sq += diff * diff;
  }
  return sq;
}

export function inertiaOf(points: Points, labels: Int32Array, centroids: Float64Array): number {
  const { values, n, d } = points;
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const base = i * d;
    const cBase = (labels[i] as number) * d;
    let s = 0;
    for (let t = 0; t < d; t += 1) {
      const diff = (values[base + t] as number) - (centroids[cBase + t] as number);
      s += diff * diff;
    }
    total += s;
  }
  return total;
}
