/**
 * Builds the canonical order tables from the staged files of a set: order_keys, order_lines
 * (one row per line, with the fields of its order, its product and the lookups they point to)
 * and order_totals. An order's amount, in this order of precedence: its own amount column; else
 * the sum of its lines (amount, or quantity × unit price); else the sum of its payments.
 * Sets of orders and lines without payments, lookups or latest-order values stream instead
 * (streamOrders.ts, the same tables row for row); this SQL assembly takes every other set.
 */
import type { AmountSources } from '../../../../shared/model/importSet.js';
import { withoutIndexes } from '../../db/bulkIndexes.js';
import type { Db } from '../../db/projectFile.js';
import { sqlType } from '../layout.js';
import type { RejectEntry } from '../write/rejectLog.js';
import type { ExtraColumn, LookupJoin, StagedRef } from './setLayout.js';
import { moneySql } from './setLayout.js';
import { stageColumn } from './stageFile.js';

export interface OrderSide {
  orders: StagedRef;
  /** Source columns of the orders file: order key (null: each row is an order), customer key, date. */
  orderKey: number | null;
  customerKey: number;
  date: number;
  lines: { ref: StagedRef; orderKey: number; productKey: number | null } | null;
  /** The products file and the column of the lines (or of the orders, without lines) pointing to it. */
  products: { ref: StagedRef; key: number; from: string } | null;
  payments: { ref: StagedRef; orderKey: number; value: string } | null;
  lookups: LookupJoin[];
  extras: ExtraColumn[];
}

export interface OrderSideResult {
  orders: number;
  amountSources: AmountSources;
  /** Rows of the orders and lines files that could not be used, by file table. */
  rejects: Map<string, RejectEntry[]>;
}

const DAY = (ts: string) => `((${ts} - ((${ts} % 86400) + 86400) % 86400) / 86400)`;

