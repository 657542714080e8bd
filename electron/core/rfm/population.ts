/**
 * The customers RFM scores: those with at least one positive order (frequency > 0), with their
 * recency (days from the last order to the as-of date), frequency and monetary value, in
 * customers.id order. Read as columns in one aggregate query: SQLite writes each column as one
 * JSON array (reals with 17 significant digits, so every double comes back exactly), which is
 * several times faster than a row object per customer and leaves little for the GC.
 */

import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
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

export function readPopulation(db: Db, asOfDay: number | null): RfmPopulation {
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
