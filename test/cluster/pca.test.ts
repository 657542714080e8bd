/**
 * Principal components of the standardised fields, checked by hand on four points:
 * (2, 2), (-2, -2), (1, -1), (-1, 1) have mean 0, variances 2.5 and 2.5, covariance (4 + 4 - 1 - 1) / 4
 * = 1.5; the eigenvalues are 2.5 + 1.5 = 4 along (1, 1)/sqrt 2 and 2.5 - 1.5 = 1 along (1, -1)/sqrt 2,
 * explaining 4/5 and 1/5 of the variance. The largest loadings tie, so the first is made positive.
 */
import { describe, expect, it } from 'vitest';
import type { ClusterData } from '../../electron/core/cluster/data.js';
import type { ClusterField } from '../../electron/core/cluster/fields.js';
import type { KMeansFit, Points } from '../../electron/core/cluster/kmeans.js';
import { principalComponents } from '../../electron/core/cluster/pca.js';
import { projectClusters } from '../../electron/core/cluster/projection.js';

const points: Points = { values: Float64Array.from([2, 2, -2, -2, 1, -1, -1, 1]), n: 4, d: 2 };
const h = Math.SQRT1_2;

describe('principal components', () => {
  it('are the eigenvectors of the covariance, largest variance first, the largest loading positive', () => {
    const { variances, vectors } = principalComponents(points);
    expect(variances[0]).toBeCloseTo(4, 12);
    expect(variances[1]).toBeCloseTo(1, 12);
    expect(Array.from(vectors[0] ?? [])).toEqual([expect.closeTo(h, 12), expect.closeTo(h, 12)]);
    expect(Array.from(vectors[1] ?? [])).toEqual([expect.closeTo(h, 12), expect.closeTo(-h, 12)]);
  });

  it('turn a negative largest loading positive', () => {
    // One field only varies: PC1 is that field's axis, pointing up, whatever the data's sign.
    const flipped: Points = { values: Float64Array.from([0, -3, 0, 3, 0, -1, 0, 1]), n: 4, d: 2 };
    expect(Array.from(principalComponents(flipped).vectors[0] ?? [])).toEqual([0, 1]);
  });

  it('place each customer for the scatter with its cluster and the explained variance', () => {
    const fields = ['a', 'b'].map((key) => ({ key, label: key, requested: key }) as unknown as ClusterField);
    const data = { customerKeys: ['c1', 'c2', 'c3', 'c4'] } as unknown as ClusterData;
    // Fit clusters: 0 = {c1, c2} (2 members, numbered 1), 1 = {c3}, 2 = {c4}.
    const fit = { k: 3, labels: Int32Array.from([0, 0, 1, 2]) } as unknown as KMeansFit;
    const projection = projectClusters(points, data, fields, fit, 42);
    expect(projection.explained_variance).toEqual([0.8, 0.2]);
    // 1/sqrt(2) to the 6 decimals the projection reports (0.707107).
    const unit = Number(Math.SQRT1_2.toFixed(6));
    expect(projection.loadings).toEqual({ a: [unit, unit], b: [unit, -unit] });
    expect(projection.sample).toBeNull();
    expect(projection.points).toEqual([
      { customer_id: 'c1', pc1: 2.828427, pc2: 0, cluster: 1 },
      { customer_id: 'c2', pc1: -2.828427, pc2: 0, cluster: 1 },
      { customer_id: 'c3', pc1: 0, pc2: Number(Math.SQRT2.toFixed(6)), cluster: 2 },
      { customer_id: 'c4', pc1: 0, pc2: -Number(Math.SQRT2.toFixed(6)), cluster: 3 },
    ]);
  });
});
