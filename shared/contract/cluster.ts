/**
 * Contract of the clustering methods (issue "Discover and predict" §1). Merged into shared/api.ts.
 *
 * k-means on numeric customer fields: each field optionally log1p-transformed, then standardised
 * to z-scores with the population standard deviation; seeded k-means++ starts, `restarts` runs per
 * k, the lowest inertia kept; k chosen by the highest mean silhouette (Rousseeuw 1987) over the
 * range, exact up to 10,000 customers, on a seeded sample of 10,000 beyond that.
 */
import { z } from 'zod';

export const MAX_CLUSTER_K = 30;
const K = z.number().int().min(2).max(MAX_CLUSTER_K);

export const ClusterParams = z
  .object({
    /** Field keys or column headers; default recency_days, frequency, monetary (with log1p). */
    fields: z.array(z.string().min(1).max(500)).min(1).max(20).optional(),
    /** One k; otherwise kRange (default 2..8) and the best mean silhouette. */
    k: K.optional(),
    kRange: z.tuple([K, K]).optional(),
    seed: z.number().int().min(0).max(2_147_483_647).optional(),
    /** log1p before standardising; default true for the default fields, false otherwise. */
    log: z.boolean().optional(),
    restarts: z.number().int().min(10).max(100).optional(),
  })
  .strict()
  .refine((p) => p.k === undefined || p.kRange === undefined, { message: 'give either k or kRange, not both' })
  .refine((p) => p.kRange === undefined || p.kRange[0] <= p.kRange[1], {
    message: 'kRange must be [low, high] with low <= high',
  });
export type ClusterParams = z.infer<typeof ClusterParams>;

export const clusterMethods = {
  /** Cluster the customers; the result of the chosen k and the silhouette of every k tried. */
  'cluster/run': ClusterParams,
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
}

export interface ClusterResults {
  'cluster/run': ClusterResult;
}
