/** Handlers of cluster/*: k-means on the customers' numeric fields (engine in core/cluster). */
import { clusterRule } from '../cluster/clusterRule.js';
import { runClustering } from '../cluster/run.js';
import { deleteClustering, listSavedClusterings, saveClustering } from '../cluster/saved.js';
import type { DomainHandlers } from './types.js';

export const clusterHandlers: DomainHandlers<
  'cluster/run' | 'cluster/save' | 'cluster/saved' | 'cluster/delete' | 'cluster/rule'
> = {
  'cluster/run': (params, { session }) => runClustering(session.requireProject().db, params).result,
  'cluster/save': ({ name, ...params }, { session }) => {
    const db = session.requireProject().db;
    const run = runClustering(db, params);
    return { result: run.result, saved: saveClustering(db, run, params, name) };
  },
  'cluster/saved': (_params, { session }) => ({ clusterings: listSavedClusterings(session.requireProject().db) }),
  'cluster/delete': ({ name }, { session }) => ({ deleted: deleteClustering(session.requireProject().db, name) }),
  'cluster/rule': (params, { session }) => clusterRule(session.requireProject().db, params),
};
