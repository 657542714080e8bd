/**
 * Writes one dataset into the project (inside the caller's transaction): replaces the previous
 * data of the same kind, inserts the RowBatches the parsing side sends (customer and order keys
 * already turned into integer ids there), batches the INSERTs and registers the dataset's fields.
 */

import type { DatasetKind } from '../../../../shared/model/roles.js';
import { pruneCustomers } from '../../datasets/pruneCustomers.js';
import { BatchInsert } from '../../db/batchInsert.js';
import { dropIndexes } from '../../db/bulkIndexes.js';
import type { Db } from '../../db/projectFile.js';
import { type Layout, sqlType, uniqueKey } from '../layout.js';
import type { ReopenedOrders } from '../parse/closedOrders.js';
import { type RowBatch, TextColumnDecoder } from '../parse/rowBatch.js';

export class DatasetWriter {
  private readonly newCustomers: BatchInsert;
  private readonly rows: BatchInsert;
  private readonly orderKeys: BatchInsert | null;
  /** order_totals rows (orders kind), and how to rebuild its indexes once they are in. */
  private readonly orderTotals: BatchInsert | null;
  private readonly restoreOrderTotalsIndexes: (() => void) | null;
  private readonly text: TextColumnDecoder[];
  /** Whether pruning can remove anything: see finish(). */
  private readonly hadCustomers: boolean;
  private written = 0;

  constructor(
    private readonly db: Db,
    private readonly kind: DatasetKind,
    layout: Layout,
  ) {
    this.hadCustomers = db.prepare('SELECT 1 FROM customers LIMIT 1').get() !== undefined;
    resetKind(db, kind, layout);
    this.newCustomers = new BatchInsert(db, 'INSERT INTO customers (id, customer_key)', 2);
    const stored = layout.stored.map((c) => c.column);
    if (kind === 'orders') {
      const cols = ['customer', 'order_ref', 'ts', 'amount', ...stored];
      this.rows = new BatchInsert(db, `INSERT INTO order_lines (${cols.join(', ')})`, cols.length);
      this.orderKeys = new BatchInsert(db, 'INSERT INTO order_keys (ref, order_id)', 2);
      this.restoreOrderTotalsIndexes = dropIndexes(db, 'order_totals');
      db.exec('DELETE FROM order_totals');
      this.orderTotals = new BatchInsert(db, 'INSERT INTO order_totals (ref, customer, day, amount)', 4);
    } else {
      const cols = ['customer', ...stored];
      this.rows = new BatchInsert(db, `INSERT INTO customer_attrs (${cols.join(', ')})`, cols.length);
      this.orderKeys = null;
      this.orderTotals = null;
      this.restoreOrderTotalsIndexes = null;
    }
    this.text = layout.stored.map(() => new TextColumnDecoder());
  }

  write(batch: RowBatch): void {
    batch.newCustomerKeys.forEach((key, i) => {
      this.newCustomers.add(batch.firstCustomerId + i);
      this.newCustomers.add(key);
      this.newCustomers.endRow();
    });
    if (this.orderKeys) {
      const orderKeys = this.orderKeys;
      batch.newOrderIds.forEach((orderId, i) => {
        orderKeys.add(batch.firstOrderRef + i);
        orderKeys.add(orderId);
        orderKeys.endRow();
      });
    }
    if (this.orderTotals) this.writeClosedOrders(batch, this.orderTotals);
    const { columns } = batch;
    for (let c = 0; c < columns.length; c += 1) {
      const column = columns[c] as RowBatch['columns'][number];
      if (column.kind === 'text') (this.text[c] as TextColumnDecoder).begin(column);
    }
    const rows = this.rows;
    const orders = this.kind === 'orders';
    for (let r = 0; r < batch.rows; r += 1) {
      rows.add(batch.customer[r] as number);
      if (orders) {
        rows.add(batch.orderRef[r] as number);
        rows.add(batch.ts[r] as number);
        rows.add(batch.amount[r] as number);
      }
      for (let c = 0; c < columns.length; c += 1) {
        const column = columns[c] as RowBatch['columns'][number];
        if (column.kind === 'number') {
          const value = column.values[r] as number;
          rows.add(Number.isNaN(value) ? null : value);
        } else {
          rows.add((this.text[c] as TextColumnDecoder).value(column.codes[r] as number));
        }
      }
      rows.endRow();
    }
    this.written += batch.rows;
  }

