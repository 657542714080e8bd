/**
 * The customers RFM scores: those with at least one positive order (frequency > 0), with their
 * recency (days from the last order to the as-of date), frequency and monetary value, in
 * customers.id order. Read as columns in one aggregate query: SQLite writes each column as one
 * JSON array (reals with 17 significant digits, so every double comes back exactly), which is
 * several times faster than a row object per customer and leaves little for the GC.
 */
import type { Db } from '../db/projectFile.js';

export interface RfmPopulation {
  /** customers.id, ascending. */
  ids: Float64Array;
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  /** Customers without a positive order (not scored). */
  unscored: number;
}

interface Columns {
  ids: string;
  frequency: string;
  monetary: string;
  last: string;
  unscored: number;
}

export function readPopulation(db: Db, asOfDay: number | null): RfmPopulation {
  const columns = db
    .prepare(
      `SELECT json_group_array(customer) FILTER (WHERE frequency > 0) AS ids,
              json_group_array(frequency) FILTER (WHERE frequency > 0) AS frequency,
              json_group_array(monetary) FILTER (WHERE frequency > 0) AS monetary,
              json_group_array(last_day) FILTER (WHERE frequency > 0) AS last,
              COUNT(*) FILTER (WHERE frequency <= 0) AS unscored
       FROM (SELECT * FROM customer_metrics NOT INDEXED ORDER BY customer)`,
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
  };
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
