/**
 * The as-of date metrics are computed for: the data as known at the start of that day, so only
 * orders dated before it count, for every metric and every view built on them. Default: the
 * calendar day after the latest order or event date in the data (of any amount, so that by default every
 * order counts, a return booked after the last purchase too); the user may set another one (kept
 * in meta.as_of). customer_metrics always holds the metrics as of the project's date.
 */
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { dayToIso, isoToDay } from './days.js';
import { rebuildMetricsBefore } from './store.js';

interface AsOf {
  /** Days since 1970-01-01, or null when there is no order and none was set. */
  day: number | null;
  isSet: boolean;
}

export function readAsOf(db: Db): AsOf {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'as_of'").get() as { value: string } | undefined;
  if (row) return { day: isoToDay(row.value), isSet: true };
  return { day: defaultAsOfDay(db), isSet: false };
}

/**
 * Sets (YYYY-MM-DD) or clears (null: back to the default) the as-of date, and recomputes the
 * metrics from the orders dated before it, in one transaction.
 */
export function writeAsOf(db: Db, iso: string | null): void {
  db.transaction(() => {
    if (iso === null) db.prepare("DELETE FROM meta WHERE key = 'as_of'").run();
    else db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('as_of', ?)").run(dayToIso(isoToDay(iso)));
    rebuildMetricsBefore(db, readAsOf(db).day);
  })();
}

/**
 * After an import wrote customer_metrics from every order: when the as-of date the user set
 * leaves out some orders (dated on or after it), the metrics are recomputed without them.
 */
export function limitMetricsToAsOf(db: Db): void {
  rememberLastOrderDay(db);
  const day = readAsOf(db).day;
  if (day === null) return;
  const later = db.prepare('SELECT 1 FROM order_totals WHERE day >= ? LIMIT 1').get(day);
  if (later) rebuildMetricsBefore(db, day);
}

/**
 * The day after the latest order or event (events/profiles.ts keeps the latest event day in
 * meta.last_event_day). Read on every count, so the import keeps the order day in meta
 * (rememberLastOrderDay); for a project written before that, one scan of the orders is kept
 * until the data changes (DataCache), not repeated on every count.
 */
function defaultAsOfDay(db: Db): number | null {
  const kept = db.prepare("SELECT value FROM meta WHERE key = 'last_order_day'").get() as { value: string } | undefined;
  const last = kept
    ? kept.value === ''
      ? null
      : Number(kept.value)
    : DataCache.of(db).remember('last order day', () => lastOrderDay(db));
  const lastEvent = db.prepare("SELECT value FROM meta WHERE key = 'last_event_day'").pluck().get() as
    | string
    | undefined;
  const latest = Math.max(last ?? Number.NEGATIVE_INFINITY, lastEvent ? Number(lastEvent) : Number.NEGATIVE_INFINITY);
  return Number.isFinite(latest) ? latest + 1 : null;
}

function lastOrderDay(db: Db): number | null {
  return (db.prepare('SELECT MAX(day) AS last FROM order_totals').get() as { last: number | null }).last;
}

/** Keeps the latest order day for defaultAsOfDay; the import calls it once the orders are written. */
export function rememberLastOrderDay(db: Db): void {
  const last = lastOrderDay(db);
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_order_day', ?)").run(
    last === null ? '' : String(last),
  );
}
