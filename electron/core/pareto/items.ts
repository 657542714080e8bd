/**
 * Pareto over the values of a field (products, categories, countries) instead of customers: each
 * value is an item with its net revenue. As for customers, only items with revenue > 0 take part;
 * the others (returns-only products, discounts) are reported as excluded.
 */
import type { ParetoItem } from '../../../shared/contract/analysis.js';
import { round6 } from '../db/rounding.js';

export interface ItemRevenue {
  /** null: lines (customers) without a value. */
  value: string | null;
  revenue: number;
}

interface RankedItems {
  /** Items with revenue > 0, largest first (ties by value), with shares of their total. */
  items: ParetoItem[];
  /** The same revenues, in the same order, for paretoSummary / paretoBars / lorenzCurve. */
  desc: Float64Array;
  excluded: { count: number; revenue: number };
}

export function rankItems(values: readonly ItemRevenue[]): RankedItems {
  const ranked = values
    .filter((v): v is { value: string; revenue: number } => v.value !== null && v.revenue > 0)
    .sort((a, b) => b.revenue - a.revenue || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const left = values.filter((v) => v.value === null || !(v.revenue > 0));
  const total = ranked.reduce((s, v) => s + v.revenue, 0);
  let running = 0;
  const items = ranked.map((v, i): ParetoItem => {
    running += v.revenue;
    return {
      value: v.value,
      revenue: round6(v.revenue),
      share: round6(v.revenue / total),
      // The last item closes at exactly 1.
      cumulative_share: i === ranked.length - 1 ? 1 : round6(running / total),
    };
  });
  return {
    items,
    desc: Float64Array.from(ranked, (v) => v.revenue),
    excluded: { count: left.length, revenue: round6(left.reduce((s, v) => s + v.revenue, 0)) },
  };
}
