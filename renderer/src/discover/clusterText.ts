/**
 * Words and numbers of the cluster table, pure: a centroid value in its field's own unit (counts and
 * days without decimals, money with two), and the distinctive fields as "frequency 1.4 SD above average".
 */
import type { TFunction } from 'i18next';
import type { ClusterDistinction } from '../../../shared/contract/cluster.js';
import { formatDecimal, formatMoney, formatNumber } from '../format.js';

const MONEY = new Set(['monetary', 'aov']);
const WHOLE = new Set(['recency_days', 'tenure_days']);

/** A centroid value as the field is read: money with cents, days to one decimal, others to two significant places. */
export function formatCentroid(field: string, value: number, lang: string): string {
  if (MONEY.has(field)) return formatMoney(value, lang);
  if (WHOLE.has(field)) return formatDecimal(value, lang, 0);
  if (field === 'frequency') return formatDecimal(value, lang, 1);
  return formatNumber(value, lang, 2);
}

/** The fields that set a cluster apart, at most `limit`, each with how far from the mean in standard deviations. */
export function describeDistinctive(
  distinctive: readonly ClusterDistinction[],
  labelOf: (key: string) => string,
  t: TFunction,
  lang: string,
  limit = 2,
): string[] {
  return distinctive.slice(0, limit).map((d) =>
    t(d.z >= 0 ? 'discover.words.above' : 'discover.words.below', {
      label: labelOf(d.field),
      z: formatDecimal(Math.abs(d.z), lang, 1),
    }),
  );
}
