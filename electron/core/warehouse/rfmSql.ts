/**
 * RFM scores as ONE portable SELECT over the warehouse tables: customer_id, r, f, m and segment of
 * every customer with a positive order before the as-of date, as the app scores them
 * (rfm/compute.ts). The breaks are type-7 quantiles q(k / bins): on PostgreSQL and DuckDB through
 * percentile_cont (breakSql.ts explains how it is kept exact), on SQLite, which has no
 * percentile_cont, from the order statistics as rfm/quantile.ts takes them.
 */
import type { RfmResolvedSettings } from '../../../shared/contract/rfm.js';
import { schemeTable, scoreCode } from '../rfm/schemeTable.js';
import { orderedBreakSql, percentileBreakSql } from './breakSql.js';
import { type Dialect, quoteNumber, quoteText } from './dialect.js';
import { metricsSql } from './metricsSql.js';
import { columnType } from './schema.js';

type Dimension = 'recency' | 'frequency' | 'monetary';
const DIMENSIONS: Dimension[] = ['recency', 'frequency', 'monetary'];

/** ordered: sorted by customer_id (a statement of its own); false for a subquery. */
export function rfmSql(dialect: Dialect, settings: RfmResolvedSettings, asOf: number | null, ordered = true): string {
  const { bins } = settings;
  const double = columnType(dialect, 'number');
  const num = (n: number) => quoteNumber(dialect, n);
  if (asOf === null) {
    // No order anywhere: no one is scored.
    return `SELECT customer_id, 0 AS r, 0 AS f, 0 AS m, '' AS segment FROM customers WHERE ${dialect === 'sqlite' ? '0' : 'FALSE'}`;
  }
  const ctes = [
    `metrics AS (${metricsSql(dialect, asOf)})`,
    `population AS (SELECT customer_id, CAST(${num(asOf)} - last_day AS ${double}) AS recency,
      CAST(frequency AS ${double}) AS frequency, CAST(monetary AS ${double}) AS monetary FROM metrics WHERE frequency > 0)`,
    'counted AS (SELECT COUNT(*) AS n FROM population)',
  ];
  const breakColumns: string[] = [];
  for (const d of DIMENSIONS) {
    if (dialect === 'sqlite' && settings.thresholds === null) {
      ctes.push(`ranked_${d} AS (SELECT ${d} AS x, ROW_NUMBER() OVER (ORDER BY ${d}) - 1 AS i FROM population)`);
    }
    for (let k = 1; k < bins; k += 1) {
      const given = settings.thresholds?.[d][k - 1];
      const quantile =
        dialect === 'sqlite' ? orderedBreakSql(`ranked_${d}`, k, bins) : percentileBreakSql(dialect, d, k, bins);
      breakColumns.push(`${given === undefined ? quantile : num(given)} AS ${d}_${k}`);
    }
  }
  // Over the population: the percentile aggregates read it; with given thresholds it is one row all the same.
  const over = dialect === 'sqlite' || settings.thresholds !== null ? '' : ' FROM population';
  ctes.push(`breaks AS (SELECT ${breakColumns.length ? breakColumns.join(',\n      ') : '1 AS none'}${over})`);
  /** How many breaks of a dimension the value exceeds (a value equal to a break stays below it). */
  const exceeded = (d: Dimension) => {
    const terms = [];
    for (let k = 1; k < bins; k += 1) terms.push(`CASE WHEN p.${d} > b.${d}_${k} THEN 1 ELSE 0 END`);
    return terms.length ? terms.join(' + ') : '0';
  };
  ctes.push(`scores AS (SELECT p.customer_id, ${num(bins)} - (${exceeded('recency')}) AS r,
      1 + ${exceeded('frequency')} AS f, 1 + ${exceeded('monetary')} AS m FROM population p CROSS JOIN breaks b)`);
  return `WITH ${ctes.join(',\n  ')}
SELECT customer_id, r, f, m, ${segmentSql(dialect, settings)} AS segment FROM scores${ordered ? ' ORDER BY customer_id' : ''}`;
}

/** The scheme's segment of (r, f, m): its first matching row's name, else Others. */
function segmentSql(dialect: Dialect, settings: RfmResolvedSettings): string {
  const table = schemeTable(settings.rows, settings.bins);
  const codes = new Map<number, number[]>();
  for (let r = 1; r <= settings.bins; r += 1) {
    for (let f = 1; f <= settings.bins; f += 1) {
      for (let m = 1; m <= settings.bins; m += 1) {
        const code = scoreCode(r, f, m);
        const segment = table.segmentOf[code] as number;
        codes.set(segment, [...(codes.get(segment) ?? []), code]);
      }
    }
  }
  const code = '((r - 1) * 25 + (f - 1) * 5 + (m - 1))';
  const branches = [...codes].map(
    ([segment, list]) =>
      `WHEN ${code} IN (${list.join(', ')}) THEN ${quoteText(dialect, table.names[segment] as string)}`,
  );
  return `(CASE ${branches.join(' ')} END)`;
}
