/**
 * What Discover showed last, for one project state. The view unmounts when the user goes to the
 * builder and back; without this a clustering (seconds on a large file) would run again and a saved
 * clustering would be forgotten. Only the latest project state is kept: another project, another
 * as-of date or a new import (other counts) starts afresh.
 */
import type { ClusterParams, ClusterResult, SavedClustering } from '../../../shared/contract/cluster.js';
import type { ProjectInfo } from '../../../shared/contract/project.js';
import type { ClusterForm } from './clusterForm.js';

export interface DiscoverMemory {
  form: ClusterForm;
  params: ClusterParams;
  result: ClusterResult;
  saved: SavedClustering | null;
}

let kept: { key: string; memory: DiscoverMemory } | null = null;

/** What identifies the data a clustering was computed on. */
export function projectKey(project: Pick<ProjectInfo, 'path' | 'asOf' | 'customers' | 'orderLines'>): string {
  return JSON.stringify([project.path, project.asOf, project.customers, project.orderLines]);
}

export function recall(key: string): DiscoverMemory | null {
  return kept && kept.key === key ? kept.memory : null;
}

export function remember(key: string, memory: DiscoverMemory): void {
  kept = { key, memory };
}
