/**
 * Contract of the clustering methods (issue "Discover and predict" §1). Merged into shared/api.ts.
 *
 * k-means on numeric customer fields: each field optionally log1p-transformed, then standardised
 * to z-scores with the population standard deviation; seeded k-means++ starts, `restarts` runs per
 * k, the lowest inertia kept; k chosen by the highest mean silhouette (Rousseeuw 1987) over the
 * range, exact up to 10,000 customers, on a seeded sample of 10,000 beyond that.
 */
import { z } from 'zod';
import type { Rule } from '../model/rules.js';
import { JobId } from './common.js';

export const MAX_CLUSTER_K = 30;
const K = z.number().int().min(2).max(MAX_CLUSTER_K);

const ClusterParamsObject = z.object({
  /** Field keys or column headers; default recency_days, frequency, monetary (with log1p). */
  fields: z.array(z.string().min(1).max(500)).min(1).max(20).optional(),
  /** One k; otherwise kRange (default 2..8) and the best mean silhouette. */
  k: K.optional(),
  kRange: z.tuple([K, K]).optional(),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
  /** log1p before standardising; default true for the default fields, false otherwise. */
  log: z.boolean().optional(),
  restarts: z.number().int().min(10).max(100).optional(),
});

type KChoice = { k?: number | undefined; kRange?: [number, number] | undefined };
const oneK = (p: KChoice) => p.k === undefined || p.kRange === undefined;
const ONE_K = { message: 'give either k or kRange, not both' };
const ordered = (p: KChoice) => p.kRange === undefined || p.kRange[0] <= p.kRange[1];
const ORDERED = { message: 'kRange must be [low, high] with low <= high' };

export const ClusterParams = ClusterParamsObject.strict().refine(oneK, ONE_K).refine(ordered, ORDERED);
export type ClusterParams = z.infer<typeof ClusterParams>;

/** A job id makes the clustering a job: it runs in a worker, reports progress and can be cancelled (contract/jobs.ts). */
const Job = { jobId: JobId.optional() };

/** cluster/run: the params, and optionally the job id the progress events and analysis/cancel name. */
export const ClusterRunParams = ClusterParamsObject.extend(Job).strict().refine(oneK, ONE_K).refine(ordered, ORDERED);
export type ClusterRunParams = z.infer<typeof ClusterRunParams>;

const ClusteringName = z.string().min(1).max(200);

/** cluster/save: cluster as cluster/run does, and keep the result under a name. */
export const ClusterSaveParams = ClusterParamsObject.extend({ name: ClusteringName, ...Job })
  .strict()
  .refine(oneK, ONE_K)
  .refine(ordered, ORDERED);
export type ClusterSaveParams = z.infer<typeof ClusterSaveParams>;

/** cluster/rule: a rule that describes one cluster of the clustering these params make. */
export const ClusterRuleParams = ClusterParamsObject.extend({
  /** 1..k, as numbered in the result (by size). */
  cluster: z.number().int().min(1).max(MAX_CLUSTER_K),
  /** Depth of the decision tree, 1..3 (default 3). */
  depth: z.number().int().min(1).max(3).optional(),
})
  .strict()
  .refine(oneK, ONE_K)
  .refine(ordered, ORDERED);
export type ClusterRuleParams = z.infer<typeof ClusterRuleParams>;

export const clusterMethods = {
  /** Cluster the customers; the result of the chosen k and the silhouette of every k tried. */
  'cluster/run': ClusterRunParams,
  /**
   * Cluster and keep the clustering under `name` (replacing one of that name: `saved.replaced`).
   * Its clusters become values of the builder's `cluster` field, "<name> · <cluster>".
   */
  'cluster/save': ClusterSaveParams,
  /** The saved clusterings, oldest first. */
  'cluster/saved': z.object({}).strict(),
  /** Delete a saved clustering; refused while a segment's rule names one of its clusters. */
  'cluster/delete': z.object({ name: ClusteringName }).strict(),
  /** An editable rule for one cluster: a shallow decision tree, with its precision and recall. */
  'cluster/rule': ClusterRuleParams,
} as const;

export interface ClusterFieldInfo {
  key: string;
  label: string;
  /** The name as given (a key or a column header). */
  requested: string;
}

