/**
 * One clustering at a time: Run asks the engine, Cancel drops the answer. The engine call itself
 * is not stopped (cluster/run has no job id to cancel): it finishes in the engine and its answer is
 * thrown away, so a cancelled run can never replace what the user sees later.
 */
import { useCallback, useState } from 'react';
import type { ClusterParams, ClusterResult } from '../../../shared/contract/cluster.js';
import { api } from '../api/index.js';
import { useLatestRequest } from '../api/useLatestRequest.js';
import { useStore } from '../store/index.js';

export interface ClusterRun {
  /** The params of the result shown (rules and saving must cluster the same way). */
  params: ClusterParams | null;
  result: ClusterResult | null;
  running: boolean;
  run(params: ClusterParams): void;
  cancel(): void;
}

/** `shown`: a result already on screen (from an earlier visit), kept until the next run. */
export function useClusterRun(shown: { params: ClusterParams; result: ClusterResult } | null): ClusterRun {
  const reportError = useStore((s) => s.reportError);
  const latest = useLatestRequest();
  const [state, setState] = useState<{ params: ClusterParams | null; result: ClusterResult | null; running: boolean }>(
    () => ({
      params: shown?.params ?? null,
      result: shown?.result ?? null,
      running: false,
    }),
  );

  const run = useCallback(
    (params: ClusterParams) => {
      setState((s) => ({ ...s, running: true }));
      void latest.run(() => api.call('cluster/run', params), {
        onResult: (result) => setState({ params, result, running: false }),
        onError: (error) => {
          setState((s) => ({ ...s, running: false }));
          reportError(error);
        },
      });
    },
    [latest, reportError],
  );

  const cancel = useCallback(() => {
    latest.drop();
    setState((s) => ({ ...s, running: false }));
  }, [latest]);

  return { ...state, run, cancel };
}
