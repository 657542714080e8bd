/**
 * Writes the comparison table as CSV (shared/compareCsv.ts) under a temporary name and renames
 * it, so a failed export never leaves half a file under the real name.
 */
import { compareCsv } from '../../../shared/compareCsv.js';
import type { CompareRow } from '../../../shared/contract/analysis.js';
import { writeAtomically } from '../files/writeAtomically.js';

export function writeCompareCsv(file: string, rows: readonly CompareRow[], bom: boolean): void {
  writeAtomically(file, compareCsv(rows, bom));
}
