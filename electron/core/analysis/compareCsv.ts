/**
 * Writes the comparison table as CSV (shared/compareCsv.ts) under a temporary name and renames
 * it, so a failed export never leaves half a file under the real name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareCsv } from '../../../shared/compareCsv.js';
import type { CompareRow } from '../../../shared/contract/analysis.js';
import { WorkbenchError } from '../../../shared/errors.js';

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
