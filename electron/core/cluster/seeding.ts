/**
 * k-means++ starts (Arthur & Vassilvitskii 2007, "k-means++: the advantages of careful seeding",
 * SODA), with scikit-learn's greedy variant: 2 + ln k candidate draws per centre, the one that
 * lowers the potential most is kept. The restarts of a run share one scratch (three n-long
 * distance buffers), so seeding allocates nothing per restart.
 *
 * With a judge (the warm-start sample, many points only) each candidate's potential is measured on
 * the judge's points instead of all of them, as the greedy choice only compares candidates: the
 * draws stay D(x)^2-weighted over all the points, which is what k-means++'s guarantee rests on,
 * and all the points' D(x) are updated once per centre, for the candidate kept, instead of once
 * per candidate (2 + ln k passes).
 *
 * Each pass over the points is a small function of its own: V8 optimises a function with one hot
 * loop well, where one function with several loops compiled on-stack kept being thrown away.
 */
import type { Rng } from '../demo/random.js';
import type { Points } from './kmeans.js';

export class SeedingScratch {
  closest: Float64Array;
  candidate: Float64Array;
  best: Float64Array;
  private judgedBuffer: Float64Array | null = null;
  constructor(n: number) {
    this.closest = new Float64Array(n);
    this.candidate = new Float64Array(n);
    this.best = new Float64Array(n);
  }

  /** The judge's points' D(x)^2 (allocated on first use). */
  judged(n: number): Float64Array {
    if (this.judgedBuffer === null || this.judgedBuffer.length !== n) this.judgedBuffer = new Float64Array(n);
    return this.judgedBuffer;
  }
}

/** k-means++: the first centre uniformly, each next one drawn with probability ~ D(x)^2, best of 2 + ln k draws. */
export function kmeansPlusPlus(
  points: Points,
  k: number,
  rng: Rng,
  scratch: SeedingScratch,
  judge: Points | null = null,
): Float64Array {
  if (judge !== null) return judgedPlusPlus(points, k, rng, scratch, judge);
  const { values, n, d } = points;
  const centroids = new Float64Array(k * d);
  const first = Math.min(n - 1, Math.floor(rng.next() * n));
  centroids.set(values.subarray(first * d, first * d + d), 0);
  let potential = closerTo(values, n, d, values, first * d, null, scratch.closest);
  const trials = 2 + Math.floor(Math.log(k));
  for (let c = 1; c < k; c += 1) {
    let bestIndex = -1;
    let bestPotential = Number.POSITIVE_INFINITY;
    for (let t = 0; t < trials; t += 1) {
      const index = drawByWeight(scratch.closest, potential, rng);
      const pot = closerTo(values, n, d, values, index * d, scratch.closest, scratch.candidate);
      if (pot < bestPotential) {
        bestPotential = pot;
        bestIndex = index;
        const kept = scratch.best;
        scratch.best = scratch.candidate;
        scratch.candidate = kept;
      }
    }
    centroids.set(values.subarray(bestIndex * d, bestIndex * d + d), c * d);
    const previous = scratch.closest;
    scratch.closest = scratch.best;
    scratch.best = previous;
    potential = bestPotential;
  }
  return centroids;
}

/** kmeansPlusPlus with each candidate's potential measured on the judge's points. */
function judgedPlusPlus(points: Points, k: number, rng: Rng, scratch: SeedingScratch, judge: Points): Float64Array {
  const { values, n, d } = points;
  const centroids = new Float64Array(k * d);
  const first = Math.min(n - 1, Math.floor(rng.next() * n));
  centroids.set(values.subarray(first * d, first * d + d), 0);
  const closest = scratch.closest;
  let potential = closerTo(values, n, d, values, first * d, null, closest);
  const judged = scratch.judged(judge.n);
  closerTo(judge.values, judge.n, d, values, first * d, null, judged);
  const trials = 2 + Math.floor(Math.log(k));
  for (let c = 1; c < k; c += 1) {
    let bestIndex = -1;
    let bestPotential = Number.POSITIVE_INFINITY;
    for (let t = 0; t < trials; t += 1) {
      const index = drawByWeight(closest, potential, rng);
      const pot = judgedPotential(judge.values, judge.n, d, values, index * d, judged);
      if (pot < bestPotential) {
        bestPotential = pot;
        bestIndex = index;
      }
    }
    centroids.set(values.subarray(bestIndex * d, bestIndex * d + d), c * d);
    potential = closerTo(values, n, d, values, bestIndex * d, closest, closest);
    closerTo(judge.values, judge.n, d, values, bestIndex * d, judged, judged);
  }
  return centroids;
}

/**
 * out[i] = min(closest[i], squared distance of point i to the centre at centre[at..at + d)), or
 * the distance alone when closest is null; returns their sum. out may be closest (in place).
 */
function closerTo(
  values: Float64Array,
  n: number,
  d: number,
  centre: Float64Array,
  at: number,
  closest: Float64Array | null,
  out: Float64Array,
): number {
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const base = i * d;
    let s = 0;
    for (let t = 0; t < d; t += 1) {
      const diff = (values[base + t] as number) - (centre[at + t] as number);
      s += diff * diff;
    }
    const dist = closest !== null && (closest[i] as number) < s ? (closest[i] as number) : s;
    out[i] = dist;
    total += dist;
  }
  return total;
}

/** The sum over the points of min(closest[i], squared distance to the centre at centre[at..at + d)); writes nothing. */
function judgedPotential(
  values: Float64Array,
  n: number,
  d: number,
  centre: Float64Array,
  at: number,
  closest: Float64Array,
): number {
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const base = i * d;
    let s = 0;
    for (let t = 0; t < d; t += 1) {
      const diff = (values[base + t] as number) - (centre[at + t] as number);
      s += diff * diff;
    }
    const own = closest[i] as number;
    total += own < s ? own : s;
  }
  return total;
}

/** An index drawn with probability weight[i] / total; uniform when every weight is 0 (all points equal). */
function drawByWeight(weight: Float64Array, total: number, rng: Rng): number {
  const n = weight.length;
  if (!(total > 0)) return Math.min(n - 1, Math.floor(rng.next() * n));
  let target = rng.next() * total;
  for (let i = 0; i < n; i += 1) {
    target -= weight[i] as number;
    if (target < 0) return i;
  }
  // Rounding left a sliver: the last point with a weight.
  for (let i = n - 1; i >= 0; i -= 1) if ((weight[i] as number) > 0) return i;
  return n - 1;
}
