/**
 * Per customer, what the events say as of the project's as-of date (only events dated before
 * it count, as for orders), kept in event_profiles for the derived customer fields:
 * - events: how many; last_seen: the time of the latest;
 * - sessions: distinct session ids (events without a session belong to none);
 * - main_device: the device of most events (ties: the first in binary order); empty when no
 *   event names a device;
 * - first_touch_source / last_touch_source: the source of the earliest / latest event that names
 *   one (same time: the one read first / last from the file);
 * - carted: 1 when any event is a cart;
 * - cart_abandoner: 1 when, within the last CART_ABANDONER_DAYS days before the as-of date, a
 *   cart event lies in a session with no purchase event (cart events without a session cannot
 *   be judged and never count); an events condition covers other windows;
 * - purchase_days: distinct days with a purchase event.
 * Rebuilt after every events import and, through ensureEventProfiles, whenever the as-of date
 * or the events changed since the last build (meta.event_profiles_stamp).
 */
import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';

/** The window of the cart_abandoner field, in days. */
export const CART_ABANDONER_DAYS = 30;
const SECONDS_PER_DAY = 86_400;
/** Later than any event: the cut-off when the project has no as-of date. */
const NO_CUTOFF = Number.MAX_SAFE_INTEGER;

/** Floor of seconds to a day number, also before 1970 (SQLite's / truncates towards zero). */
export function sqlDay(seconds: string): string {
  return `((${seconds} - ((${seconds} % 86400) + 86400) % 86400) / 86400)`;
}

const REBUILD = `
  INSERT INTO event_profiles (customer, events, last_seen, sessions, main_device, first_touch_source,
    last_touch_source, carted, cart_abandoner, purchase_days)
  SELECT g.customer, COUNT(*), MAX(g.ts), COUNT(DISTINCT g.session),
    (SELECT d.device FROM events d WHERE d.customer = g.customer AND d.ts < @cutoff AND d.device IS NOT NULL
      GROUP BY d.device ORDER BY COUNT(*) DESC, d.device LIMIT 1),
    (SELECT s.source FROM events s WHERE s.customer = g.customer AND s.ts < @cutoff AND s.source IS NOT NULL
      ORDER BY s.ts, s.id LIMIT 1),
    (SELECT s.source FROM events s WHERE s.customer = g.customer AND s.ts < @cutoff AND s.source IS NOT NULL
      ORDER BY s.ts DESC, s.id DESC LIMIT 1),
    MAX(g.type = 'cart'),
    EXISTS (SELECT 1 FROM events k WHERE k.customer = g.customer AND k.type = 'cart' AND k.session IS NOT NULL
      AND k.ts >= @windowStart AND k.ts < @cutoff
      AND NOT EXISTS (SELECT 1 FROM events p WHERE p.customer = k.customer AND p.session = k.session
        AND p.type = 'purchase' AND p.ts < @cutoff)),
    COUNT(DISTINCT CASE WHEN g.type = 'purchase' THEN ${sqlDay('g.ts')} END)
  FROM events g WHERE g.ts < @cutoff GROUP BY g.customer`;

/** Rebuilds event_profiles for the current as-of date. */
export function refreshEventProfiles(db: Db): void {
  const asOf = readAsOf(db).day;
  db.exec('DELETE FROM event_profiles');
  db.prepare(REBUILD).run({
    cutoff: asOf === null ? NO_CUTOFF : asOf * SECONDS_PER_DAY,
    windowStart: asOf === null ? NO_CUTOFF : (asOf - CART_ABANDONER_DAYS) * SECONDS_PER_DAY,
  });
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('event_profiles_stamp', ?)").run(stamp(db, asOf));
}

/** Rebuilds event_profiles when the as-of date or the events changed since they were built. */
export function ensureEventProfiles(db: Db): void {
  const kept = db.prepare("SELECT value FROM meta WHERE key = 'event_profiles_stamp'").pluck().get() as
    | string
    | undefined;
  if (kept !== stamp(db, readAsOf(db).day)) db.transaction(() => refreshEventProfiles(db))();
}

/**
 * What the profiles were built from: the as-of date and the events' version. Read before every
 * count (segments/compile.ts), so it reads two meta rows; counting the events instead was a scan
 * of the whole table on each live count.
 */
function stamp(db: Db, asOf: number | null): string {
  const version = db.prepare("SELECT value FROM meta WHERE key = 'events_version'").pluck().get() as string | undefined;
  return `${asOf}:${version ?? 0}`;
}

/**
 * After an import wrote events (the only writer of the table): a new version for the profiles'
 * stamp, and the latest event day, which the default as-of date takes into account (metrics/asOf.ts).
 * Both are data (datasets/dataTables.ts DATA_META_KEYS), so undoing the import restores them.
 */
export function markEventsChanged(db: Db): void {
  db.prepare(
    "INSERT OR REPLACE INTO meta (key, value) VALUES ('events_version', (SELECT COALESCE(MAX(CAST(value AS INTEGER)), 0) + 1 FROM meta WHERE key = 'events_version'))",
  ).run();
  rememberLastEventDay(db);
}

function rememberLastEventDay(db: Db): void {
  const last = db
    .prepare(`SELECT MAX(${sqlDay('ts')}) FROM events`)
    .pluck()
    .get() as number | null;
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_event_day', ?)").run(
    last === null ? '' : String(last),
  );
}
