/**
 * Per cluster: size, share, revenue and its share, the centroid in the fields' own units (mean of
 * the members' original values), the fields that set it apart (largest |z| of the centroid in
 * standardised space) and a suggested name built from them.
 */
import type { ClusterSummary } from '../../../shared/contract/cluster.js';
import { round6, roundMoney } from '../db/rounding.js';
import { revenueShare } from '../metrics/share.js';
import type { ClusterData } from './data.js';
import type { ClusterField } from './fields.js';
import type { KMeansFit } from './kmeans.js';

/** A field names a cluster when its centroid is at least this many standard deviations from the mean. */
const NAMING_Z = 0.5;
const NAME_PARTS = 2;

/** Words for the metrics; other fields are "high <label>" / "low <label>". */
const METRIC_WORDS: Readonly<Record<string, { high: string; low: string }>> = {
  recency_days: { high: 'lapsed', low: 'recent' },
  frequency: { high: 'frequent', low: 'rare' },
  monetary: { high: 'high spend', low: 'low spend' },
  aov: { high: 'large baskets', low: 'small baskets' },
  tenure_days: { high: 'long-standing', low: 'new' },
};

/**
 * Clusters numbered 1..k by size, largest first; `order[c]` is the new number - 1 of fit cluster c.
 */
export function clusterOrder(fit: Pick<KMeansFit, 'k' | 'labels'>): { order: Int32Array; sizes: Int32Array } {
  const sizes = new Int32Array(fit.k);
  for (const c of fit.labels) sizes[c] = (sizes[c] as number) + 1;
  const byRank = [...Array(fit.k).keys()].sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || a - b);
  const order = new Int32Array(fit.k);
  byRank.forEach((c, rank) => {
    order[c] = rank;
  });
  return { order, sizes };
}

export function summarizeClusters(
  data: ClusterData,
  fields: readonly ClusterField[],
  fit: KMeansFit,
): ClusterSummary[] {
  const { order, sizes } = clusterOrder(fit);
  const { d, n } = data;
  const sums = new Float64Array(fit.k * d);
  const revenue = new Float64Array(fit.k);
  for (let i = 0; i < n; i += 1) {
    const c = fit.labels[i] as number;
    revenue[c] = (revenue[c] as number) + (data.monetary[i] as number);
    for (let j = 0; j < d; j += 1) sums[c * d + j] = (sums[c * d + j] as number) + (data.values[i * d + j] as number);
  }
  const summaries: ClusterSummary[] = [];
  for (let c = 0; c < fit.k; c += 1) {
    const size = sizes[c] as number;
    const centroid: Record<string, number> = {};
    fields.forEach((f, j) => {
      centroid[f.key] = size === 0 ? 0 : round6((sums[c * d + j] as number) / size);
    });
    const distinctive = fields
      .map((f, j) => ({ field: f.key, z: round6(fit.centroids[c * d + j] as number) }))
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
    summaries.push({
      cluster: (order[c] as number) + 1,
      name: suggestName(distinctive, fields),
      customers: size,
      share: n === 0 ? 0 : round6(size / n),
      revenue: roundMoney(revenue[c] as number),
      revenue_share: revenueShare(revenue[c] as number, data.totalRevenue),
      centroid,
      distinctive,
    });
  }
  summaries.sort((a, b) => a.cluster - b.cluster);
  return uniqueNames(summaries);
}

/** "high annual income, low spending score": the most distinctive fields, or "average" when none stands out. */
export function suggestName(
  distinctive: ReadonlyArray<{ field: string; z: number }>,
  fields: readonly ClusterField[],
): string {
  const parts = distinctive
    .filter((x) => Math.abs(x.z) >= NAMING_Z)
    .slice(0, NAME_PARTS)
    .map((x) => {
      const high = x.z > 0;
      const words = METRIC_WORDS[x.field];
      if (words) return high ? words.high : words.low;
      const label = fields.find((f) => f.key === x.field)?.label ?? x.field;
      return `${high ? 'high' : 'low'} ${plainLabel(label)}`;
    });
  return parts.length === 0 ? 'average' : parts.join(', ');
}

/** "Annual Income (k$)" -> "annual income": the unit in brackets says nothing in a name. */
function plainLabel(label: string): string {
  const plain = label
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return plain === '' ? label : plain;
}

/** Two clusters with the same suggested name get " 2", " 3" after the later ones. */
function uniqueNames(summaries: ClusterSummary[]): ClusterSummary[] {
  const seen = new Map<string, number>();
  return summaries.map((s) => {
    const count = (seen.get(s.name) ?? 0) + 1;
    seen.set(s.name, count);
    return count === 1 ? s : { ...s, name: `${s.name} ${count}` };
  });
}
