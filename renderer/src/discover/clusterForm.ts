/**
 * The Discover form as plain data and the cluster/run params it asks for. Pure, so the defaults
 * (the engine's own: recency, frequency, monetary with log1p, k over 2..8) are unit-tested.
 */
import type { ClusterParams } from '../../../shared/contract/cluster.js';

export const DEFAULT_FIELDS = ['recency_days', 'frequency', 'monetary'] as const;
export const DEFAULT_K_RANGE: [number, number] = [2, 8];
export const DEFAULT_SEED = 42;

export interface ClusterForm {
  fields: string[];
  log: boolean;
  /** 'auto': the best mean silhouette over kRange; 'fixed': exactly k. */
  kMode: 'auto' | 'fixed';
  kRange: [number, number];
  k: number;
  seed: number;
}

export const DEFAULT_FORM: ClusterForm = {
  fields: [...DEFAULT_FIELDS],
  log: true,
  kMode: 'auto',
  kRange: [...DEFAULT_K_RANGE],
  k: 4,
  seed: DEFAULT_SEED,
};

/** The params of cluster/run (and of cluster/rule and cluster/save, which must cluster the same way). */
export function clusterParams(form: ClusterForm): ClusterParams {
  const base = { fields: [...form.fields], log: form.log, seed: form.seed };
  if (form.kMode === 'fixed') return { ...base, k: form.k };
  const low = Math.min(form.kRange[0], form.kRange[1]);
  const high = Math.max(form.kRange[0], form.kRange[1]);
  return { ...base, kRange: [low, high] };
}

/** Why Run is not offered, or null when the form can run. */
export function formProblem(form: ClusterForm): 'noFields' | null {
  return form.fields.length === 0 ? 'noFields' : null;
}

/** Ticks or unticks a field, keeping the order the fields are listed in. */
export function toggleField(form: ClusterForm, key: string, on: boolean, order: readonly string[]): ClusterForm {
  const chosen = new Set(form.fields);
  if (on) chosen.add(key);
  else chosen.delete(key);
  return { ...form, fields: order.filter((k) => chosen.has(k)) };
}

/** The fields the engine can cluster on: number metrics (not the 1-5 scores) and number attributes of customers. */
export function clusterableFields<F extends { key: string; type: string; source: string }>(fields: readonly F[]): F[] {
  return fields.filter(
    (f) => f.type === 'number' && (f.source === 'customers' || (f.source === 'metrics' && !f.key.endsWith('_score'))),
  );
}
