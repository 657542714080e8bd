import { describe, expect, it } from 'vitest';
import { kmeansBest, kmeansOnce, restartSeed } from '../../electron/core/cluster/kmeans.js';
import { meanSilhouettes, sampleIndices } from '../../electron/core/cluster/silhouette.js';
import { populationScale, zScores } from '../../electron/core/cluster/standardize.js';

const pts = (rows: number[][]) => ({ values: Float64Array.from(rows.flat()), n: rows.length, d: rows[0]?.length ?? 0 });

describe('z-scores', () => {
  it('divide by the population standard deviation (n, not n - 1)', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population sd exactly 2 (sample sd would be 2.138...).
    const v = Float64Array.from([2, 4, 4, 4, 5, 5, 7, 9]);
    const scale = populationScale(v, 8, 1);
    expect([scale.mean[0], scale.sd[0]]).toEqual([5, 2]);
    expect(Array.from(zScores(v, 8, 1))).toEqual([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
  });
  it('give 0 for a field with one value for everyone', () => {
    expect(Array.from(zScores(Float64Array.from([3, 1, 3, 2]), 2, 2))).toEqual([0, -1, 0, 1]);
  });
});

describe('silhouette', () => {
  it('matches a hand-checked set', () => {
    // Points 0, 1, 4, 6 on a line; clusters {0, 1} and {4, 6}.
    // s(0): a = 1, b = (4 + 6) / 2 = 5 -> 4/5; s(1): a = 1, b = (3 + 5) / 2 = 4 -> 3/4;
    // s(4): a = 2, b = (4 + 3) / 2 = 3.5 -> 1.5/3.5 = 3/7; s(6): a = 2, b = (6 + 5) / 2 = 5.5 -> 3.5/5.5 = 7/11.
    const [score] = meanSilhouettes(pts([[0], [1], [4], [6]]), [{ k: 2, labels: Int32Array.from([0, 0, 1, 1]) }]);
    expect(score).toBeCloseTo((4 / 5 + 3 / 4 + 3 / 7 + 7 / 11) / 4, 12);
  });
  it('gives 0 to a point alone in its cluster and scores several labelings in one pass', () => {
    // {0, 1} and {4}: s(0) = (4 - 1) / 4 = 3/4, s(1) = (3 - 1) / 3 = 2/3, s(4) = 0.
    const scores = meanSilhouettes(pts([[0], [1], [4]]), [
      { k: 2, labels: Int32Array.from([0, 0, 1]) },
      { k: 2, labels: Int32Array.from([0, 0, 0]) },
    ]);
    expect(scores[0]).toBeCloseTo((3 / 4 + 2 / 3 + 0) / 3, 12);
    expect(scores[1]).toBe(0);
  });
  it('samples distinct indices, the same for the same seed', () => {
    const a = sampleIndices(50_000, 10_000, 7);
    expect(a.length).toBe(10_000);
    expect(new Set(a).size).toBe(10_000);
    expect(Array.from(sampleIndices(50_000, 10_000, 7))).toEqual(Array.from(a));
  });
});

describe('k-means restarts', () => {
  // Three tight groups of 3 and one far group; bad starts can merge two groups.
  const rows: number[][] = [];
  for (const [cx, cy] of [
    [0, 0],
    [0, 4],
    [4, 0],
    [10, 10],
  ])
    for (const [dx, dy] of [
      [0, 0],
      [0.2, 0],
      [0, 0.2],
    ])
      rows.push([(cx as number) + (dx as number), (cy as number) + (dy as number)]);
  const points = pts(rows);

  it('keep the restart with the lowest inertia', () => {
    const best = kmeansBest(points, 4, 3, 10);
    const singles = Array.from({ length: 10 }, (_, r) => kmeansOnce(points, 4, restartSeed(3, 4, r)).inertia);
    expect(best.inertia).toBe(Math.min(...singles));
    expect(best.seed).toBe(restartSeed(3, 4, singles.indexOf(Math.min(...singles))));
    // Each group of three: squared distances to its centroid sum to 0.08/3 * 2 + ... = 0.053333...
    expect(best.inertia).toBeCloseTo(4 * (0.08 / 3 + 0.08 / 3), 12);
    expect(best.converged).toBe(true);
  });
  it('give the same answer for the same seed', () => {
    expect(Array.from(kmeansBest(points, 3, 9).labels)).toEqual(Array.from(kmeansBest(points, 3, 9).labels));
  });
});
