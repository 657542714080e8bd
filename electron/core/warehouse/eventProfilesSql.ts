/**
 * The fields derived from events (segments/eventFields.ts) over the warehouse's events table, with
 * the definitions of events/profiles.ts: one row per customer with events dated before the as-of
 * date (events, last_seen, sessions, main_device, first_touch_source, last_touch_source, carted,
 * cart_abandoner, purchase_days), and the journey stage from that row (alias e) and the metrics
 * (alias m). Customers without such events are absent (callers LEFT JOIN: their fields are empty).
 */
import { WorkbenchError } from '../../../shared/errors.js';
import { CART_ABANDONER_DAYS } from '../events/profiles.js';
import { ENGAGED_MIN_EVENTS, ENGAGED_MIN_SESSIONS } from '../segments/eventFields.js';
import { type Dialect, quoteBoolean, quoteIdent, quoteText, quoteTimestamp } from './dialect.js';
import { dateOfSql } from './dialectSql.js';
import type { WarehouseSchema } from './schema.js';

/** The warehouse column of an events column of the project (type, ts, session, device, source, id). */
function eventColumn(schema: WarehouseSchema, column: string, key: string): string {
  const name = schema.eventColumns.get(column);
  if (name === undefined) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `The condition on "${key}" cannot run on these tables: the events table has no ${column === 'id' ? 'event_seq' : column} column, which the fields derived from events need.`,
      { field: key },
    );
  }
  return quoteIdent(name);
}

/** SELECT customer_id and the profile columns; key: the field asked for (named when a column is missing). */
export function eventProfilesSql(dialect: Dialect, schema: WarehouseSchema, asOf: number | null, key: string): string {
  const col = (alias: string, column: string) => `${alias}.${eventColumn(schema, column, key)}`;
  const before = (alias: string) =>
    asOf === null ? quoteBoolean(dialect, true) : `${col(alias, 'ts')} < ${quoteTimestamp(dialect, asOf * 86_400)}`;
  const same = (alias: string) => `${alias}.customer_id = g.customer_id AND ${before(alias)}`;
  // Ties of the main device go to the first in binary order (the app's SQLite BINARY); PostgreSQL
  // sorts by the database's collation unless told "C", which compares bytes.
  const binary = dialect === 'postgres' ? ' COLLATE "C"' : '';
  const device = col('d', 'device');
  const source = col('s', 'source');
  // Same time: the event read first (last) from the file, which event_seq keeps.
  const touch = (desc: string) =>
    `(SELECT ${source} FROM events s WHERE ${same('s')} AND ${source} IS NOT NULL ORDER BY ${col('s', 'ts')}${desc}, ${col('s', 'id')}${desc} LIMIT 1)`;
  const cart = quoteText(dialect, 'cart');
  const purchase = quoteText(dialect, 'purchase');
  const abandoner =
    asOf === null
      ? quoteBoolean(dialect, false)
      : `EXISTS (SELECT 1 FROM events k WHERE k.customer_id = g.customer_id AND ${col('k', 'type')} = ${cart}
        AND ${col('k', 'session')} IS NOT NULL AND ${col('k', 'ts')} >= ${quoteTimestamp(dialect, (asOf - CART_ABANDONER_DAYS) * 86_400)}
        AND ${before('k')} AND NOT EXISTS (SELECT 1 FROM events p WHERE p.customer_id = k.customer_id
          AND ${col('p', 'session')} = ${col('k', 'session')} AND ${col('p', 'type')} = ${purchase} AND ${before('p')}))`;
  return `SELECT g.customer_id, COUNT(*) AS events, MAX(${col('g', 'ts')}) AS last_seen,
    COUNT(DISTINCT ${col('g', 'session')}) AS sessions,
    (SELECT ${device} FROM events d WHERE ${same('d')} AND ${device} IS NOT NULL
      GROUP BY ${device} ORDER BY COUNT(*) DESC, ${device}${binary} LIMIT 1) AS main_device,
    ${touch('')} AS first_touch_source, ${touch(' DESC')} AS last_touch_source,
    MAX(CASE WHEN ${col('g', 'type')} = ${cart} THEN 1 ELSE 0 END) AS carted,
    ${abandoner} AS cart_abandoner,
    COUNT(DISTINCT CASE WHEN ${col('g', 'type')} = ${purchase} THEN ${dateOfSql(dialect, col('g', 'ts'))} END) AS purchase_days
    FROM events g WHERE ${before('g')} GROUP BY g.customer_id`;
}

/**
 * The journey stage from the profile row e and the metrics m (both LEFT JOINed), as
 * segments/conditionSql.ts; without events (no e) only the orders speak: buyer or repeat buyer.
 */
export function journeyStageSql(dialect: Dialect, hasEvents: boolean): string {
  const greatest = dialect === 'sqlite' ? 'MAX' : 'GREATEST';
  const name = (stage: string) => quoteText(dialect, stage);
  if (!hasEvents) {
    const orders = 'COALESCE(m.frequency, 0)';
    return `(CASE WHEN ${orders} >= 2 THEN ${name('repeat buyer')} WHEN ${orders} >= 1 THEN ${name('buyer')} END)`;
  }
  const purchases = `${greatest}(COALESCE(m.frequency, 0), COALESCE(e.purchase_days, 0))`;
  return `(CASE WHEN ${purchases} >= 2 THEN ${name('repeat buyer')} WHEN ${purchases} >= 1 THEN ${name('buyer')}
    WHEN e.carted = 1 THEN ${name('carted')}
    WHEN e.sessions >= ${ENGAGED_MIN_SESSIONS} OR e.events >= ${ENGAGED_MIN_EVENTS} THEN ${name('engaged')}
    WHEN e.customer_id IS NOT NULL THEN ${name('visitor')} END)`;
}
