/** Handlers of cluster/*: k-means on the customers' numeric fields (engine in core/cluster). */
import { runClustering } from '../cluster/run.js';
import type { DomainHandlers } from './types.js';

export const clusterHandlers: DomainHandlers<'cluster/run'> = {
  'cluster/run': (params, { session }) => runClustering(session.requireProject().db, params).result,
};
