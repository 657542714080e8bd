/**
 * Append: the new file's rows are merged into what the project held, by order id (orders) or by
 * customer id (customers); where both have a row, the newer one (the new file's) wins. The import
 * itself writes the new file as a replace would, after the history kept the previous tables
 * (history.ts); this puts back, from that kept state, every order or customer the new file does
 * not mention, and counts what the new file added, changed and left as it was.
 *
 * Fields are matched by key: a field only the earlier data had is added back as a column, so a
 * rule on it still works; a field only the new file has is empty for the earlier rows.
 */
import type { Db } from '../db/projectFile.js';
import { readAsOf, rememberLastOrderDay } from '../metrics/asOf.js';
import { rebuildMetricsBefore } from '../metrics/store.js';
import { quoteName } from './dataTables.js';

export interface AppendCounts {
  /** Rows (orders or customers) of the new file the project did not have. */
  added: number;
  /** Rows the project had, replaced by a different row of the new file. */
  updated: number;
  /** Rows the project had, that the new file repeats as they were. */
  unchanged: number;
  /** Rows the project had that the new file does not mention: kept as they were. */
  kept: number;
}

type AppendKind = 'orders' | 'customers';

/** Merges the state kept by history entry `entryId` into the freshly imported data of `kind`. */
export function mergeKeptData(db: Db, entryId: number, kind: AppendKind): AppendCounts {
  const h: Kept = (table) => quoteName(keptName(entryId, table));
  h.raw = (table) => keptName(entryId, table);
  const counts = kind === 'orders' ? mergeOrders(db, h) : mergeCustomers(db, h);
  restoreDatasets(db, h, kind);
  if (kind === 'orders') rememberLastOrderDay(db);
  rebuildMetricsBefore(db, readAsOf(db).day);
  return counts;
}

/** The quoted name of a table as the history kept it; raw: unquoted, for pragma_table_info. */
interface Kept {
  (table: string): string;
  raw(table: string): string;
}

function keptName(entryId: number, table: string): string {
  return `history_${entryId}_${table}`;
}

interface ColumnPair {
  old: string;
  current: string;
}

/**
 * The columns of the earlier data of `source` paired with today's columns of the same field key;
 * a field only the earlier data had gets a new column in `table` and its field row back.
 */
function pairColumns(db: Db, h: Kept, source: AppendKind, table: string): ColumnPair[] {
  const dedicated = new Set(['order_date', 'amount']);
  const old = db
    .prepare(`SELECT key, label, type, role, column_name FROM ${h('fields')} WHERE source = ? ORDER BY position`)
    .all(source) as Array<{ key: string; label: string; type: string; role: string | null; column_name: string }>;
  const current = new Map(
    (
      db.prepare('SELECT key, column_name FROM fields WHERE source = ?').all(source) as Array<{
        key: string;
        column_name: string;
      }>
    ).map((f) => [f.key, f.column_name]),
  );
  const declared = new Map(
    (
      db.prepare('SELECT name, type FROM pragma_table_info(?)').all(h.raw(table)) as Array<{
        name: string;
        type: string;
      }>
    ).map((c) => [c.name, c.type]),
  );
  const pairs: ColumnPair[] = [];
  for (const field of old) {
    if (dedicated.has(field.key) && source === 'orders') continue;
    let column = current.get(field.key);
    if (column === undefined) {
      column = freeColumn(db, table);
      const type = declared.get(field.column_name) || 'TEXT';
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
      db.prepare(
        `INSERT INTO fields (key, label, type, role, source, column_name, position)
         VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM fields))`,
      ).run(field.key, field.label, field.type, field.role, source, column);
    }
    pairs.push({ old: field.column_name, current: column });
  }
  return pairs;
}

function freeColumn(db: Db, table: string): string {
  const names = new Set(
    (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as Array<{ name: string }>).map((c) => c.name),
  );
  let n = 1;
  while (names.has(`c${n}`)) n += 1;
  return `c${n}`;
}

