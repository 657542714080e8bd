/**
 * The fit the Predict view shows, run as an engine job: its progress (the two fits, then the
 * customers) while it runs; Cancel stops it in the engine; a newer fit replaces an older one.
 * Errors go to the banner in the user's words; a cancel is not an error.
 */
import { useCallback, useState } from 'react';
import type { ClvOptions, ClvSummary } from '../../../shared/contract/clv.js';
import type { AnalysisProgress } from '../../../shared/contract/jobs.js';
import { api } from '../api/index.js';
import { useAnalysisJob } from '../api/useAnalysisJob.js';
import { useStore } from '../store/index.js';

export interface PredictFit {
  summary: ClvSummary | null;
  /** The options of the summary shown (what "Keep this fit" keeps). */
  options: ClvOptions | null;
  busy: boolean;
  progress: AnalysisProgress | null;
  cancelled: boolean;
  fit(options: ClvOptions): void;
  cancel(): void;
}

export function usePredictFit(): PredictFit {
  const reportError = useStore((s) => s.reportError);
  const job = useAnalysisJob('clv');
  const { start } = job;
  const [state, setState] = useState<{ summary: ClvSummary | null; options: ClvOptions | null }>({
    summary: null,
    options: null,
  });

  const fit = useCallback(
    (options: ClvOptions) => {
      start((jobId) => api.call('clv/summary', { ...options, jobId }), {
        onResult: (summary) => setState({ summary, options }),
        onError: reportError,
      });
    },
    [start, reportError],
  );

  return {
    ...state,
    busy: job.running,
    progress: job.progress,
    cancelled: job.cancelled,
    fit,
    cancel: job.cancel,
  };
}
