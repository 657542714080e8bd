/**
 * The as-of date metrics are computed for. Default: the calendar day after the latest date of
 * an order with a positive amount; the user may set another one (kept in meta.as_of).
 */
import type { Db } from '../db/projectFile.js';
import { dayToIso, isoToDay } from './days.js';

interface AsOf {
  /** Days since 1970-01-01, or null when there is no positive order and none was set. */
  day: number | null;
  isSet: boolean;
}

export function readAsOf(db: Db): AsOf {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'as_of'").get() as { value: string } | undefined;
  if (row) return { day: isoToDay(row.value), isSet: true };
  const latest = db.prepare('SELECT MAX(last_day) AS last FROM customer_metrics').get() as { last: number | null };
  return { day: latest.last === null ? null : latest.last + 1, isSet: false };
}

/** Sets (YYYY-MM-DD) or clears (null: back to the default) the as-of date. */
export function writeAsOf(db: Db, iso: string | null): void {
  if (iso === null) db.prepare("DELETE FROM meta WHERE key = 'as_of'").run();
  else db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('as_of', ?)").run(dayToIso(isoToDay(iso)));
}
