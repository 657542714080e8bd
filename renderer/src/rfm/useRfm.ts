/** Scores with the settings shown; a newer request drops the answer of an older one. */
import { useEffect, useRef, useState } from 'react';
import type { RfmResult, RfmSettings } from '../../../shared/contract/rfm.js';
import { api } from '../api/index.js';
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
  const request = useRef(0);

  useEffect(() => {
    if (!settings) return;
    const mine = ++request.current;
    setState((s) => ({ ...s, loading: true }));
    const timer = window.setTimeout(() => {
      api.call('rfm/compute', { ...settings, customers: SAMPLE }).then(
        (result) => {
          if (mine === request.current) setState({ result, loading: false });
        },
        (error: unknown) => {
          if (mine !== request.current) return;
          setState((s) => ({ ...s, loading: false }));
          reportError(error);
        },
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [settings, reportError]);

  return state;
}