/** linesAllFound: the link counts found every order key of the lines file in the orders file. */
export function assembleOrders(db: Db, side: OrderSide, linesAllFound: boolean): OrderSideResult {
  const o = side.orders;
  const ordersTable = `temp.${o.table}`;
  const key = side.orderKey === null ? `'#' || o.line` : `o.${stageColumn(side.orderKey)}`;
  const customer = `o.${stageColumn(side.customerKey)}`;
  const rejects = new Map<string, RejectEntry[]>();

  db.exec(`INSERT OR IGNORE INTO customers (customer_key) SELECT ${customer} FROM ${ordersTable} o ORDER BY o.line`);
  // The orders: one ref per order key, its customer and date from its first row.
  db.exec(`CREATE TEMP TABLE set_orders (ref INTEGER PRIMARY KEY, o_key TEXT NOT NULL UNIQUE, customer INTEGER NOT NULL,
    ts INTEGER NOT NULL, line INTEGER NOT NULL)`);
  db.exec(`INSERT OR IGNORE INTO temp.set_orders (o_key, customer, ts, line)
    SELECT ${key}, c.id, o.${stageColumn(side.date)}, o.line FROM ${ordersTable} o
    JOIN customers c ON c.customer_key = ${customer} ORDER BY o.line`);
  // Rows of the orders file: with lines of their own, an order is one row (the first); without, each row is a line.
  const ownMoney = moneySql(o.file, 'o');
  db.exec(`CREATE TEMP TABLE set_order_rows AS
    SELECT o.line AS line, s.ref AS ref, s.customer AS customer, o.${stageColumn(side.date)} AS ts, ${ownMoney} AS own
    FROM ${ordersTable} o JOIN temp.set_orders s ON s.o_key = ${key}
    ${side.lines ? 'WHERE o.line = s.line' : ''}`);
  // Built only for the queries that read these rows in line order (most sets need neither).
  const indexRowsByLine = () => db.exec('CREATE INDEX IF NOT EXISTS temp.set_order_rows_line ON set_order_rows (line)');
  // With lines, the rows past each order's first are duplicates: none when every row is an order's first.
  if (side.lines && count(db, ordersTable) !== count(db, 'temp.set_order_rows')) {
    indexRowsByLine();
    const dup = db
      .prepare(
        `SELECT o.line AS line, ${key} AS value FROM ${ordersTable} o WHERE o.line NOT IN (SELECT line FROM temp.set_order_rows) ORDER BY o.line`,
      )
      .all() as Array<{ line: number; value: string }>;
    const header = side.orderKey === null ? null : (o.file.preview.headers[side.orderKey] ?? null);
    rejects.set(
      o.table,
      dup.map((d) => ({ line: d.line, reason: 'duplicate_key', column: header, value: d.value, raw: '' })),
    );
  }

  const extraCols = side.extras.map((_, i) => `c${i + 1}`);
  db.exec('DROP TABLE IF EXISTS order_lines');
  db.exec(`CREATE TABLE order_lines (id INTEGER PRIMARY KEY, customer INTEGER NOT NULL, order_ref INTEGER NOT NULL,
    ts INTEGER NOT NULL, amount REAL NOT NULL${side.extras.map((e, i) => `, ${extraCols[i]} ${sqlType(e.type)}`).join('')})`);
  const lookupJoins = (owners: readonly string[]) =>
    side.lookups
      .filter((j) => owners.includes(j.owner))
      .map((j) => ` LEFT JOIN temp.${j.lookup.table}_first ${j.lookup.alias} ON ${j.lookup.alias}.${j.key} = ${j.from}`)
      .join('');
  const productJoin = side.products
    ? ` LEFT JOIN temp.${side.products.ref.table}_first ${side.products.ref.alias} ON ${side.products.ref.alias}.${stageColumn(side.products.key)} = ${side.products.from}`
    : '';
  const columns = ['customer', 'order_ref', 'ts', 'amount', ...extraCols].join(', ');

  if (side.payments) {
    const p = side.payments;
    db.exec(`CREATE TEMP TABLE set_payment_sums AS SELECT ${p.ref.alias}.${stageColumn(p.orderKey)} AS o_key, SUM(${p.value}) AS total
      FROM temp.${p.ref.table} ${p.ref.alias} GROUP BY 1`);
  } else db.exec('CREATE TEMP TABLE set_payment_sums (o_key TEXT, total REAL)');
  db.exec('CREATE INDEX temp.set_payment_sums_key ON set_payment_sums (o_key)');

  const aliasesOf = (owners: readonly string[]) => [
    ...owners,
    ...side.lookups.filter((j) => owners.includes(j.owner)).map((j) => j.lookup.alias),
  ];
  const select = (aliases: readonly string[]) =>
    side.extras.map((e) => (aliases.some((a) => e.value.startsWith(`${a}.`)) ? e.value : 'NULL')).join(', ');

  if (side.lines) {
    const l = side.lines;
    const lt = `temp.${l.ref.table}`;
    const lineMoney = moneySql(l.ref.file, 'l');
    const lineKey = `l.${stageColumn(l.orderKey)}`;
    // Keyed by o_key, filled in key order (the GROUP BY's): no index to build after it. A NULL key joins nothing.
    db.exec('CREATE TEMP TABLE set_line_sums (o_key TEXT PRIMARY KEY, total) WITHOUT ROWID');
    db.exec(`INSERT INTO temp.set_line_sums (o_key, total)
      SELECT ${lineKey}, SUM(${lineMoney}) FROM ${lt} l WHERE ${lineKey} IS NOT NULL GROUP BY 1 ORDER BY 1`);
    // Lines whose order is not in the orders file; none when every key of the lines was found there.
    const lost = linesAllFound
      ? []
      : (db
          .prepare(
            `SELECT l.line AS line, ${lineKey} AS value FROM ${lt} l WHERE NOT EXISTS (SELECT 1 FROM temp.set_orders s WHERE s.o_key = ${lineKey}) ORDER BY l.line`,
          )
          .all() as Array<{ line: number; value: string }>);
    const header = l.ref.file.preview.headers[l.orderKey] ?? null;
    rejects.set(
      l.ref.table,
      lost.map((d) => ({ line: d.line, reason: 'order_not_found', column: header, value: d.value, raw: '' })),
    );
    const owners = ['o', 'l', ...(side.products ? [side.products.ref.alias] : [])];
    const extras = select(aliasesOf(owners));
    db.exec(`INSERT INTO order_lines (${columns})
      SELECT s.customer, s.ref, s.ts, COALESCE(${lineMoney}, 0)${extras ? `, ${extras}` : ''}
      FROM ${lt} l JOIN temp.set_orders s ON s.o_key = ${lineKey} JOIN ${ordersTable} o ON o.line = s.line${productJoin}${lookupJoins(owners)} ORDER BY l.line`);
  } else db.exec('CREATE TEMP TABLE set_line_sums (o_key TEXT, total REAL)');

  // Rows of orders without lines of their own: the order's amount, else its payments on its first row.
  // None when the lines name every order (their keys are all orders' keys, as many as the orders).
  const everyOrderHasLines =
    linesAllFound && side.lines !== null && count(db, 'temp.set_line_sums') === count(db, 'temp.set_orders');
  const owners = ['o', ...(!side.lines && side.products ? [side.products.ref.alias] : [])];
  const extras = select(aliasesOf(owners));
  if (!everyOrderHasLines) indexRowsByLine();
  if (!everyOrderHasLines)
    db.exec(`INSERT INTO order_lines (${columns})
    SELECT r.customer, r.ref, r.ts, COALESCE(r.own, CASE WHEN r.line = s.line THEN ps.total END, 0)${extras ? `, ${extras}` : ''}
    FROM temp.set_order_rows r JOIN temp.set_orders s ON s.ref = r.ref JOIN ${ordersTable} o ON o.line = r.line
    LEFT JOIN temp.set_payment_sums ps ON ps.o_key = s.o_key${!side.lines ? productJoin : ''}${lookupJoins(owners)}
    WHERE NOT EXISTS (SELECT 1 FROM temp.set_line_sums ls WHERE ls.o_key = s.o_key)
    ORDER BY r.line`);

  db.exec('DELETE FROM order_keys');
  db.exec('INSERT INTO order_keys (ref, order_id) SELECT ref, o_key FROM temp.set_orders');
  db.exec('DELETE FROM order_totals');
  // Keyed by ref, so that order_totals is filled in ref order without sorting half a million orders.
  db.exec(`CREATE TEMP TABLE set_order_amounts (ref INTEGER PRIMARY KEY, customer, day, own, lines, payments)`);
  // With lines, an order has one row of the orders file (its first): nothing to group.
  const orderRows = side.lines
    ? 'temp.set_order_rows'
    : '(SELECT ref, MIN(ts) AS ts, SUM(own) AS own FROM temp.set_order_rows GROUP BY ref)';
  db.exec(`INSERT INTO temp.set_order_amounts (ref, customer, day, own, lines, payments)
    SELECT s.ref, s.customer, ${DAY('r.ts')}, r.own, ls.total, ps.total
    FROM temp.set_orders s
    JOIN ${orderRows} r ON r.ref = s.ref
    LEFT JOIN temp.set_line_sums ls ON ls.o_key = s.o_key LEFT JOIN temp.set_payment_sums ps ON ps.o_key = s.o_key`);
  withoutIndexes(db, 'order_totals', () =>
    db.exec(`INSERT INTO order_totals (ref, customer, day, amount)
      SELECT ref, customer, day, COALESCE(own, lines, payments, 0) FROM temp.set_order_amounts ORDER BY ref`),
  );
  const sources = db
    .prepare(
      `SELECT COUNT(*) AS orders, COUNT(own) AS own, COUNT(*) FILTER (WHERE own IS NULL AND lines IS NOT NULL) AS lines,
        COUNT(*) FILTER (WHERE own IS NULL AND lines IS NULL AND payments IS NOT NULL) AS payments,
        COUNT(*) FILTER (WHERE own IS NULL AND lines IS NULL AND payments IS NULL) AS none
       FROM temp.set_order_amounts`,
    )
    .get() as AmountSources & { orders: number };
  db.exec('CREATE INDEX order_lines_customer ON order_lines (customer, order_ref)');
  const { orders, ...amountSources } = sources;
  return { orders, amountSources, rejects };
}

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}
