/** Calls an analysis method whenever its params change; a newer request drops an older answer. */
import { useEffect, useRef, useState } from 'react';
import type { MethodName, Params, Result } from '../../../shared/api.js';
import { api } from '../api/index.js';
import { useStore } from '../store/index.js';

export interface AnalysisState<M extends MethodName> {
  result: Result<M> | null;
  loading: boolean;
}

/** params null: nothing to ask (the result is cleared). */
export function useAnalysis<M extends MethodName>(method: M, params: Params<M> | null): AnalysisState<M> {
  const reportError = useStore((s) => s.reportError);
  const [state, setState] = useState<AnalysisState<M>>({ result: null, loading: false });
  const request = useRef(0);

  useEffect(() => {
    const mine = ++request.current;
    if (!params) {
      setState({ result: null, loading: false });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    api.call(method, params).then(
      (result) => {
        if (mine === request.current) setState({ result, loading: false });
      },
      (error: unknown) => {
        if (mine !== request.current) return;
        setState({ result: null, loading: false });
        reportError(error);
      },
    );
  }, [method, params, reportError]);

  return state;
}
