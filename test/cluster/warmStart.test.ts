/**
 * Warm starts (Bradley & Fayyad 1998) on many points: each start is refined on a seeded sample,
 * then Lloyd runs to convergence on all the points, so a run still ends at a fixed point of the
 * full data; the same seed gives the same run; below 20,000 points nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { kmeansBest, kmeansOnce, type Points, restartSeed, sharedWork } from '../../electron/core/cluster/kmeans.js';
import { WARM_START_MIN, warmStartSample } from '../../electron/core/cluster/warmStart.js';
import { Rng } from '../../electron/core/demo/random.js';

/** n points around five centres in 3 fields, with a spread that makes the clusters touch. */
function blobs(n: number): Points {
  const rng = new Rng(21);
  const centres = [
    [0, 0, 0],
    [3, 0, 1],
    [0, 3, 2],
    [3, 3, -1],
    [1.5, 1.5, 4],
  ];
  const values = new Float64Array(n * 3);
  for (let i = 0; i < n; i += 1) {
    const centre = centres[i % 5] as number[];
    for (let t = 0; t < 3; t += 1) values[i * 3 + t] = (centre[t] as number) + (rng.next() + rng.next() - 1) * 2;
  }
  return { values, n, d: 3 };
}

function nearestCentroids(points: Points, centroids: Float64Array, k: number): Int32Array {
  const { values, n, d } = points;
  return Int32Array.from({ length: n }, (_, i) => {
    let best = 0;
    let bestDist = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c += 1) {
      let s = 0;
      for (let t = 0; t < d; t += 1) s += ((values[i * d + t] as number) - (centroids[c * d + t] as number)) ** 2;
      if (s < bestDist) {
        bestDist = s;
        best = c;
      }
    }
    return best;
  });
}

describe('warm starts', () => {
  it('refine on a seeded sample of 10,000 from 20,000 points on, not below', () => {
    expect(warmStartSample(blobs(WARM_START_MIN - 1))).toBeNull();
    const sample = warmStartSample(blobs(WARM_START_MIN));
    expect(sample?.n).toBe(10_000);
    expect(sample?.d).toBe(3);
    expect(Array.from(sample?.values ?? [])).toEqual(Array.from(warmStartSample(blobs(WARM_START_MIN))?.values ?? []));
  });

  it('end at a fixed point of all the points: every point with its nearest centroid', () => {
    const points = blobs(24_000);
    const fit = kmeansOnce(points, 5, restartSeed(42, 5, 0));
    expect(fit.converged).toBe(true);
    expect(Array.from(fit.labels)).toEqual(Array.from(nearestCentroids(points, fit.centroids, 5)));
    const again = kmeansOnce(points, 5, restartSeed(42, 5, 0));
    expect(again.inertia).toBe(fit.inertia);
    expect(Array.from(again.labels)).toEqual(Array.from(fit.labels));
  });

  it('keep the lowest inertia of cold starts over 10 restarts (within 0.01%)', () => {
    const points = blobs(24_000);
    const warm = kmeansBest(points, 5, 42);
    const shared = { ...sharedWork(points), sample: null };
    let cold = Number.POSITIVE_INFINITY;
    for (let r = 0; r < 10; r += 1) cold = Math.min(cold, kmeansOnce(points, 5, restartSeed(42, 5, r), shared).inertia);
    expect(Math.abs(warm.inertia - cold) / cold).toBeLessThan(1e-4);
  });
});