export interface ClusterScore {
  k: number;
  /** Mean silhouette, -1..1. */
  score: number;
  /** Inertia of the best restart, in standardised units (the elbow chart). */
  inertia: number;
}

/** A field that sets a cluster apart: its centroid's z-score (how many standard deviations from the mean). */
export interface ClusterDistinction {
  field: string;
  z: number;
}

export interface ClusterSummary {
  /** 1..k, by size (1 the largest). */
  cluster: number;
  /** Suggested from the two most distinctive fields, e.g. "high income, high spend". */
  name: string;
  customers: number;
  /** Of the clustered customers. */
  share: number;
  /** Sum of the members' monetary value. */
  revenue: number;
  /** Of the project's total revenue (every customer). */
  revenue_share: number;
  /** Mean of the members' original values, per field key, in the field's own unit. */
  centroid: Record<string, number>;
  /** The fields by |z| of the centroid, largest first. */
  distinctive: ClusterDistinction[];
}

export interface ClusterResult {
  fields: ClusterFieldInfo[];
  log: boolean;
  seed: number;
  restarts: number;
  /** The k kept: the one given, else the best mean silhouette (the smaller k on a tie). */
  k: number;
  /** Of the k kept, in standardised units. */
  inertia: number;
  converged: boolean;
  /** Customers clustered. */
  customers: number;
  /** Customers left out: excluded_empty + excluded_log_domain. */
  excluded: number;
  /** A chosen field is empty for them (e.g. recency of a customer without orders). */
  excluded_empty: number;
  /** With log1p: a value at or below -1, where log(1 + x) is not defined. */
  excluded_log_domain: number;
  silhouette: ClusterScore[];
  /** null: exact over every clustered customer; else the seeded sample it was computed on. */
  silhouette_sample: { size: number; of: number; seed: number } | null;
  total_revenue: number;
  clusters: ClusterSummary[];
  /** For the scatter of the clusters on the first two principal components. */
  projection: ClusterProjection;
}

/**
 * What a scatter of the clusters needs: the first two principal components of the standardised
 * fields (sign fixed so each component's largest loading is positive) for a seeded sample of at
 * most 2,000 clustered customers, with their cluster.
 */
export interface ClusterProjection {
  /** Share of the total variance of the standardised fields along PC1 and PC2 (PC2 0 with one field). */
  explained_variance: [number, number];
  /** Per field key, its weight in PC1 and PC2 (the unit eigenvectors). */
  loadings: Record<string, [number, number]>;
  points: Array<{ customer_id: string; pc1: number; pc2: number; cluster: number }>;
  /** null: every clustered customer is shown; else the seeded sample. */
  sample: { size: number; of: number; seed: number } | null;
}

/** One cluster as an editable rule (cluster/rule). */
export interface ClusterRuleResult {
  cluster: number;
  /** The cluster's suggested name. */
  name: string;
  /** {or: [{and: [{field, op: "<=" | ">", value}, ...]}, ...]}: the tree's leaves that predict the cluster. */
  rule: Rule;
  /** Depth of the tree fitted (<= 3). */
  depth: number;
  /** Members of the cluster. */
  members: number;
  /** Customers the rule selects (counted by the rule compiler, over every customer). */
  selected: number;
  /** Selected customers who are members. */
  true_positives: number;
  /** true_positives / selected (0 when nothing is selected). */
  precision: number;
  /** true_positives / members. */
  recall: number;
}

/** A clustering kept in the project. */
export interface SavedClustering {
  name: string;
  k: number;
  /** Field keys. */
  fields: string[];
  log: boolean;
  seed: number;
  restarts: number;
  saved_at: string;
  clusters: Array<{
    cluster: number;
    /** The suggested name when it was saved. */
    name: string;
    customers: number;
    /** The value of the builder's `cluster` field for its members, "<clustering> · <cluster>". */
    value: string;
  }>;
  /** True when saving replaced an earlier clustering of the same name. */
  replaced: boolean;
}

export interface ClusterResults {
  'cluster/run': ClusterResult;
  'cluster/save': { result: ClusterResult; saved: SavedClustering };
  'cluster/saved': { clusterings: SavedClustering[] };
  'cluster/delete': { deleted: SavedClustering };
  'cluster/rule': ClusterRuleResult;
}
