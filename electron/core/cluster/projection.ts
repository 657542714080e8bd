/**
 * The scatter of a clustering: a seeded sample of at most 2,000 clustered customers on the first
 * two principal components of the standardised fields (pca.ts), with their cluster (1..k, by size).
 */
import type { ClusterProjection } from '../../../shared/contract/cluster.js';
import { round6 } from '../db/rounding.js';
import type { ClusterData } from './data.js';
import type { ClusterField } from './fields.js';
import type { KMeansFit, Points } from './kmeans.js';
import { principalComponents } from './pca.js';
import { clusterOrder } from './profile.js';
import { sampleIndices } from './silhouette.js';

export const SCATTER_LIMIT = 2_000;
/** The sample's own stream, so it is not the silhouette sample's first rows. */
const SCATTER_STREAM = 0x5ca7;

export function projectClusters(
  points: Points,
  data: ClusterData,
  fields: readonly ClusterField[],
  fit: KMeansFit,
  seed: number,
): ClusterProjection {
  const { n, d, values } = points;
  const { variances, vectors } = principalComponents(points);
  let total = 0;
  for (const v of variances) total += v;
  const ratio = (c: number) => (total > 0 && c < variances.length ? round6((variances[c] as number) / total) : 0);
  const pc = (c: number): Float64Array => vectors[c] ?? new Float64Array(d);
  const [first, second] = [pc(0), pc(1)];
  const loadings: Record<string, [number, number]> = {};
  fields.forEach((f, j) => {
    loadings[f.key] = [round6(first[j] as number), round6(second[j] as number)];
  });
  const sampled = n > SCATTER_LIMIT;
  const indices = sampled
    ? sampleIndices(n, SCATTER_LIMIT, seed, SCATTER_STREAM)
    : Int32Array.from({ length: n }, (_, i) => i);
  const { order } = clusterOrder(fit);
  const shown = Array.from(indices, (i) => {
    let x = 0;
    let y = 0;
    for (let t = 0; t < d; t += 1) {
      const z = values[i * d + t] as number;
      x += z * (first[t] as number);
      y += z * (second[t] as number);
    }
    return {
      customer_id: data.customerKeys[i] as string,
      pc1: round6(x),
      pc2: round6(y),
      cluster: (order[fit.labels[i] as number] as number) + 1,
    };
  });
  return {
    explained_variance: [ratio(0), ratio(1)],
    loadings,
    points: shown,
    sample: sampled ? { size: indices.length, of: n, seed } : null,
  };
}