/** Customers of the earlier data that `ids` names, given back an id in today's customers table. */
function customerIdMap(db: Db, h: Kept, oldIds: string): void {
  db.exec(`INSERT OR IGNORE INTO customers (customer_key)
    SELECT customer_key FROM ${h('customers')} WHERE id IN (${oldIds}) ORDER BY id`);
  db.exec('DROP TABLE IF EXISTS temp.append_customer');
  db.exec(`CREATE TEMP TABLE append_customer AS
    SELECT o.id AS old_id, c.id AS new_id FROM ${h('customers')} o JOIN customers c ON c.customer_key = o.customer_key
    WHERE o.id IN (${oldIds})`);
  db.exec('CREATE UNIQUE INDEX temp.append_customer_old ON append_customer (old_id)');
}

function mergeOrders(db: Db, h: Kept): AppendCounts {
  // The earlier orders with what identifies their content: customer, day, amount, number of lines
  // (counted by one GROUP BY: a count per order would scan the kept lines, which have no index, per order).
  db.exec('DROP TABLE IF EXISTS temp.append_old_orders');
  db.exec(`CREATE TEMP TABLE append_old_orders AS
    SELECT k.ref AS old_ref, k.order_id, c.customer_key, t.day, t.amount, t.customer AS old_customer,
           COALESCE(n.lines, 0) AS lines
    FROM ${h('order_keys')} k JOIN ${h('order_totals')} t ON t.ref = k.ref JOIN ${h('customers')} c ON c.id = t.customer
    LEFT JOIN (SELECT order_ref, COUNT(*) AS lines FROM ${h('order_lines')} GROUP BY order_ref) n ON n.order_ref = k.ref`);
  db.exec('CREATE UNIQUE INDEX temp.append_old_orders_id ON append_old_orders (order_id)');
  const compared = db
    .prepare(
      `SELECT COUNT(o.order_id) AS matched,
              COUNT(*) - COUNT(o.order_id) AS added,
              COUNT(o.order_id) FILTER (WHERE o.customer_key = c.customer_key AND o.day = t.day
                AND ABS(o.amount - t.amount) < 1e-9
                AND o.lines = COALESCE(n.lines, 0)) AS unchanged
       FROM order_keys k JOIN order_totals t ON t.ref = k.ref JOIN customers c ON c.id = t.customer
       LEFT JOIN temp.append_old_orders o ON o.order_id = k.order_id
       LEFT JOIN (SELECT order_ref, COUNT(*) AS lines FROM order_lines GROUP BY order_ref) n ON n.order_ref = k.ref`,
    )
    .get() as { matched: number; added: number; unchanged: number };

  db.exec('DROP TABLE IF EXISTS temp.append_kept_orders');
  db.exec(`CREATE TEMP TABLE append_kept_orders AS
    SELECT o.*, (SELECT COALESCE(MAX(ref), 0) FROM order_keys) + ROW_NUMBER() OVER (ORDER BY o.old_ref) AS new_ref
    FROM temp.append_old_orders o WHERE o.order_id NOT IN (SELECT order_id FROM order_keys)`);
  db.exec('CREATE UNIQUE INDEX temp.append_kept_orders_old ON append_kept_orders (old_ref)');
  const kept = (db.prepare('SELECT COUNT(*) AS n FROM temp.append_kept_orders').get() as { n: number }).n;
  if (kept > 0) {
    customerIdMap(db, h, 'SELECT old_customer FROM temp.append_kept_orders');
    const pairs = pairColumns(db, h, 'orders', 'order_lines');
    const into = ['customer', 'order_ref', 'ts', 'amount', ...pairs.map((p) => p.current)].join(', ');
    const from = ['m.new_id', 'k.new_ref', 'l.ts', 'l.amount', ...pairs.map((p) => `l.${p.old}`)].join(', ');
    db.exec(`INSERT INTO order_lines (${into})
      SELECT ${from} FROM ${h('order_lines')} l JOIN temp.append_kept_orders k ON k.old_ref = l.order_ref
      JOIN temp.append_customer m ON m.old_id = l.customer ORDER BY l.id`);
    db.exec(
      'INSERT INTO order_keys (ref, order_id) SELECT new_ref, order_id FROM temp.append_kept_orders ORDER BY new_ref',
    );
    db.exec(`INSERT INTO order_totals (ref, customer, day, amount)
      SELECT k.new_ref, m.new_id, k.day, k.amount FROM temp.append_kept_orders k JOIN temp.append_customer m ON m.old_id = k.old_customer
      ORDER BY k.new_ref`);
  }
  dropTemp(db, ['append_old_orders', 'append_kept_orders', 'append_customer']);
  return {
    added: compared.added,
    updated: compared.matched - compared.unchanged,
    unchanged: compared.unchanged,
    kept,
  };
}

