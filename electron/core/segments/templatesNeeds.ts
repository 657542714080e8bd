/**
 * The gallery template of needs-based segmentation (issue 9 §1): a group found in the data by
 * clustering (the Discover view) rather than chosen by a rule of thumb. It offers the largest cluster
 * of the most recently saved clustering as a rule on the `cluster` field ("NAME · 1"), which the user
 * then switches to another cluster; shown disabled with the reason until a clustering is saved. The
 * saved clustering is read from its tables here (cluster/ depends on segments/, not the reverse).
 */
import type { SegmentTemplate } from '../../../shared/api.js';
import type { Db } from '../db/projectFile.js';
import { clusterValue } from './clusterField.js';
import { all, type Made, off, on } from './templatesEvents.js';

interface LargestCluster {
  clustering: string;
  cluster: number;
  name: string;
  customers: number;
}

function largestOfLatest(db: Db): LargestCluster | null {
  const row = db
    .prepare(
      `SELECT c.name AS clustering, k.cluster AS cluster, k.name AS name, k.customers AS customers
       FROM clusterings c JOIN clustering_clusters k ON k.clustering = c.id
       ORDER BY c.saved_at DESC, c.id DESC, k.customers DESC, k.cluster LIMIT 1`,
    )
    .get() as LargestCluster | undefined;
  return row ?? null;
}

export function needsBasedGroup(db: Db): SegmentTemplate {
  const largest = largestOfLatest(db);
  const value = largest ? clusterValue(largest.clustering, largest.cluster) : '';
  const made: Made = {
    id: 'needs-based-group',
    base: 'needs',
    name: largest ? `Needs-based group: ${value} (${largest.name})` : 'Needs-based group',
    description:
      'Customers the clustering found alike in the fields you chose: the largest group of your latest saved clustering. Pick another cluster to compare.',
    rule: all({ field: 'cluster', op: 'in', value: largest ? [value] : [] }),
    words: {
      name: largest ? 'needsGroup' : 'needsGroupAny',
      description: 'needsGroup',
      values: largest ? { value, cluster: largest.name } : {},
    },
  };
  if (largest) return on(made);
  return off(made, {
    text: 'Needs a saved clustering: open Discover, find the groups and choose "Save the grouping".',
    key: 'needsClustering',
  });
}
