/**
 * The comparison table as CSV, built in the page so it works in the desktop app and browser mode
 * alike, by the same CSV writer as the engine's exports (shared/csv.ts: formula-escaped text).
 */

import type { CompareRow } from '../../../shared/contract/analysis.js';
import { csvText } from '../../../shared/csv.js';

export { csvCell } from '../../../shared/csv.js';

export const COMPARE_COLUMNS: readonly (keyof CompareRow)[] = [
  'segment',
  'customers',
  'share_customers',
  'revenue',
  'share_revenue',
  'revenue_per_customer',
  'aov',
  'mean_frequency',
  'median_recency',
  'revenue_index',
];

export function compareCsv(rows: readonly CompareRow[]): string {
  return csvText([COMPARE_COLUMNS, ...rows.map((row) => COMPARE_COLUMNS.map((column) => row[column]))]);
}
