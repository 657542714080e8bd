/**
 * cluster/run: read the fields, scale them, fit k-means for each k of the range, score each by
 * its mean silhouette, keep the best k and describe its clusters.
 */
import type { ClusterParams, ClusterResult, ClusterScore } from '../../../shared/contract/cluster.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { round6, roundMoney } from '../db/rounding.js';
import { type ClusterData, readClusterData } from './data.js';
import { type ClusterField, resolveClusterFields } from './fields.js';
import { type KMeansFit, kmeansBest, MIN_RESTARTS, type Points } from './kmeans.js';
import { summarizeClusters } from './profile.js';
import { projectClusters } from './projection.js';
import {
  type Labeling,
  meanSilhouettes,
  SILHOUETTE_EXACT_LIMIT,
  sampleIndices,
  subset,
  subsetLabels,
} from './silhouette.js';
import { log1pAll, zScores } from './standardize.js';

export const DEFAULT_CLUSTER_FIELDS = ['recency_days', 'frequency', 'monetary'] as const;
export const DEFAULT_K_RANGE: readonly [number, number] = [2, 8];
export const DEFAULT_SEED = 42;

export interface ClusterRun {
  result: ClusterResult;
  data: ClusterData;
  fit: KMeansFit;
  fields: ClusterField[];
  /** The standardised points clustered. */
  points: Points;
}

/** What a clustering works on, before any k is fitted: the fields, the data, the points and the ks. */
export interface ClusterPlan {
  fields: ClusterField[];
  data: ClusterData;
  points: Points;
  log: boolean;
  seed: number;
  restarts: number;
  ks: number[];
  /** The rows the silhouettes are computed on (a seeded sample above SILHOUETTE_EXACT_LIMIT), or null for all. */
  sample: Int32Array | null;
}

/** Where a clustering is (the analysis job's progress events report it). */
export interface ClusterStep {
  phase: 'kmeans' | 'silhouette';
  done: number;
  total: number;
}

/** The clustering on one thread (CLI, unit tests, and the app when it runs from sources). */
export function runClustering(db: Db, params: ClusterParams, onStep?: (step: ClusterStep) => void): ClusterRun {
  const plan = planClustering(db, params);
  const total = plan.ks.length;
  const fits = plan.ks.map((k, i) => {
    const fit = kmeansBest(plan.points, k, plan.seed, plan.restarts);
    onStep?.({ phase: 'kmeans', done: i + 1, total });
    return fit;
  });
  const { points, labelings } = silhouetteInput(plan, fits);
  return describeClustering(plan, fits, meanSilhouettes(points, labelings));
}

export function planClustering(db: Db, params: ClusterParams): ClusterPlan {
  const names = params.fields ?? [...DEFAULT_CLUSTER_FIELDS];
  const log = params.log ?? params.fields === undefined;
  const seed = params.seed ?? DEFAULT_SEED;
  const restarts = params.restarts ?? MIN_RESTARTS;
  const [low, high] = params.k !== undefined ? [params.k, params.k] : (params.kRange ?? DEFAULT_K_RANGE);
  const fields = resolveClusterFields(db, names);
  const data = readClusterData(db, fields, log);
  const distinct = distinctRows(data.values, data.n, data.d);
  if (distinct < low) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `${low} clusters need at least ${low} customers with different values; there ${distinct === 1 ? 'is' : 'are'} ${distinct} (${data.n} customers with every field filled). Choose a smaller k or other fields.`,
      { k: low, customers: data.n },
    );
  }
  const points: Points = {
    values: zScores(log ? log1pAll(data.values) : data.values, data.n, data.d),
    n: data.n,
    d: data.d,
  };
  const ks: number[] = [];
  for (let k = low; k <= Math.min(high, distinct); k += 1) ks.push(k);
  const sample = data.n > SILHOUETTE_EXACT_LIMIT ? sampleIndices(data.n, SILHOUETTE_EXACT_LIMIT, seed) : null;
  return { fields, data, points, log, seed, restarts, ks, sample };
}

/** The points the silhouettes are computed on and each k's labels of them. */
export function silhouetteInput(
  plan: ClusterPlan,
  fits: readonly KMeansFit[],
): { points: Points; labelings: Labeling[] } {
  const { sample } = plan;
  return {
    points: sample ? subset(plan.points, sample) : plan.points,
    labelings: fits.map((f) => ({ k: f.k, labels: sample ? subsetLabels(f.labels, sample) : f.labels })),
  };
}

/** The result: the best k by mean silhouette (`scores`, in the order of `fits`) and its clusters. */
export function describeClustering(
  plan: ClusterPlan,
  fits: readonly KMeansFit[],
  scores: readonly number[],
): ClusterRun {
  const { fields, data, points, log, seed, restarts, sample } = plan;
  const silhouette: ClusterScore[] = fits.map((f, i) => ({
    k: f.k,
    score: round6(scores[i] as number),
    inertia: round6(f.inertia),
  }));
  // The highest score; on a tie the smaller k (fewer segments to act on).
  let bestIndex = 0;
  scores.forEach((s, i) => {
    if (s > (scores[bestIndex] as number)) bestIndex = i;
  });
  const fit = fits[bestIndex] as KMeansFit;
  const result: ClusterResult = {
    fields: fields.map((f) => ({ key: f.key, label: f.label, requested: f.requested })),
    log,
    seed,
    restarts,
    k: fit.k,
    inertia: round6(fit.inertia),
    converged: fit.converged,
    customers: data.n,
    excluded: data.excludedEmpty + data.excludedLogDomain,
    excluded_empty: data.excludedEmpty,
    excluded_log_domain: data.excludedLogDomain,
    silhouette,
    silhouette_sample: sample ? { size: sample.length, of: data.n, seed } : null,
    total_revenue: roundMoney(data.totalRevenue),
    clusters: summarizeClusters(data, fields, fit),
    projection: projectClusters(points, data, fields, fit, seed),
  };
  return { result, data, fit, fields, points };
}

/** How many different rows there are (k-means cannot make more non-empty clusters than that). */
function distinctRows(values: Float64Array, n: number, d: number): number {
  const seen = new Set<string>();
  for (let i = 0; i < n; i += 1) {
    seen.add(Array.from(values.subarray(i * d, i * d + d)).join(','));
    if (seen.size > 1000) return n;
  }
  return seen.size;
}
