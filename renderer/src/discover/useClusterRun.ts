/**
 * One clustering at a time, run as an engine job: its progress (ks done of ks total) while it runs,
 * and Cancel stops it in the engine (the worker is terminated), so a cancelled run can never
 * replace what the user sees later.
 */
import { useCallback, useState } from 'react';
import type { ClusterParams, ClusterResult } from '../../../shared/contract/cluster.js';
import type { AnalysisProgress } from '../../../shared/contract/jobs.js';
import { api } from '../api/index.js';
import { useAnalysisJob } from '../api/useAnalysisJob.js';
import { useStore } from '../store/index.js';

export interface ClusterRun {
  /** The params of the result shown (rules and saving must cluster the same way). */
  params: ClusterParams | null;
  result: ClusterResult | null;
  running: boolean;
  progress: AnalysisProgress | null;
  /** The last run was cancelled by the user. */
  cancelled: boolean;
  run(params: ClusterParams): void;
  cancel(): void;
}

/** `shown`: a result already on screen (from an earlier visit), kept until the next run. */
export function useClusterRun(shown: { params: ClusterParams; result: ClusterResult } | null): ClusterRun {
  const reportError = useStore((s) => s.reportError);
  const job = useAnalysisJob('cluster');
  const { start } = job;
  const [state, setState] = useState<{ params: ClusterParams | null; result: ClusterResult | null }>(() => ({
    params: shown?.params ?? null,
    result: shown?.result ?? null,
  }));

  const run = useCallback(
    (params: ClusterParams) => {
      start((jobId) => api.call('cluster/run', { ...params, jobId }), {
        onResult: (result) => setState({ params, result }),
        onError: reportError,
      });
    },
    [start, reportError],
  );

  return { ...state, running: job.running, progress: job.progress, cancelled: job.cancelled, run, cancel: job.cancel };
}
