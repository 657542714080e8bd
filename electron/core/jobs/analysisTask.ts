/** What an analysis job does (a clustering, a lifetime-value fit or its summary) and what it answers. */
import type { ClusterParams } from '../../../shared/contract/cluster.js';
import type { ClvOptions, ClvResult, ClvSummary } from '../../../shared/contract/clv.js';
import type { AnalysisProgress } from '../../../shared/contract/jobs.js';
import type { ClusterRunToSave } from '../cluster/saved.js';

export type AnalysisTask =
  | { kind: 'cluster'; params: ClusterParams }
  | { kind: 'clv'; options: ClvOptions }
  | { kind: 'clvSummary'; options: ClvOptions };

export interface AnalysisOutcomes {
  cluster: ClusterRunToSave;
  clv: ClvResult;
  clvSummary: ClvSummary;
}

export type AnalysisOutcome<T extends AnalysisTask> = AnalysisOutcomes[T['kind']];

/** A progress event without its job id (the runner adds it). */
export type AnalysisStep = Omit<AnalysisProgress, 'jobId'>;

/** What the analysis worker is given. */
export interface AnalysisWorkerInput {
  projectPath: string;
  task: AnalysisTask;
  /** Threads a clustering may use, the worker itself included. */
  threads: number;
}
