/**
 * The fit the Predict view shows: asked on "Fit", dropped on "Cancel" (the engine still finishes,
 * its answer is ignored) and when a newer fit is asked. Errors go to the banner in the user's words.
 */
import { useCallback, useState } from 'react';
import type { ClvOptions, ClvSummary } from '../../../shared/contract/clv.js';
import { api } from '../api/index.js';
import { useLatestRequest } from '../api/useLatestRequest.js';
import { useStore } from '../store/index.js';

export interface PredictFit {
  summary: ClvSummary | null;
  /** The options of the summary shown (what "Keep this fit" keeps). */
  options: ClvOptions | null;
  busy: boolean;
  cancelled: boolean;
  fit(options: ClvOptions): void;
  cancel(): void;
}

export function usePredictFit(): PredictFit {
  const reportError = useStore((s) => s.reportError);
  const latest = useLatestRequest();
  const [state, setState] = useState<{ summary: ClvSummary | null; options: ClvOptions | null }>({
    summary: null,
    options: null,
  });
  const [busy, setBusy] = useState(false);
  const [cancelled, setCancelled] = useState(false);

  const fit = useCallback(
    (options: ClvOptions) => {
      setBusy(true);
      setCancelled(false);
      void latest.run(() => api.call('clv/summary', options), {
        onResult: (summary) => {
          setState({ summary, options });
          setBusy(false);
        },
        onError: (error) => {
          setBusy(false);
          reportError(error);
        },
      });
    },
    [latest, reportError],
  );

  const cancel = useCallback(() => {
    latest.drop();
    setBusy(false);
    setCancelled(true);
  }, [latest]);

  return { ...state, busy, cancelled, fit, cancel };
}
