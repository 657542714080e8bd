/**
 * The comparison table as CSV: the columns of `segwb compare --json`, numbers as the engine gives
 * them (a spreadsheet formats them), empty cells for figures that do not exist, segment names
 * escaped against formula injection. One builder for the engine's export and the page's download.
 */
import type { CompareRow } from './contract/analysis.js';
import { csvText } from './csv.js';

export const COMPARE_COLUMNS = [
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
] as const satisfies ReadonlyArray<keyof CompareRow>;

export function compareCsv(rows: readonly CompareRow[], bom = false): string {
  return csvText([COMPARE_COLUMNS, ...rows.map((row) => COMPARE_COLUMNS.map((key) => row[key]))], bom);
}
