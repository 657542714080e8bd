/**
 * Names and roles for the columns of a table without a header, from their values alone:
 * 8-digit YYYYMMDD dates in a plausible range, a money-like decimal column, repeated integer ids,
 * small counts. Each guess keeps its reason, as a part the app and the CLI word in their languages.
 */
import type { ReasonPart } from '../../../../../shared/i18n/importReasonText.js';

export interface ColumnGuess {
  header: string;
  role: 'customer_id' | 'order_date' | 'amount' | 'quantity' | null;
  reason: ReasonPart | null;
  /** Rewrites a cell for the CSV the importer reads (YYYYMMDD -> YYYY-MM-DD). */
  convert(cell: string): string;
}

const SHARE = 0.98;
const INTEGER = /^\d+$/;
const MONEY = /^-?\d+\.\d{1,2}$|^-?\d+$/;
const PROBE_ROWS = 5000;
const same = (cell: string) => cell;

export function guessColumns(rows: readonly (readonly string[])[]): ColumnGuess[] {
  const probe = rows.slice(0, PROBE_ROWS);
  const width = Math.max(...probe.map((r) => r.length));
  const cellsOf = (i: number) => probe.map((r) => r[i] ?? '').filter((c) => c !== '');
  const guesses: ColumnGuess[] = Array.from({ length: width }, (_, i) => ({
    header: `Column ${i + 1}`,
    role: null,
    reason: null,
    convert: same,
  }));
  const taken = new Set<string>();
  const assign = (i: number, guess: Omit<ColumnGuess, 'convert'>, convert = same) => {
    guesses[i] = { ...guess, convert };
    if (guess.role) taken.add(guess.role);
  };
  for (let i = 0; i < width; i += 1) {
    const cells = cellsOf(i);
    if (!taken.has('order_date') && share(cells, isYmd8) >= SHARE) {
      assign(
        i,
        {
          header: 'Date',
          role: 'order_date',
          reason: { key: 'column_ymd_dates', values: { column: i + 1, example: cells[0] ?? '' } },
        },
        ymdToIso,
      );
    } else if (
      !taken.has('amount') &&
      share(cells, (c) => MONEY.test(c)) >= SHARE &&
      share(cells, (c) => c.includes('.')) >= 0.5
    ) {
      assign(i, {
        header: 'Amount',
        role: 'amount',
        reason: { key: 'column_money', values: { column: i + 1, example: cells[0] ?? '' } },
      });
    }
  }
  // Ids: integers that repeat, written with leading zeros or in runs (a log sorted by customer).
  for (let i = 0; i < width; i += 1) {
    const cells = cellsOf(i);
    if (guesses[i]?.role || taken.has('customer_id') || share(cells, (c) => INTEGER.test(c)) < SHARE) continue;
    const repeat = mostRepeated(cells);
    const padded = share(cells, (c) => c.length > 1 && c.startsWith('0')) >= 0.5;
    if (repeat.count > 1 && (padded || inRuns(cells))) {
      assign(i, {
        header: 'Customer ID',
        role: 'customer_id',
        reason: {
          key: padded ? 'column_padded_ids' : 'column_run_ids',
          values: { column: i + 1, value: repeat.value, count: repeat.count },
        },
      });
    }
  }
  // A count per row: small whole numbers, not zero-padded, beside an amount.
  if (taken.has('amount')) {
    for (let i = 0; i < width; i += 1) {
      const cells = cellsOf(i);
      if (guesses[i]?.role || taken.has('quantity') || share(cells, (c) => INTEGER.test(c)) < SHARE) continue;
      if (share(cells, (c) => !(c.length > 1 && c.startsWith('0')) && Number(c) < 10_000) < SHARE) continue;
      if (inRuns(cells)) continue; // another id (the CDNOW customer index), not a count
      assign(i, {
        header: 'Quantity',
        role: 'quantity',
        reason: { key: 'column_counts', values: { column: i + 1 } },
      });
    }
  }
  return guesses;
}

function isYmd8(cell: string): boolean {
  if (!/^\d{8}$/.test(cell)) return false;
  const [y, m, d] = [Number(cell.slice(0, 4)), Number(cell.slice(4, 6)), Number(cell.slice(6, 8))];
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymdToIso(cell: string): string {
  return isYmd8(cell) ? `${cell.slice(0, 4)}-${cell.slice(4, 6)}-${cell.slice(6, 8)}` : cell;
}

/** Equal values stand together: the column changes value far less often than it has rows. */
function inRuns(cells: readonly string[]): boolean {
  let changes = 0;
  for (let i = 1; i < cells.length; i += 1) if (cells[i] !== cells[i - 1]) changes += 1;
  const distinct = new Set(cells).size;
  return distinct < cells.length && changes < distinct * 1.1;
}

function mostRepeated(values: readonly string[]): { value: string; count: number } {
  const counts = new Map<string, number>();
  let best = { value: '', count: 0 };
  for (const v of values) {
    const count = (counts.get(v) ?? 0) + 1;
    counts.set(v, count);
    if (count > best.count) best = { value: v, count };
  }
  return best;
}

function share(values: readonly string[], test: (v: string) => boolean): number {
  if (values.length === 0) return 0;
  let hits = 0;
  for (const v of values) if (test(v)) hits += 1;
  return hits / values.length;
}
