/** Calls an analysis method whenever its params change; a newer request drops an older answer. */
import { useEffect, useState } from 'react';
import type { MethodName, Params, Result } from '../../../shared/api.js';
import { useStore } from '../store/index.js';
import { api } from './index.js';
import { useLatestRequest } from './useLatestRequest.js';

export interface AnalysisState<M extends MethodName> {
  result: Result<M> | null;
  loading: boolean;
}

/** params null: nothing to ask (the result is cleared). */
export function useAnalysis<M extends MethodName>(method: M, params: Params<M> | null): AnalysisState<M> {
  const reportError = useStore((s) => s.reportError);
  const [state, setState] = useState<AnalysisState<M>>({ result: null, loading: false });
  const latest = useLatestRequest();

  useEffect(() => {
    if (!params) {
      latest.drop();
      setState({ result: null, loading: false });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    void latest.run(() => api.call(method, params), {
      onResult: (result) => setState({ result, loading: false }),
      onError: (error) => {
        setState({ result: null, loading: false });
        reportError(error);
      },
    });
  }, [latest, method, params, reportError]);

  return state;
}
