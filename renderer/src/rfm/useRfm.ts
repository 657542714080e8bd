/** Scores with the settings shown; a newer request drops the answer of an older one. */
import { useEffect, useState } from 'react';
import type { RfmResult, RfmSettings } from '../../../shared/contract/rfm.js';
import { api } from '../api/index.js';
import { useLatestRequest } from '../api/useLatestRequest.js';
import { useStore } from '../store/index.js';

export interface RfmState {
  result: RfmResult | null;
  loading: boolean;
}

/** The biggest customers come along, so "Why is this customer a …?" can offer ids to pick. */
const SAMPLE = { offset: 0, limit: 25, sort: { key: 'monetary', dir: 'desc' } } as const;

/** Typing thresholds or scheme rows should not score on every key. */
const DEBOUNCE_MS = 250;

/** A new settings object (even with equal contents) scores again: that is how a save refreshes the view. */
export function useRfm(settings: RfmSettings | null): RfmState {
  const reportError = useStore((s) => s.reportError);
  const [state, setState] = useState<RfmState>({ result: null, loading: false });
  const latest = useLatestRequest();

  useEffect(() => {
    if (!settings) return;
    setState((s) => ({ ...s, loading: true }));
    return latest.later(
      () => api.call('rfm/compute', { ...settings, customers: SAMPLE }),
      {
        onResult: (result) => setState({ result, loading: false }),
        onError: (error) => {
          setState((s) => ({ ...s, loading: false }));
          reportError(error);
        },
      },
      DEBOUNCE_MS,
    );
  }, [latest, settings, reportError]);

  return state;
}
