/**
 * A clustering or lifetime-value fit run as an engine job: the call carries a job id, the
 * 'analysis/progress' events of that id are the job's progress, and Cancel asks the engine to stop
 * the job (analysis/cancel terminates its worker). The CANCELLED answer that follows is the user's
 * own choice, never an error; any answer to an older job is dropped ("latest request wins").
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalysisProgress } from '../../../shared/contract/jobs.js';
import { isApiError } from './apiError.js';
import { api } from './index.js';
import { newJobId } from './jobId.js';
import { useLatestRequest } from './useLatestRequest.js';

export interface JobDelivery<T> {
  onResult(value: T): void;
  onError(error: unknown): void;
}

export interface AnalysisJob {
  running: boolean;
  /** The latest progress of the running job, or null before its first event. */
  progress: AnalysisProgress | null;
  /** The last job was cancelled by the user. */
  cancelled: boolean;
  /** Starts a job: `ask` makes the call with the job id given. */
  start<T>(ask: (jobId: string) => Promise<T>, deliver: JobDelivery<T>): void;
  cancel(): void;
}

export function useAnalysisJob(kind: 'cluster' | 'clv'): AnalysisJob {
  const latest = useLatestRequest();
  const jobRef = useRef<string | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<AnalysisProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);

  useEffect(
    () =>
      api.on('analysis/progress', (event) => {
        if (event.jobId === jobRef.current) setProgress(event);
      }),
    [],
  );
  // A job still running when the view goes away is of no use to anyone.
  useEffect(
    () => () => {
      const jobId = jobRef.current;
      if (jobId !== null) void api.call('analysis/cancel', { jobId }).catch(() => {});
    },
    [],
  );

  const start = useCallback(
    <T>(ask: (jobId: string) => Promise<T>, deliver: JobDelivery<T>) => {
      const previous = jobRef.current;
      if (previous !== null) void api.call('analysis/cancel', { jobId: previous }).catch(() => {});
      const jobId = newJobId(Date.now(), Math.random, kind);
      jobRef.current = jobId;
      setRunning(true);
      setProgress(null);
      setCancelled(false);
      const finish = () => {
        if (jobRef.current === jobId) jobRef.current = null;
        setRunning(false);
        setProgress(null);
      };
      void latest.run(() => ask(jobId), {
        onResult: (value) => {
          finish();
          deliver.onResult(value);
        },
        onError: (error) => {
          finish();
          if (isApiError(error, 'CANCELLED')) setCancelled(true);
          else deliver.onError(error);
        },
      });
    },
    [kind, latest],
  );

  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    latest.drop();
    jobRef.current = null;
    setRunning(false);
    setProgress(null);
    setCancelled(true);
    if (jobId !== null) void api.call('analysis/cancel', { jobId }).catch(() => {});
  }, [latest]);

  return { running, progress, cancelled, start, cancel };
}
