/** Handlers of analysis/*: cancelling a clustering or a lifetime-value fit that runs as a job. */
import type { DomainHandlers } from './types.js';

export const jobHandlers: DomainHandlers<'analysis/cancel'> = {
  'analysis/cancel': ({ jobId }, { session }) => ({ cancelled: session.analyses.cancel(jobId) }),
};
