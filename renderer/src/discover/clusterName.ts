/**
 * A cluster's name in the user's language from its most distinctive fields ("lapsed, rare",
 * "high annual income"), by the same rule as the engine's English suggestion (electron/core/cluster/
 * profile.ts): fields at least half a standard deviation from the mean, the two largest, "average"
 * when none stands out, " 2", " 3" after a repeated name. Pure.
 */
import type { TFunction } from 'i18next';
import type { ClusterDistinction } from '../../../shared/contract/cluster.js';

const NAMING_Z = 0.5;
const NAME_PARTS = 2;
const METRICS = ['recency_days', 'frequency', 'monetary'] as const;
type Metric = (typeof METRICS)[number];
const isMetric = (key: string): key is Metric => (METRICS as readonly string[]).includes(key);

/** "Annual Income (k$)" -> "annual income": the unit in brackets says nothing in a name. */
export function plainLabel(label: string): string {
  const plain = label
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return plain === '' ? label : plain;
}

export function clusterName(
  distinctive: readonly ClusterDistinction[],
  labelOf: (key: string) => string,
  t: TFunction,
): string {
  const parts = distinctive
    .filter((x) => Math.abs(x.z) >= NAMING_Z)
    .slice(0, NAME_PARTS)
    .map((x) => {
      const side = x.z > 0 ? 'high' : 'low';
      if (isMetric(x.field)) return t(`discover.words.${x.field}.${side}`);
      return t(`discover.words.${side}`, { label: plainLabel(labelOf(x.field)) });
    });
  return parts.length === 0 ? t('discover.words.average') : parts.join(t('discover.words.separator'));
}

/** Names in cluster order, a repeated name numbered " 2", " 3" as the engine does. */
export function uniqueNames(names: readonly string[], count: (n: number) => string): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const times = (seen.get(name) ?? 0) + 1;
    seen.set(name, times);
    return times === 1 ? name : `${name} ${count(times)}`;
  });
}
