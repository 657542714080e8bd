/**
 * The customers RFM scores: those with at least one positive order (frequency > 0), with their
 * recency (days from the last order to the as-of date), frequency and monetary value, in
 * customers.id order. For the project's as-of date they are cut from the one scan of
 * customer_metrics the first views share (columnCache/metricsTable.ts). Other dates are read as
 * columns in one aggregate query: SQLite writes each column as one JSON array (reals with 17
 * significant digits, so every double comes back exactly), which is several times faster than a
 * row object per customer and leaves little for the GC.
 * Also how long a history they are scored on (historyWarnings).
 */

import type { RfmHistoryWarning } from '../../../shared/contract/rfm.js';
import { keptFloat64Columns } from '../columnCache/columnStore.js';
import { type MetricsTable, metricsTable } from '../columnCache/metricsTable.js';
import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import { dayToIso } from '../metrics/days.js';
import { metricsBeforeSql } from '../metrics/store.js';

export interface RfmPopulation {
  /** customers.id, ascending. */
  ids: Float64Array;
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  /** Customers without a positive order (not scored). */
  unscored: number;
  /** Their net revenue (returns of earlier purchases: 0 or less), so that totals cover everyone. */
  unscoredRevenue: number;
}

interface Columns {
  ids: string;
  frequency: string;
  monetary: string;
  last: string;
  unscored: number;
  unscoredRevenue: number;
}

/**
 * The population for the project's own as-of date is kept in the project file (columnCache/columnStore.ts)
 * until the data changes: reading it is then four blobs instead of a pass over every customer.
 * Other dates (what-if views) are read each time, not kept.
 */
export function readPopulation(db: Db, asOfDay: number | null, keep = true): RfmPopulation {
  // Not kept (keep false): a model that needs the population's breaks only (compute.ts projectModel).
  if (!keep || asOfDay === null || metricsSource(db, asOfDay) !== 'customer_metrics') {
    return readFromTables(db, asOfDay);
  }
  const prefix = `rfm/${asOfDay}/`;
  const [ids, recency, frequency, monetary, unscored] = keptFloat64Columns(
    db,
    ['ids', 'recency', 'frequency', 'monetary', 'unscored'].map((name) => prefix + name),
    () => {
      const p = readFromTables(db, asOfDay);
      return [p.ids, p.recency, p.frequency, p.monetary, Float64Array.of(p.unscored, p.unscoredRevenue)];
    },
    (c) => c.slice(1, 4).every((column) => column.length === c[0]?.length) && c[4]?.length === 2,
  ) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  return {
    ids,
    recency,
    frequency,
    monetary,
    unscored: unscored[0] as number,
    unscoredRevenue: unscored[1] as number,
  };
}

function readFromTables(db: Db, asOfDay: number | null): RfmPopulation {
  const fromScan =
    asOfDay !== null && metricsSource(db, asOfDay) === 'customer_metrics' ? scoredOf(metricsTable(db), asOfDay) : null;
  return fromScan ?? readPopulationByJson(db, asOfDay);
}

/**
 * The scored rows of the metrics scan, as readPopulationByJson reads them; null when the scan is not plain,
 * not in customer order, or a scored customer has no last order day (readPopulationByJson's JSON null
 * makes that recency the as-of day itself: left to it).
 */
export function scoredOf(table: MetricsTable, asOfDay: number): RfmPopulation | null {
  if (!table.plain || !table.ascending) return null;
  const { customer, frequency, monetary, lastDay } = table;
  let n = 0;
  for (let i = 0; i < frequency.length; i += 1) if ((frequency[i] as number) > 0) n += 1;
  const population: RfmPopulation = {
    ids: new Float64Array(n),
    recency: new Float64Array(n),
    frequency: new Float64Array(n),
    monetary: new Float64Array(n),
    unscored: table.unscored,
    unscoredRevenue: table.unscoredRevenue,
  };
  let k = 0;
  for (let i = 0; i < frequency.length; i += 1) {
    if (!((frequency[i] as number) > 0)) continue;
    const last = lastDay[i] as number;
    if (Number.isNaN(last)) return null;
    population.ids[k] = customer[i] as number;
    population.recency[k] = asOfDay - last;
    population.frequency[k] = frequency[i] as number;
    population.monetary[k] = monetary[i] as number;
    k += 1;
  }
  return population;
}

