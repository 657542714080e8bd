/**
 * The ABC classes table (Pareto view) as CSV or an .xlsx workbook with typed cells: one row per
 * class with its customers, revenue, shares and the monetary threshold that starts it.
 */
import type { AbcClasses } from '../../../shared/contract/analysis.js';
import { csvText } from '../../../shared/csv.js';
import { writeAtomically } from '../files/writeAtomically.js';
import { writeXlsxTable } from '../files/xlsxTable.js';

export const ABC_COLUMNS = [
  'class',
  'customers',
  'share_customers',
  'revenue',
  'share_revenue',
  'min_monetary',
] as const;

function cells(abc: AbcClasses): Array<Array<string | number | null>> {
  const lowest = { A: abc.thresholds?.a ?? null, B: abc.thresholds?.b ?? null, C: null };
  return abc.classes.map((c) => [c.class, c.customers, c.share_customers, c.revenue, c.share_revenue, lowest[c.class]]);
}

export async function writeAbcTable(
  file: string,
  abc: AbcClasses,
  options: { format: 'csv' | 'xlsx'; bom: boolean },
): Promise<number> {
  const rows = cells(abc);
  if (options.format === 'csv') writeAtomically(file, csvText([ABC_COLUMNS, ...rows], options.bom));
  else {
    await writeXlsxTable(file, {
      sheet: 'ABC classes',
      columns: ABC_COLUMNS.map((key) => ({ header: key, type: key === 'class' ? 'text' : 'number' })),
      rows,
    });
  }
  return rows.length;
}
