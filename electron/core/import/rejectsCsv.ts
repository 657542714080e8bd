/** The full list of rows an import rejected, as a CSV the user can open in a spreadsheet. */
import { csvText } from '../../../shared/csv.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { writeAtomically } from '../files/writeAtomically.js';

export function writeRejectsCsv(db: Db, datasetId: number, file: string): number {
  const dataset = db.prepare('SELECT file_name FROM datasets WHERE id = ?').get(datasetId) as
    | { file_name: string }
    | undefined;
  if (!dataset) throw new WorkbenchError('NOT_FOUND', `There is no import with id ${datasetId} in this project.`);
  const rows = db
    .prepare('SELECT line, reason, column_name, value, raw FROM import_rejects WHERE dataset_id = ? ORDER BY line')
    .raw()
    .all(datasetId) as Array<[number, string, string | null, string | null, string | null]>;
  const header = ['line', 'reason', 'column', 'value', 'row'];
  const csv = csvText(
    [header, ...rows.map(([line, reason, column, value, raw]) => [line, reason, column ?? '', value ?? '', raw ?? ''])],
    true,
  );
  writeAtomically(file, csv);
  return rows.length;
}
