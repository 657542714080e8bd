/**
 * Mean silhouette width (Rousseeuw 1987, "Silhouettes: a graphical aid to the interpretation and
 * validation of cluster analysis", J. Comput. Appl. Math. 20:53-65), with Euclidean distances:
 * for a point i, a(i) = mean distance to the other members of its cluster, b(i) = the lowest mean
 * distance to the members of another cluster, s(i) = (b - a) / max(a, b); s(i) = 0 for a point
 * alone in its cluster (Rousseeuw's convention, also scikit-learn's). The score is the mean s(i).
 *
 * Several labelings of the same points (one per k) are scored in one pass. The points are grouped
 * by their tuple of labels (their cluster under every labeling at once; nested k-means solutions
 * give a few hundred such groups, not thousands) and laid out group by group, so the distances of a
 * point to all others are summed per group in one flat, branch-free walk; each labeling's cluster
 * sums are then a sum over the groups. The pairwise distance pass dominates: 10^8 distances for
 * the 10,000 sample, not 10^8 x (number of labelings) scattered additions.
 */
import { Rng } from '../demo/random.js';
import type { Points } from './kmeans.js';

export interface Labeling {
  k: number;
  labels: Int32Array;
}

/** Mean silhouette of each labeling, in order; 0 for a labeling with fewer than 2 non-empty clusters. */
export function meanSilhouettes(points: Points, labelings: readonly Labeling[]): number[] {
  return combineSilhouettes(
    points.n,
    labelings,
    silhouetteChunks(points, labelings, 0, silhouetteChunkCount(points.n)),
  );
}

/**
 * The points are scored in chunks of this many rows, each chunk's sums added in row order and the
 * chunks' sums in chunk order: so two threads that score half the chunks each give the very same
 * silhouettes, to the last bit, as one thread that scores them all.
 */
export const SILHOUETTE_CHUNK = 500;

export function silhouetteChunkCount(n: number): number {
  return Math.ceil(n / SILHOUETTE_CHUNK);
}

/** For each chunk first..last - 1, the sum of s(i) over its rows under each labeling. */
export function silhouetteChunks(
  points: Points,
  labelings: readonly Labeling[],
  first: number,
  last: number,
): Float64Array[] {
  const { n, d } = points;
  const groups = jointGroups(points, labelings);
  const groupSum = new Float64Array(groups.count);
  const sums = labelings.map((l) => new Float64Array(l.k));
  const sizes = labelings.map((l) => clusterSizes(l));
  const chunks: Float64Array[] = [];
  for (let chunk = first; chunk < last; chunk += 1) {
    const totals = new Float64Array(labelings.length);
    const end = Math.min(n, (chunk + 1) * SILHOUETTE_CHUNK);
    for (let i = chunk * SILHOUETTE_CHUNK; i < end; i += 1) {
      sumDistancesByGroup(groups, points.values, i * d, d, groupSum);
      labelings.forEach((labeling, li) => {
        const sum = sums[li] as Float64Array;
        sum.fill(0);
        const clusterOf = groups.clusterOf[li] as Int32Array;
        for (let g = 0; g < groups.count; g += 1) {
          const c = clusterOf[g] as number;
          sum[c] = (sum[c] as number) + (groupSum[g] as number);
        }
        const own = labeling.labels[i] as number;
        totals[li] = (totals[li] as number) + pointSilhouette(own, sum, sizes[li] as Int32Array);
      });
    }
    chunks.push(totals);
  }
  return chunks;
}

/** The mean silhouettes from every chunk's sums, in chunk order. */
export function combineSilhouettes(
  n: number,
  labelings: readonly Labeling[],
  chunks: readonly Float64Array[],
): number[] {
  return labelings.map((labeling, li) => {
    if (n === 0 || nonEmpty(clusterSizes(labeling)) < 2) return 0;
    let total = 0;
    for (const chunk of chunks) total += chunk[li] as number;
    return total / n;
  });
}

/** The points laid out group by group: group g holds rows start[g]..start[g + 1] - 1 of `values`. */
interface JointGroups {
  count: number;
  values: Float64Array;
  start: Int32Array;
  /** Per labeling, the cluster of each group. */
  clusterOf: Int32Array[];
}

function jointGroups(points: Points, labelings: readonly Labeling[]): JointGroups {
  const { values, n, d } = points;
  const ids = new Map<string, number>();
  const groupOf = new Int32Array(n);
  const firstMember: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const key = labelings.map((l) => l.labels[i]).join(',');
    let g = ids.get(key);
    if (g === undefined) {
      g = ids.size;
      ids.set(key, g);
      firstMember.push(i);
    }
    groupOf[i] = g;
  }
  const count = ids.size;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i += 1) start[(groupOf[i] as number) + 1] = (start[(groupOf[i] as number) + 1] as number) + 1;
  for (let g = 0; g < count; g += 1) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const next = start.slice(0, count);
  const laidOut = new Float64Array(n * d);
  for (let i = 0; i < n; i += 1) {
    const g = groupOf[i] as number;
    const row = next[g] as number;
    next[g] = row + 1;
    laidOut.set(values.subarray(i * d, i * d + d), row * d);
  }
  const clusterOf = labelings.map((l) => Int32Array.from(firstMember, (i) => l.labels[i] as number));
  return { count, values: laidOut, start, clusterOf };
}

/** out[g] = sum of the distances from the point at `values[base..base + d)` to every member of group g. */
function sumDistancesByGroup(
  groups: JointGroups,
  point: Float64Array,
  base: number,
  d: number,
  out: Float64Array,
): void {
  const { values, start, count } = groups;
  for (let g = 0; g < count; g += 1) {
    const end = (start[g + 1] as number) * d;
    let sum = 0;
    for (let j = (start[g] as number) * d; j < end; j += d) {
      let s = 0;
      for (let t = 0; t < d; t += 1) {
        const diff = (point[base + t] as number) - (values[j + t] as number);
        s += diff * diff;
      }
      sum += Math.sqrt(s);
    }
    out[g] = sum;
  }
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
export function sampleIndices(n: number, size: number, seed: number, stream = 0x5111): Int32Array {
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i += 1) pool[i] = i;
  const rng = new Rng(seed, stream);
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