/** The population read as JSON columns: other dates, and the data a plain scan cannot read as SQL does. */
export function readPopulationByJson(db: Db, asOfDay: number | null): RfmPopulation {
  const columns = db
    .prepare(
      `SELECT json_group_array(customer) FILTER (WHERE frequency > 0) AS ids,
              json_group_array(frequency) FILTER (WHERE frequency > 0) AS frequency,
              json_group_array(monetary) FILTER (WHERE frequency > 0) AS monetary,
              json_group_array(last_day) FILTER (WHERE frequency > 0) AS last,
              COUNT(*) FILTER (WHERE frequency <= 0) AS unscored,
              TOTAL(monetary) FILTER (WHERE frequency <= 0) AS unscoredRevenue
       FROM (SELECT * FROM ${metricsSource(db, asOfDay)} ORDER BY customer)`,
    )
    .get() as Columns;
  const last = JSON.parse(columns.last) as number[];
  // A positive order sets the default as-of date, so asOfDay is null only when no one is scored.
  const asOf = asOfDay ?? 0;
  return {
    ids: Float64Array.from(JSON.parse(columns.ids) as number[]),
    recency: Float64Array.from(last, (day) => asOf - day),
    frequency: Float64Array.from(JSON.parse(columns.frequency) as number[]),
    monetary: Float64Array.from(JSON.parse(columns.monetary) as number[]),
    unscored: columns.unscored,
    unscoredRevenue: columns.unscoredRevenue,
  };
}

/**
 * The metrics table for an as-of day: the project's own (customer_metrics) for its as-of date,
 * else the same figures from the orders dated before that day only.
 */
export function metricsSource(db: Db, asOfDay: number | null): string {
  if (asOfDay === null || asOfDay === readAsOf(db).day) return 'customer_metrics';
  return `(${metricsBeforeSql(asOfDay)})`;
}

/** Index of a customer id in the population, or -1 (ids are ascending: binary search). */
export function indexOfId(population: RfmPopulation, id: number): number {
  const ids = population.ids;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = ids[mid] as number;
    if (value === id) return mid;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Fewer days of orders than this (first to last order, both days counted) and recency and
 * frequency say little (most customers ordered once, and recently): the result warns.
 */
export const SHORT_HISTORY_DAYS = 90;

/** The warning for orders from day first to day last, or null when the span is long enough (or there is none). */
export function historyWarning(first: number | null, last: number | null): RfmHistoryWarning | null {
  if (first === null || last === null) return null;
  const span = last - first + 1;
  if (span >= SHORT_HISTORY_DAYS) return null;
  const [from, to] = [dayToIso(first), dayToIso(last)];
  const days = span === 1 ? '1 day' : `${span} days`;
  return {
    code: 'short_history',
    span_days: span,
    first_order: from,
    last_order: to,
    message: `The orders span only ${days} (${from} to ${to}). Over so short a history recency and frequency say little: most customers ordered once, and recently. RFM tells more from at least ${SHORT_HISTORY_DAYS} days of orders, better a year.`,
  };
}

/** The first and last order day of the scored customers, kept with the population (NaN: none). */
function keptSpan(
  db: Db,
  asOfDay: number,
  read: () => { first: number | null; last: number | null },
): { first: number | null; last: number | null } {
  const [span] = keptFloat64Columns(
    db,
    [`rfm/${asOfDay}/span`],
    () => {
      const { first, last } = read();
      return [Float64Array.of(first ?? Number.NaN, last ?? Number.NaN)];
    },
    (c) => c[0]?.length === 2,
  );
  const [first, last] = span as Float64Array;
  return { first: Number.isNaN(first) ? null : (first as number), last: Number.isNaN(last) ? null : (last as number) };
}

/** The short-history warning for the orders before the as-of day, as a list (empty: none). */
export function historyWarnings(db: Db, asOfDay: number | null): RfmHistoryWarning[] {
  const read = () =>
    db
      .prepare(
        `SELECT MIN(first_day) AS first, MAX(last_day) AS last FROM ${metricsSource(db, asOfDay)} WHERE frequency > 0`,
      )
      .get() as { first: number | null; last: number | null };
  // The project's own date: the first and last of the days' indexes, not a lookup of every scored
  // customer's row (+frequency keeps SQLite off the frequency index). The same values as MIN and MAX.
  const indexed = () =>
    db
      .prepare(
        `SELECT (SELECT first_day FROM customer_metrics WHERE +frequency > 0 AND first_day IS NOT NULL
                 ORDER BY first_day LIMIT 1) AS first,
                (SELECT last_day FROM customer_metrics WHERE +frequency > 0 AND last_day IS NOT NULL
                 ORDER BY last_day DESC LIMIT 1) AS last`,
      )
      .get() as { first: number | null; last: number | null };
  const span =
    asOfDay !== null && metricsSource(db, asOfDay) === 'customer_metrics' ? keptSpan(db, asOfDay, indexed) : read();
  const warning = historyWarning(span.first, span.last);
  return warning ? [warning] : [];
}
