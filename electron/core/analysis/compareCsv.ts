/**
 * The comparison table as CSV: the columns of `segwb compare --json`, numbers as the engine gives
 * them (a spreadsheet formats them), empty cells for figures that do not exist, segment names
 * escaped against formula injection. Written under a temporary name and renamed, so a failed
 * export never leaves half a file under the real name.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CompareRow } from '../../../shared/contract/analysis.js';
import { csvText } from '../../../shared/csv.js';
import { WorkbenchError } from '../../../shared/errors.js';

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

export function compareCsv(rows: readonly CompareRow[], bom: boolean): string {
  return csvText([COMPARE_COLUMNS, ...rows.map((row) => COMPARE_COLUMNS.map((key) => row[key]))], bom);
}

export function writeCompareCsv(file: string, rows: readonly CompareRow[], bom: boolean): void {
  const folder = path.dirname(path.resolve(file));
  if (!fs.existsSync(folder)) {
    throw new WorkbenchError('FILE_NOT_FOUND', `The folder ${folder} does not exist. Choose another place to save.`, {
      file,
    });
  }
  const tmp = `${file}.part`;
  try {
    fs.writeFileSync(tmp, compareCsv(rows, bom));
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
