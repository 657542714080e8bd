/**
 * The comparison table as CSV, built in the page so it works in the desktop app and browser mode
 * alike. Cells that a spreadsheet would run as a formula (= + - @, tab, CR) get a leading quote.
 */
import type { CompareRow } from '../../../shared/contract/analysis.js';

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

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value) : value;
  // Negative numbers stay numbers; only text is treated as a possible formula.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function compareCsv(rows: readonly CompareRow[]): string {
  const lines = [COMPARE_COLUMNS.join(',')];
  for (const row of rows) lines.push(COMPARE_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
