import { describe, expect, it } from 'vitest';
import {
  combineSilhouettes,
  meanSilhouettes,
  SILHOUETTE_CHUNK,
  silhouetteChunkCount,
  silhouetteChunks,
} from '../../electron/core/cluster/silhouette.js';
import { Rng } from '../../electron/core/demo/random.js';
import { ClusterRunParams } from '../../shared/contract/cluster.js';
import { ClvJobOptions } from '../../shared/contract/clv.js';

describe('silhouette chunks', () => {
  it('scored by two threads, half the chunks each, add up to the one-thread silhouettes bit for bit', () => {
    const rng = new Rng(5);
    const n = SILHOUETTE_CHUNK * 3 + 17;
    const values = Float64Array.from({ length: n * 2 }, () => rng.next());
    const points = { values, n, d: 2 };
    const labelings = [2, 3].map((k) => ({ k, labels: Int32Array.from({ length: n }, (_v, i) => i % k) }));
    const chunks = silhouetteChunkCount(n);
    expect(chunks).toBe(4);
    const split = [...silhouetteChunks(points, labelings, 0, 2), ...silhouetteChunks(points, labelings, 2, chunks)];
    expect(combineSilhouettes(n, labelings, split)).toEqual(meanSilhouettes(points, labelings));
  });
});

describe('job ids in the contract', () => {
  it('are optional and checked', () => {
    expect(ClusterRunParams.safeParse({ jobId: 'cluster-1' }).success).toBe(true);
    expect(ClusterRunParams.safeParse({}).success).toBe(true);
    expect(ClusterRunParams.safeParse({ jobId: 'no spaces' }).success).toBe(false);
    expect(ClvJobOptions.safeParse({ jobId: 'fit-1', unit: 'week' }).success).toBe(true);
    expect(ClvJobOptions.safeParse({ jobId: '' }).success).toBe(false);
    expect(ClvJobOptions.safeParse({ other: 1 }).success).toBe(false);
  });
});
