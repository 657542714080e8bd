/**
 * Handlers of clv/*: the lifetime-value fit as an analysis job (a worker thread, progress, cancel);
 * clv/save keeps the job's result on the engine's connection.
 */
import { keepClvResult, readSavedClvFit } from '../clv/keptFit.js';
import { runAnalysisJob } from './analysisJob.js';
import type { DomainHandlers } from './types.js';

export const clvHandlers: DomainHandlers<'clv/fit' | 'clv/save' | 'clv/saved' | 'clv/summary'> = {
  'clv/fit': ({ jobId, ...options }, ctx) => runAnalysisJob(ctx, jobId, { kind: 'clv', options }),
  'clv/save': async ({ jobId, ...options }, ctx) => {
    const result = await runAnalysisJob(ctx, jobId, { kind: 'clv', options });
    const db = ctx.session.requireProject().db;
    keepClvResult(db, options, result, new Date().toISOString());
    return { saved: readSavedClvFit(db) as NonNullable<ReturnType<typeof readSavedClvFit>> };
  },
  'clv/saved': (_params, { session }) => ({ saved: readSavedClvFit(session.requireProject().db) }),
  'clv/summary': ({ jobId, ...options }, ctx) => runAnalysisJob(ctx, jobId, { kind: 'clvSummary', options }),
};
