/**
 * Hamerly's bounds skip points, never change the answer: after every step the labels are those
 * of a full scan of every point against every centroid (the lower index on a tie).
 */
import { describe, expect, it } from 'vitest';
import { BoundedAssignment } from '../../electron/core/cluster/boundedAssignment.js';
import type { Points } from '../../electron/core/cluster/kmeans.js';
import { Rng } from '../../electron/core/demo/random.js';

function fullScan(points: Points, centroids: Float64Array, k: number): Int32Array {
  const { values, n, d } = points;
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
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
    labels[i] = best;
  }
  return labels;
}

describe('the bounded assignment step', () => {
  it('gives the labels of a full scan while centroids drift, jump and cross (600 points, k = 7)', () => {
    const rng = new Rng(11);
    const n = 600;
    const d = 3;
    const k = 7;
    const points: Points = { values: Float64Array.from({ length: n * d }, () => rng.next() * 10), n, d };
    const centroids = Float64Array.from({ length: k * d }, () => rng.next() * 10);
    const labels = new Int32Array(n).fill(-1);
    const moved = new Float64Array(k);
    const assignment = new BoundedAssignment(points, k);
    expect(assignment.assign(centroids, labels, moved)).toBe(n);
    expect(Array.from(labels)).toEqual(Array.from(fullScan(points, centroids, k)));
    for (let step = 0; step < 40; step += 1) {
      // Small drifts most of the time, now and then a big jump of one centroid.
      for (let c = 0; c < k; c += 1) {
        const scale = step % 9 === c ? 6 : 0.05;
        let sq = 0;
        for (let t = 0; t < d; t += 1) {
          const delta = (rng.next() - 0.5) * scale;
          centroids[c * d + t] = (centroids[c * d + t] as number) + delta;
          sq += delta * delta;
        }
        moved[c] = Math.sqrt(sq);
      }
      const before = Int32Array.from(labels);
      const changed = assignment.assign(centroids, labels, moved);
      const expected = fullScan(points, centroids, k);
      expect(Array.from(labels)).toEqual(Array.from(expected));
      expect(changed).toBe(expected.reduce((count, label, i) => count + (label === before[i] ? 0 : 1), 0));
    }
  });
});

describe('the watch list of the bounded assignment', () => {
  it.each([2, 3])('looks at few points while the drifts shrink, and still gives a full scan (%i fields)', (d) => {
    const rng = new Rng(5, d);
    const n = 3000;
    const k = 6;
    const points: Points = { values: Float64Array.from({ length: n * d }, () => rng.next() * 10), n, d };
    const centroids = Float64Array.from({ length: k * d }, () => rng.next() * 10);
    const labels = new Int32Array(n).fill(-1);
    const moved = new Float64Array(k);
    const assignment = new BoundedAssignment(points, k);
    assignment.assign(centroids, labels, moved);
    const visits: number[] = [];
    for (let step = 0; step < 12; step += 1) {
      // Moves that shrink step by step, as Lloyd's late ones do, and one late jump (step 9).
      for (let c = 0; c < k; c += 1) {
        const scale = step === 9 && c === 2 ? 3 : 0.05 * 0.6 ** step;
        let sq = 0;
        for (let t = 0; t < d; t += 1) {
          const delta = (rng.next() - 0.5) * scale;
          centroids[c * d + t] = (centroids[c * d + t] as number) + delta;
          sq += delta * delta;
        }
        moved[c] = Math.sqrt(sq);
      }
      assignment.assign(centroids, labels, moved);
      visits.push(assignment.visited);
      expect(Array.from(labels)).toEqual(Array.from(fullScan(points, centroids, k)));
    }
    // Every point on the first bounded step (the list is built), then the list alone until the
    // jump outgrows it, every point again (twice: the list built on the jump holds most points),
    // then the new list.
    expect(visits.map((v) => v === n)).toEqual([true, ...Array(8).fill(false), true, true, false]);
    expect(Math.max(...visits.slice(1, 9), visits[11] as number)).toBeLessThan(n / 4);
  });
});
