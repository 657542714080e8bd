/**
 * Contract of the analysis jobs: clusterings (cluster/run, cluster/save) and lifetime-value fits
 * (clv/fit, clv/save, clv/summary) given a `jobId` run in a worker thread of the engine, report
 * 'analysis/progress' and stop on 'analysis/cancel'. A cancelled job answers with a CANCELLED
 * error, which a view treats as the user's own choice, never as a failure. Merged into shared/api.ts.
 */
import { z } from 'zod';
import { JobId } from './common.js';

/**
 * Where a job is: reading the data, the k-means of each k (done of total ks), the silhouettes, the
 * lifetime-value models (done of 2 fits) and the customers' predictions (done of total customers).
 */
export const AnalysisPhase = z.enum(['reading', 'kmeans', 'silhouette', 'fit', 'customers']);
export type AnalysisPhase = z.infer<typeof AnalysisPhase>;

export interface AnalysisProgress {
  jobId: string;
  phase: AnalysisPhase;
  done: number;
  total: number;
}

export const jobMethods = {
  /** Stops a running clustering or fit: its worker is terminated, its call answers CANCELLED. */
  'analysis/cancel': z.object({ jobId: JobId }).strict(),
} as const;

export interface JobResults {
  /** Whether a job of that id was running (false: it had finished or never started). */
  'analysis/cancel': { cancelled: boolean };
}

export interface JobEvents {
  'analysis/progress': AnalysisProgress;
}
