/** The rule of a segment that holds exactly one saved cluster's members: the builder's `cluster` field. Pure. */
import type { SavedClustering } from '../../../shared/contract/cluster.js';
import type { Rule } from '../../../shared/model/rules.js';

export function clusterSegmentRule(saved: SavedClustering, cluster: number): Rule | null {
  const value = saved.clusters.find((c) => c.cluster === cluster)?.value;
  return value === undefined ? null : { field: 'cluster', op: 'in', value: [value] };
}
