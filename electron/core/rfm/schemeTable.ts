/**
 * A scheme compiled for a number of bins: for every score triple, the row that matches first
 * and the segment it names. Scores are at most 5, so a triple fits in a code 0..124.
 */
import type { RfmSchemeRow } from '../../../shared/contract/rfm.js';
import { matchRow, OTHERS } from './schemes.js';

const CODES = 125;

export function scoreCode(r: number, f: number, m: number): number {
  return (r - 1) * 25 + (f - 1) * 5 + (m - 1);
}

export interface SchemeTable {
  rows: readonly RfmSchemeRow[];
  /** Segment names in the order of their first row, then "Others" when some triple matches no row. */
  names: string[];
  /** code -> index of the first matching row, or -1. */
  rowOf: Int16Array;
  /** code -> index into names (-1 for triples above the bins, which never occur). */
  segmentOf: Int16Array;
}

export function schemeTable(rows: readonly RfmSchemeRow[], bins: number): SchemeTable {
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const indexOf = (name: string): number => {
    let i = nameIndex.get(name);
    if (i === undefined) {
      i = names.length;
      names.push(name);
      nameIndex.set(name, i);
    }
    return i;
  };
  for (const row of rows) indexOf(row.name);
  const rowOf = new Int16Array(CODES).fill(-1);
  const segmentOf = new Int16Array(CODES).fill(-1);
  for (let r = 1; r <= bins; r += 1) {
    for (let f = 1; f <= bins; f += 1) {
      for (let m = 1; m <= bins; m += 1) {
        const code = scoreCode(r, f, m);
        const row = matchRow(rows, r, f, m);
        rowOf[code] = row;
        segmentOf[code] = row < 0 ? indexOf(OTHERS) : indexOf((rows[row] as RfmSchemeRow).name);
      }
    }
  }
  return { rows, names, rowOf, segmentOf };
}
