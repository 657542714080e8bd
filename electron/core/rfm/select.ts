/**
 * Order statistics without sorting: quickselect (Hoare's selection) finds the k-th smallest value
 * in linear time on average, so per-segment medians of 100k customers take a few milliseconds;
 * whole numbers in a short range are counted instead (days, orders), which is faster still.
 */

/** The k-th smallest value (0-based) of values; reorders values. */
export function selectInPlace(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

/** The median (the mean of the two middle values for an even count) of a non-empty array; reorders it. */
export function medianInPlace(values: Float64Array): number {
  const n = values.length;
  const upper = selectInPlace(values, n >> 1);
  if (n % 2 === 1) return upper;
  // After selecting the upper middle, everything before it is smaller or equal: the lower middle is their maximum.
  let lower = values[0] as number;
  for (let i = 1; i < n >> 1; i += 1) if ((values[i] as number) > lower) lower = values[i] as number;
  return lower + (upper - lower) / 2;
}

/** Whole numbers spanning more than this are selected, not counted (the counts' array). */
const MAX_COUNTED_SPAN = 1 << 22;

/**
 * sortedCopy(values)[rank] for each rank (0-based, within values): equal to the sort, -0 before 0
 * included. With a NaN or a -0 among the values it sorts a copy: comparisons with < and > neither
 * order NaN nor tell -0 from 0 as the typed array's sort does.
 */
export function valuesAtRanks(values: ArrayLike<number>, ranks: readonly number[]): Map<number, number> {
  const ascending = [...new Set(ranks)].sort((a, b) => a - b);
  const out = new Map<number, number>();
  const { sortable, counted, low, high } = survey(values);
  if (sortable) {
    const sorted = Float64Array.from(values).sort();
    for (const rank of ascending) out.set(rank, sorted[rank] as number);
  } else if (counted) {
    countRanks(values, low, high - low + 1, ascending, out);
  } else {
    selectRanks(Float64Array.from(values), 0, ascending, out);
  }
  return out;
}

/**
 * medianInPlace(values), counted for whole numbers in a short range (days, orders), where it
 * leaves values as they are; the same number either way (the two middle values are the same).
 */
export function medianOf(values: Float64Array): number {
  const { sortable, counted, low, high } = survey(values);
  if (sortable || !counted) return medianInPlace(values);
  const n = values.length;
  const middle = countRanks(values, low, high - low + 1, n % 2 === 1 ? [n >> 1] : [(n >> 1) - 1, n >> 1]);
  const upper = middle.get(n >> 1) as number;
  if (n % 2 === 1) return upper;
  const lower = middle.get((n >> 1) - 1) as number;
  return lower + (upper - lower) / 2;
}

/** Whether values hold a NaN or a -0 (sortable: only a sort orders them), and whole numbers close enough to count. */
function survey(values: ArrayLike<number>): { sortable: boolean; counted: boolean; low: number; high: number } {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  let whole = true;
  let sortable = false;
  for (let i = 0; i < values.length; i += 1) {
    const x = values[i] as number;
    if (Number.isNaN(x) || Object.is(x, -0)) sortable = true;
    if (whole && !Number.isInteger(x)) whole = false;
    if (x < low) low = x;
    if (x > high) high = x;
  }
  return { sortable, counted: values.length > 0 && whole && high - low <= MAX_COUNTED_SPAN, low, high };
}

/** The ranks of whole numbers from low (span values apart at most), by counting each value. */
function countRanks(
  values: ArrayLike<number>,
  low: number,
  span: number,
  ranks: readonly number[],
  out = new Map<number, number>(),
): Map<number, number> {
  const counts = new Int32Array(span);
  for (let i = 0; i < values.length; i += 1) {
    const at = (values[i] as number) - low;
    counts[at] = (counts[at] as number) + 1;
  }
  let value = 0;
  let below = counts[0] as number;
  for (const rank of ranks) {
    while (below <= rank) {
      value += 1;
      below += counts[value] as number;
    }
    out.set(rank, low + value);
  }
  return out;
}

/**
 * The ranks (ascending, from offset on) of values: selecting the middle rank leaves the lower
 * ranks before it and the higher after it, and each half is searched on its own.
 */
function selectRanks(values: Float64Array, offset: number, ranks: readonly number[], out: Map<number, number>): void {
  if (ranks.length === 0) return;
  const middle = ranks.length >> 1;
  const rank = ranks[middle] as number;
  out.set(rank, selectInPlace(values, rank - offset));
  selectRanks(values.subarray(0, rank - offset), offset, ranks.slice(0, middle), out);
  selectRanks(values.subarray(rank - offset + 1), rank + 1, ranks.slice(middle + 1), out);
}
