/**
 * The RFM view's summary table (one row per RFM segment) as CSV or as an .xlsx workbook with
 * typed cells, the columns of `rfm/compute`'s segments; both written atomically.
 */

import type { RfmSegmentSummary } from '../../../shared/contract/rfm.js';
import { csvText } from '../../../shared/csv.js';
import { writeAtomically } from '../files/writeAtomically.js';
import { writeXlsxTable } from '../files/xlsxTable.js';

export const RFM_SUMMARY_COLUMNS = [
  'segment',
  'customers',
  'share_customers',
  'orders',
  'revenue',
  'share_revenue',
  'aov',
  'median_recency_days',
  'median_frequency',
  'median_monetary',
] as const satisfies ReadonlyArray<keyof RfmSegmentSummary>;

const cells = (rows: readonly RfmSegmentSummary[]) => rows.map((row) => RFM_SUMMARY_COLUMNS.map((key) => row[key]));

export async function writeRfmSummary(
  file: string,
  rows: readonly RfmSegmentSummary[],
  options: { format: 'csv' | 'xlsx'; bom: boolean },
): Promise<void> {
  if (options.format === 'csv') {
    writeAtomically(file, csvText([RFM_SUMMARY_COLUMNS, ...cells(rows)], options.bom));
    return;
  }
  await writeXlsxTable(file, {
    sheet: 'RFM segments',
    columns: RFM_SUMMARY_COLUMNS.map((key) => ({ header: key, type: key === 'segment' ? 'text' : 'number' })),
    rows: cells(rows),
  });
}
