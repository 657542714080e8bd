/**
 * The cohort table (Changes view) as CSV or an .xlsx workbook with typed cells, one row per cohort
 * and offset: the long form a spreadsheet pivots, with the retention (active / cohort size) beside
 * the counts so nobody has to recompute it.
 */
import type { CohortsResult } from '../../../shared/contract/changes.js';
import { csvText } from '../../../shared/csv.js';
import { round6 } from '../db/rounding.js';
import { writeAtomically } from '../files/writeAtomically.js';
import { writeXlsxTable } from '../files/xlsxTable.js';

export const COHORT_COLUMNS = ['cohort', 'customers', 'offset', 'active', 'retention', 'revenue'] as const;

function cells(result: CohortsResult): Array<Array<string | number>> {
  return result.cohorts.flatMap((c) =>
    c.periods.map((p) => [
      c.cohort,
      c.customers,
      p.offset,
      p.active,
      c.customers > 0 ? round6(p.active / c.customers) : 0,
      p.revenue,
    ]),
  );
}

export async function writeCohortsTable(
  file: string,
  result: CohortsResult,
  options: { format: 'csv' | 'xlsx'; bom: boolean },
): Promise<number> {
  const rows = cells(result);
  if (options.format === 'csv') writeAtomically(file, csvText([COHORT_COLUMNS, ...rows], options.bom));
  else {
    await writeXlsxTable(file, {
      sheet: `Cohorts by ${result.period}`,
      columns: COHORT_COLUMNS.map((key) => ({ header: key, type: key === 'cohort' ? 'text' : 'number' })),
      rows,
    });
  }
  return rows.length;
}
