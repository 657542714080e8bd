/**
 * Handlers of cluster/*: k-means on the customers' numeric fields (engine in core/cluster). A run
 * is an analysis job (a worker thread, progress, cancel); saving writes on the engine's connection
 * once the job's result is back.
 */
import { clusterRule } from '../cluster/clusterRule.js';
import { checkClusteringName, deleteClustering, listSavedClusterings, saveClustering } from '../cluster/saved.js';
import { runAnalysisJob } from './analysisJob.js';
import type { DomainHandlers } from './types.js';

export const clusterHandlers: DomainHandlers<
  'cluster/run' | 'cluster/save' | 'cluster/saved' | 'cluster/delete' | 'cluster/rule'
> = {
  'cluster/run': async ({ jobId, ...params }, ctx) =>
    (await runAnalysisJob(ctx, jobId, { kind: 'cluster', params })).result,
  'cluster/save': async ({ name, jobId, ...params }, ctx) => {
    // A name that cannot be kept is refused before the clustering runs, not after.
    checkClusteringName(name);
    const run = await runAnalysisJob(ctx, jobId, { kind: 'cluster', params });
    return { result: run.result, saved: saveClustering(ctx.session.requireProject().db, run, params, name) };
  },
  'cluster/saved': (_params, { session }) => ({ clusterings: listSavedClusterings(session.requireProject().db) }),
  'cluster/delete': ({ name }, { session }) => ({ deleted: deleteClustering(session.requireProject().db, name) }),
  'cluster/rule': (params, { session }) => clusterRule(session.requireProject().db, params),
};
