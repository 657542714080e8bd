/**
 * Writes one dataset's converted rows into the project (inside the caller's transaction):
 * replaces the previous data of the same kind, assigns integer ids to customer and order keys
 * (dictionary encoding), batches the INSERTs and registers the dataset's fields.
 */
import type { DatasetKind } from '../../../shared/model/roles.js';
import type { Db } from '../project/projectFile.js';
import { BatchInsert } from './batchInsert.js';
import { type Layout, sqlType } from './layout.js';
import { type CustomerTotals, OrderAccumulator, roundMoney } from './orderAccumulator.js';
import type { RowConverter } from './rowConverter.js';

export class DatasetWriter {
  private readonly customerIds = new Map<string, number>();
  private nextCustomerId: number;
  private readonly newCustomers: BatchInsert;
  private readonly rows: BatchInsert;
  private readonly orderRefs = new Map<string, number>();
  private readonly orderKeys: BatchInsert | null;
  private readonly accumulator = new OrderAccumulator();
  /** Customers already given a row (customers kind: a second row for the same id is rejected). */
  private readonly seen = new Set<number>();
  private written = 0;

  constructor(
    private readonly db: Db,
    private readonly kind: DatasetKind,
    private readonly layout: Layout,
  ) {
    resetKind(db, kind, layout);
    for (const row of db.prepare('SELECT id, customer_key FROM customers').iterate() as Iterable<{
      id: number;
      customer_key: string;
    }>) {
      this.customerIds.set(row.customer_key, row.id);
    }
    this.nextCustomerId = (db.prepare('SELECT COALESCE(MAX(id), 0) + 1 AS n FROM customers').get() as { n: number }).n;
    this.newCustomers = new BatchInsert(db, 'INSERT INTO customers (id, customer_key)', 2);
    const stored = layout.stored.map((c) => c.column);
    if (kind === 'orders') {
      const cols = ['customer', 'order_ref', 'ts', 'amount', ...stored];
      this.rows = new BatchInsert(db, `INSERT INTO order_lines (${cols.join(', ')})`, cols.length);
      this.orderKeys = new BatchInsert(db, 'INSERT INTO order_keys (ref, order_id)', 2);
    } else {
      const cols = ['customer', ...stored];
      this.rows = new BatchInsert(db, `INSERT INTO customer_attrs (${cols.join(', ')})`, cols.length);
      this.orderKeys = null;
    }
  }

  /** Writes the converter's current row; false when the row repeats a customer of a customers file. */
  write(row: RowConverter): boolean {
    const customer = this.customerId(row.customerKey);
    if (this.kind === 'orders') {
      const amount = roundMoney(row.amount);
      const ref = this.orderRef(row.orderKey, customer, row.ts);
      this.accumulator.addLine(ref, row.ts, amount);
      this.rows.add(customer);
      this.rows.add(ref);
      this.rows.add(row.ts);
      this.rows.add(amount);
    } else {
      if (this.seen.has(customer)) return false;
      this.seen.add(customer);
      this.rows.add(customer);
    }
    for (const value of row.values) this.rows.add(value);
    this.rows.endRow();
    this.written += 1;
    return true;
  }

  finish(): { rows: number; orders: number } {
    this.newCustomers.flush();
    this.rows.flush();
    this.orderKeys?.flush();
    if (this.kind === 'orders') {
      this.db.exec('CREATE INDEX order_lines_customer ON order_lines (customer, order_ref)');
    }
    pruneCustomers(this.db);
    return { rows: this.written, orders: this.kind === 'orders' ? this.accumulator.orderCount : 0 };
  }

  orderTotals(): CustomerTotals[] {
    return this.accumulator.totals();
  }

  /** Replaces order_totals with this dataset's orders (orders kind only). */
  writeOrders(): void {
    this.db.exec('DELETE FROM order_totals');
    const insert = new BatchInsert(this.db, 'INSERT INTO order_totals (ref, customer, day, amount)', 4);
    this.accumulator.forEachOrder((ref, customer, day, amount) => {
      insert.add(ref);
      insert.add(customer);
      insert.add(day);
      insert.add(amount);
      insert.endRow();
    });
    insert.flush();
  }

  private customerId(key: string): number {
    let id = this.customerIds.get(key);
    if (id === undefined) {
      id = this.nextCustomerId;
      this.nextCustomerId += 1;
      this.customerIds.set(key, id);
      this.newCustomers.add(id);
      this.newCustomers.add(key);
      this.newCustomers.endRow();
    }
    return id;
  }

  /** Orders are keyed by order id and customer: an id shared by two customers makes two orders. */
  private orderRef(orderKey: string, customer: number, ts: number): number {
    const day = Math.floor(ts / 86_400);
    if (orderKey === '') return this.addOrder(null, customer, day, `#line ${this.written + 1}`);
    let ref = this.orderRefs.get(orderKey);
    if (ref !== undefined && this.accumulator.customerOf(ref) === customer) return ref;
    if (ref !== undefined) {
      const composite = `${orderKey}\u0000${customer}`;
      ref = this.orderRefs.get(composite);
      return ref ?? this.addOrder(composite, customer, day, orderKey);
    }
    return this.addOrder(orderKey, customer, day, orderKey);
  }

  private addOrder(mapKey: string | null, customer: number, day: number, orderId: string): number {
    const ref = this.accumulator.newOrder(customer, day);
    if (mapKey !== null) this.orderRefs.set(mapKey, ref);
    this.orderKeys?.add(ref);
    this.orderKeys?.add(orderId);
    this.orderKeys?.endRow();
    return ref;
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
  for (const c of layout.stored) insertField.run(c.key, c.header, c.type, c.role, kind, c.column, position++);
}

/** Customers that no dataset mentions any more (after a replace) are removed. */
function pruneCustomers(db: Db): void {
  db.exec(`DELETE FROM customers WHERE id NOT IN (SELECT customer FROM customer_attrs)
    AND id NOT IN (SELECT customer FROM order_lines)`);
}
