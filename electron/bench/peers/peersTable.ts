/** The side-by-side table: min / median / max seconds, rows/s at the median, peak RSS, ratio to DuckDB. */
import type { PeerRow } from './sideBySide.js';

export function peersTable(rows: PeerRow[], lines: number): string[] {
  const middle = (row: PeerRow): number => median(row.runs.map((r) => r.seconds));
  const duck = rows.find((r) => r.name.startsWith('DuckDB'));
  const out = ['side by side | runs | min s | median s | max s | rows/s (median) | peak RSS MB | median / DuckDB'];
  for (const row of rows) {
    const s = row.runs.map((r) => r.seconds);
    const rss = row.runs.map((r) => r.peakRssMB).filter((x): x is number => x !== null);
    out.push(
      [
        row.name,
        row.runs.length,
        Math.min(...s).toFixed(2),
        middle(row).toFixed(2),
        Math.max(...s).toFixed(2),
        Math.round(lines / middle(row)),
        rss.length > 0 ? Math.max(...rss) : '-',
        duck ? (middle(row) / middle(duck)).toFixed(2) : '-',
      ].join(' | '),
    );
  }
  for (const row of rows) {
    if (!row.importSeconds) continue;
    const s = row.importSeconds;
    out.push(
      `${row.name}, the import process alone: min ${Math.min(...s).toFixed(2)} s, median ${median(s).toFixed(2)} s, max ${Math.max(...s).toFixed(2)} s; ${Math.round(lines / median(s))} rows/s at the median, process start included`,
    );
  }
  return out;
}

/** The middle sample of an odd count, the mean of the middle two of an even count. */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(mid)] as number) + (sorted[Math.ceil(mid)] as number)) / 2;
}