function mergeCustomers(db: Db, h: Kept): AppendCounts {
  // Today's columns, read before pairColumns adds those of fields only the earlier data had.
  const current = new Set(
    (
      db.prepare("SELECT column_name FROM fields WHERE source = 'customers'").all() as Array<{ column_name: string }>
    ).map((f) => f.column_name),
  );
  const pairs = pairColumns(db, h, 'customers', 'customer_attrs');
  // Columns the new file has for a field the earlier data had too: what "unchanged" compares.
  const shared = pairs.filter((p) => current.has(p.current));
  db.exec('DROP TABLE IF EXISTS temp.append_old_attrs');
  db.exec(`CREATE TEMP TABLE append_old_attrs AS
    SELECT a.*, c.customer_key AS append_key FROM ${h('customer_attrs')} a JOIN ${h('customers')} c ON c.id = a.customer`);
  db.exec('CREATE UNIQUE INDEX temp.append_old_attrs_key ON append_old_attrs (append_key)');
  const same = shared.map((p) => `o.${p.old} IS n.${p.current}`).join(' AND ') || '1';
  const compared = db
    .prepare(
      `SELECT COUNT(o.append_key) AS matched, COUNT(*) - COUNT(o.append_key) AS added,
              COUNT(o.append_key) FILTER (WHERE ${same}) AS unchanged
       FROM customer_attrs n JOIN customers c ON c.id = n.customer LEFT JOIN temp.append_old_attrs o ON o.append_key = c.customer_key`,
    )
    .get() as { matched: number; added: number; unchanged: number };
  const kept = (
    db
      .prepare(
        `SELECT COUNT(*) AS n FROM temp.append_old_attrs o WHERE o.append_key NOT IN
           (SELECT c.customer_key FROM customer_attrs n JOIN customers c ON c.id = n.customer)`,
      )
      .get() as { n: number }
  ).n;
  customerIdMap(db, h, `SELECT customer FROM ${h('customer_attrs')}`);
  if (kept > 0) {
    const into = ['customer', ...pairs.map((p) => p.current)].join(', ');
    const from = ['m.new_id', ...pairs.map((p) => `o.${p.old}`)].join(', ');
    db.exec(`INSERT INTO customer_attrs (${into})
      SELECT ${from} FROM temp.append_old_attrs o JOIN temp.append_customer m ON m.old_id = o.customer
      WHERE m.new_id NOT IN (SELECT customer FROM customer_attrs) ORDER BY o.customer`);
  }
  // A field only the earlier data had keeps its values for the customers the new file repeats.
  for (const p of pairs.filter((q) => !current.has(q.current))) {
    db.exec(`UPDATE customer_attrs SET ${p.current} = (SELECT o.${p.old} FROM temp.append_old_attrs o
      JOIN temp.append_customer m ON m.old_id = o.customer WHERE m.new_id = customer_attrs.customer)
      WHERE ${p.current} IS NULL`);
  }
  dropTemp(db, ['append_old_attrs', 'append_customer']);
  return { added: compared.added, updated: compared.matched - compared.unchanged, unchanged: compared.unchanged, kept };
}

/** The earlier datasets of this kind (and their rejected rows) stay listed: their rows are still in. */
function restoreDatasets(db: Db, h: Kept, kind: AppendKind): void {
  db.prepare(`INSERT INTO datasets SELECT * FROM ${h('datasets')} WHERE kind = ? ORDER BY id`).run(kind);
  db.prepare(
    `INSERT INTO import_rejects SELECT * FROM ${h('import_rejects')} WHERE dataset_id IN (SELECT id FROM ${h('datasets')} WHERE kind = ?)`,
  ).run(kind);
}

function dropTemp(db: Db, names: string[]): void {
  for (const name of names) db.exec(`DROP TABLE IF EXISTS temp.${name}`);
}