  /** After the last batch; reopened: orders files only (see ClosedOrders). */
  private writeClosedOrders(batch: RowBatch, insert: BatchInsert): void {
    for (let i = 0; i < batch.closedOrders; i += 1) {
      insert.add(batch.firstClosedRef + i);
      insert.add(batch.closedCustomer[i] as number);
      insert.add(batch.closedDay[i] as number);
      insert.add(batch.closedAmount[i] as number);
      insert.endRow();
    }
  }

  finish(reopened: ReopenedOrders | null): { rows: number } {
    this.newCustomers.flush();
    this.rows.flush();
    this.orderKeys?.flush();
    this.orderTotals?.flush();
    if (reopened) updateOrderTotals(this.db, reopened);
    this.restoreOrderTotalsIndexes?.();
    if (this.kind === 'orders') {
      this.db.exec('CREATE INDEX order_lines_customer ON order_lines (customer, order_ref)');
    }
    // Customers only ever become unreferenced when data they were in is replaced; every customer
    // this import created has a row in it. So with no customers before, there is nothing to prune.
    if (this.hadCustomers) pruneCustomers(this.db);
    return { rows: this.written };
  }
}

function updateOrderTotals(db: Db, reopened: ReopenedOrders): void {
  const update = db.prepare('UPDATE order_totals SET day = ?, amount = ? WHERE ref = ?');
  for (let i = 0; i < reopened.count; i += 1) {
    update.run(reopened.day[i] as number, reopened.amount[i] as number, reopened.ref[i] as number);
  }
}

/** Drops the previous data of this kind and recreates its table with this dataset's columns. */
function resetKind(db: Db, kind: DatasetKind, layout: Layout): void {
  const extra = layout.stored.map((c) => `, ${c.column} ${sqlType(c.type)}`).join('');
  if (kind === 'orders') {
    db.exec('DROP TABLE IF EXISTS order_lines');
    db.exec(
      `CREATE TABLE order_lines (id INTEGER PRIMARY KEY, customer INTEGER NOT NULL, order_ref INTEGER NOT NULL,
        ts INTEGER NOT NULL, amount REAL NOT NULL${extra})`,
    );
    db.exec('DELETE FROM order_keys');
  } else {
    db.exec('DROP TABLE IF EXISTS customer_attrs');
    db.exec(`CREATE TABLE customer_attrs (customer INTEGER PRIMARY KEY${extra})`);
  }
  db.prepare('DELETE FROM datasets WHERE kind = ?').run(kind);
  db.prepare('DELETE FROM fields WHERE source = ?').run(kind);
  const insertField = db.prepare(
    'INSERT INTO fields (key, label, type, role, source, column_name, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  let position = 0;
  if (kind === 'orders') {
    insertField.run(
      'order_date',
      layout.orderDate?.header ?? 'Order date',
      'date',
      'order_date',
      kind,
      'ts',
      position++,
    );
    insertField.run('amount', layout.amount?.header ?? 'Amount', 'number', 'amount', kind, 'amount', position++);
  }
  const keys = fieldKeys(db, kind, layout);
  layout.stored.forEach((c, i) => {
    insertField.run(keys[i], c.header, c.type, c.role, kind, c.column, position++);
  });
}

/** The keys rules use for the dedicated order columns; no customer attribute may take them. */
const ORDER_COLUMN_KEYS = ['order_date', 'amount'];

/**
 * Keys of this dataset's fields. A customers file and an orders file may both have a Country
 * column: the field imported second gets "country (orders)" or "country (customers)", so keys of
 * fields already in the project (and the saved rules naming them) never change, and re-importing
 * the same kind gives the same keys again.
 */
function fieldKeys(db: Db, kind: DatasetKind, layout: Layout): string[] {
  if (kind === 'orders') {
    // Projects made before this rule may hold a customer attribute keyed like an order column.
    db.prepare(
      `UPDATE fields SET key = key || ' (customers)' WHERE source = 'customers' AND key IN (${ORDER_COLUMN_KEYS.map(() => '?').join(', ')})`,
    ).run(...ORDER_COLUMN_KEYS);
  }
  const taken = new Set(
    (
      db.prepare("SELECT key FROM fields WHERE source <> ? AND source <> 'metrics'").all(kind) as Array<{ key: string }>
    ).map((r) => r.key),
  );
  if (kind === 'customers') for (const key of ORDER_COLUMN_KEYS) taken.add(key);
  const used = new Set([...taken, ...layout.stored.map((c) => c.key)]);
  return layout.stored.map((c) => (taken.has(c.key) ? uniqueKey(`${c.key} (${kind})`, used) : c.key));
}
