/**
 * The customer side of a set: the customers file's keys and attributes (customer_attrs), and
 * customer fields the customers file lacks taken from each customer's latest order ("latest
 * value": the value on the order with the latest date, the later row on a tie).
 */
import type { Db } from '../../db/projectFile.js';
import { sqlType } from '../layout.js';
import type { RejectEntry } from '../write/rejectLog.js';
import type { ExtraColumn, StagedRef } from './setLayout.js';
import { stageColumn } from './stageFile.js';

/** Adds the customers file's keys (in file order) and rebuilds customer_attrs from its first row per key. */
export function assembleCustomers(db: Db, ref: StagedRef, key: number, extras: readonly ExtraColumn[]): RejectEntry[] {
  const t = `temp.${ref.table}`;
  const k = stageColumn(key);
  db.exec(`INSERT OR IGNORE INTO customers (customer_key) SELECT ${k} FROM ${t} ORDER BY line`);
  db.exec(
    `CREATE TEMP TABLE ${ref.table}_first AS SELECT * FROM ${t} WHERE line IN (SELECT MIN(line) FROM ${t} GROUP BY ${k})`,
  );
  const duplicates = db
    .prepare(
      `SELECT line, ${k} AS value FROM ${t} WHERE line NOT IN (SELECT line FROM temp.${ref.table}_first) ORDER BY line`,
    )
    .all() as Array<{ line: number; value: string }>;
  db.exec('DROP TABLE IF EXISTS customer_attrs');
  const cols = extras.map((e, i) => `, c${i + 1} ${sqlType(e.type)}`).join('');
  db.exec(`CREATE TABLE customer_attrs (customer INTEGER PRIMARY KEY${cols})`);
  const names = extras.map((_, i) => `, c${i + 1}`).join('');
  const values = extras.map((e) => `, ${e.value}`).join('');
  db.exec(`INSERT INTO customer_attrs (customer${names}) SELECT c.id${values}
    FROM temp.${ref.table}_first ${ref.alias} JOIN customers c ON c.customer_key = ${ref.alias}.${k} ORDER BY ${ref.alias}.line`);
  const header = ref.file.preview.headers[key] ?? null;
  return duplicates.map((d) => ({
    line: d.line,
    reason: 'duplicate_customer_id',
    column: header,
    value: d.value,
    raw: '',
  }));
}

/**
 * Adds latest-value columns to customer_attrs (after the orders are assembled: set_order_rows),
 * named after the columns it has; returns their generated column names.
 */
export function addLatestValues(db: Db, ordersTable: string, latest: readonly ExtraColumn[]): string[] {
  if (latest.length === 0) return [];
  const existing = (db.pragma('table_info(customer_attrs)') as Array<{ name: string }>).length - 1;
  const names = latest.map((_, i) => `c${existing + i + 1}`);
  latest.forEach((e, i) => {
    db.exec(`ALTER TABLE customer_attrs ADD COLUMN ${names[i]} ${sqlType(e.type)}`);
  });
  // For the latest order of each customer; only needed here, so only built here.
  db.exec('CREATE INDEX temp.set_order_rows_customer ON set_order_rows (customer, ts)');
  db.exec('INSERT OR IGNORE INTO customer_attrs (customer) SELECT DISTINCT customer FROM temp.set_order_rows');
  const sets = latest.map(
    (e, i) => `${names[i]} = (SELECT ${e.value} FROM temp.set_order_rows r JOIN temp.${ordersTable} o ON o.line = r.line
      WHERE r.customer = customer_attrs.customer AND ${e.value} IS NOT NULL ORDER BY r.ts DESC, r.line DESC LIMIT 1)`,
  );
  db.exec(`UPDATE customer_attrs SET ${sets.join(', ')}`);
  return names;
}
