/**
 * One RFM break, the type-7 quantile q(k / bins) of a dimension of the population, as SQL.
 *
 * PostgreSQL and DuckDB: percentile_cont(k / bins) (DuckDB quantile_cont), as it is. It forms
 * h = (N - 1) p in floating point and returns x[lo] + (h - lo) (x[lo+1] - x[lo]), lo = floor(h),
 * so its break can differ from the app's exact-fraction break (rfm/quantile.ts) by an ulp
 * (50.99999999999999 for 51). Scores stay the app's all the same, for any data, and no rounding
 * is needed, because only the ORDER of a break among the population's values decides a score
 * (x > break), and that order is exact:
 * - When (N - 1) k / bins is a whole number H, the floating-point product is exactly H: p = k / bins
 *   (bins 3, 4 or 5) is stored with a relative error of at most 2^-54 (0.2, 0.4, 0.6, 0.8, 1/3,
 *   2/3; 0.25, 0.5, 0.75 are exact), so the product is off H by less than half an ulp of H and
 *   rounds to H. Then lo = h and the break is x[H] itself, exactly as in the app.
 * - Otherwise h has a fractional part of at least 1 / bins, far from the ulp-sized error, so lo is
 *   right and the break lies between x[lo] and x[lo+1], consecutive values of the population:
 *   no value lies strictly between them, and x[lo] < break < x[lo+1] (or break = x[lo] when both
 *   are equal), as the exact break. Only when x[lo+1] is the double right after x[lo] could it
 *   round onto x[lo+1]: amounts kept to 6 decimals below 10^9 and whole days and counts never are.
 * ROUND(percentile_cont(...), 9) would only move breaks that are already on the right side (and
 * it would be the assumption about the data's decimals that is not needed here). The differential
 * test checks the scores customer by customer on the three engines; rfmSql.test.ts checks the
 * floating-point claim for N up to a million.
 *
 * SQLite has no percentile_cont: there the break is read from the ordered values with
 * h = (N - 1) k / bins held as a whole part and a remainder, as rfm/quantile.ts does.
 */
import { type Dialect, quoteNumber } from './dialect.js';

/** The break as an aggregate over the population's column (PostgreSQL, DuckDB). */
export function percentileBreakSql(
  dialect: Exclude<Dialect, 'sqlite'>,
  column: string,
  k: number,
  bins: number,
): string {
  const p = quoteNumber(dialect, k / bins);
  return dialect === 'duckdb'
    ? `quantile_cont(${column}, ${p})`
    : `percentile_cont(${p}) WITHIN GROUP (ORDER BY ${column})`;
}

/**
 * The break from the ranked values (x, i from 0) of a CTE, with the population count in counted.n:
 * lo = floor(h), rest = h - lo over bins; x[lo] + rest (x[lo+1] - x[lo]) / bins, or x[lo] when
 * rest is 0 or both are equal (as quantileFraction).
 */
export function orderedBreakSql(ranked: string, k: number, bins: number): string {
  const h = `((counted.n - 1) * ${k})`;
  const rest = `(${h} % ${bins})`;
  const lo = `((${h} - ${rest}) / ${bins})`;
  return `(SELECT CASE WHEN ${rest} = 0 OR above.x = below.x THEN below.x
        ELSE below.x + (${rest} * (above.x - below.x)) / ${bins} END
      FROM counted JOIN ${ranked} below ON below.i = ${lo} LEFT JOIN ${ranked} above ON above.i = ${lo} + 1)`;
}
