/** One engine answer for the params shown: a newer request drops an older answer; errors go to the banner. */
import { useEffect, useState } from 'react';
import { useLatestRequest } from '../api/useLatestRequest.js';
import { useStore } from '../store/index.js';

export interface Answer<T> {
  result: T | null;
  loading: boolean;
}

/** Changing dates by the arrow keys should not compute on every step. */
const DEBOUNCE_MS = 250;

/** `ask` null: nothing to ask (the form is incomplete); the last answer is dropped. */
export function useAnswer<T>(ask: (() => Promise<T>) | null): Answer<T> {
  const reportError = useStore((s) => s.reportError);
  const [state, setState] = useState<Answer<T>>({ result: null, loading: false });
  const latest = useLatestRequest();

  useEffect(() => {
    if (!ask) {
      latest.drop();
      setState({ result: null, loading: false });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    return latest.later(
      ask,
      {
        onResult: (result) => setState({ result, loading: false }),
        onError: (error) => {
          setState({ result: null, loading: false });
          reportError(error);
        },
      },
      DEBOUNCE_MS,
    );
  }, [latest, ask, reportError]);

  return state;
}
