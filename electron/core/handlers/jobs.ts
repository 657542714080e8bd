/** Handlers of analysis/*: cancelling a clustering or a lifetime-value fit that runs as a job. */
import { sessionAnalyses } from './analysisJob.js';
import type { DomainHandlers } from './types.js';

export const jobHandlers: DomainHandlers<'analysis/cancel'> = {
  'analysis/cancel': ({ jobId }, { session }) => ({ cancelled: sessionAnalyses(session).cancel(jobId) }),
};
