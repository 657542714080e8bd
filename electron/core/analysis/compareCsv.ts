/**
 * Writes the comparison table as CSV (shared/compareCsv.ts) or as an .xlsx workbook with the
 * same columns, figures as number cells (files/xlsxTable.ts); written under a temporary name
 * and renamed, so a failed export never leaves half a file under the real name.
 */
import { COMPARE_COLUMNS, compareCsv } from '../../../shared/compareCsv.js';
import type { CompareRow } from '../../../shared/contract/analysis.js';
import { writeAtomically } from '../files/writeAtomically.js';
import { writeXlsxTable } from '../files/xlsxTable.js';

export function writeCompareCsv(file: string, rows: readonly CompareRow[], bom: boolean): void {
  writeAtomically(file, compareCsv(rows, bom));
}

export async function writeCompareXlsx(file: string, rows: readonly CompareRow[]): Promise<void> {
  await writeXlsxTable(file, {
    sheet: 'Segment comparison',
    columns: COMPARE_COLUMNS.map((key) => ({ header: key, type: key === 'segment' ? 'text' : 'number' })),
    rows: rows.map((row) => COMPARE_COLUMNS.map((key) => row[key])),
  });
}
