/**
 * Rows of a scheme that no customer can reach, found from the rows alone: a range written
 * backwards, a row asking for scores above the bins, or a row whose every score triple is
 * already taken by earlier rows (first match wins). A pure box-coverage check over the grid.
 */
import type { RfmSchemeRow, RfmSchemeWarning } from '../../../shared/contract/rfm.js';
import { matchRow } from './schemes.js';

const DIMENSIONS = ['r', 'f', 'm'] as const;

export function lintScheme(rows: readonly RfmSchemeRow[], bins = 5): RfmSchemeWarning[] {
  const warnings: RfmSchemeWarning[] = [];
  rows.forEach((row, index) => {
    const reversed = DIMENSIONS.find((d) => row[d][0] > row[d][1]);
    if (reversed) {
      const [lo, hi] = row[reversed];
      warnings.push({
        code: 'reversed',
        row: index,
        name: row.name,
        message: `"${row.name}" asks for ${reversed.toUpperCase()} from ${lo} to ${hi}: the first score is above the second, so no customer can match. Swap them.`,
      });
      return;
    }
    const above = DIMENSIONS.find((d) => row[d][0] > bins);
    if (above) {
      warnings.push({
        code: 'out_of_range',
        row: index,
        name: row.name,
        message: `"${row.name}" needs ${above.toUpperCase()} of at least ${row[above][0]}, but with ${bins} bins scores go from 1 to ${bins}, so no customer can match.`,
      });
      return;
    }
    const coveredBy = earlierRowsCovering(rows, index, bins);
    if (coveredBy) {
      const names = coveredBy.map((i) => `"${(rows[i] as RfmSchemeRow).name}" (row ${i + 1})`).join(', ');
      warnings.push({
        code: 'unreachable',
        row: index,
        name: row.name,
        message: `"${row.name}" (row ${index + 1}) can never match: every score it describes is taken first by ${names}. Move it up or narrow those rows.`,
        coveredBy,
      });
    }
  });
  return warnings;
}

/** The earlier rows that take the row's triples (within the bins), or null when one triple is left to it. */
function earlierRowsCovering(rows: readonly RfmSchemeRow[], index: number, bins: number): number[] | null {
  const row = rows[index] as RfmSchemeRow;
  const earlier = rows.slice(0, index);
  const takers = new Set<number>();
  for (let r = row.r[0]; r <= Math.min(row.r[1], bins); r += 1) {
    for (let f = row.f[0]; f <= Math.min(row.f[1], bins); f += 1) {
      for (let m = row.m[0]; m <= Math.min(row.m[1], bins); m += 1) {
        const taker = matchRow(earlier, r, f, m);
        if (taker < 0) return null;
        takers.add(taker);
      }
    }
  }
  return [...takers].sort((a, b) => a - b);
}
