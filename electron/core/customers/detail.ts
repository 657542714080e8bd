/** The customer panel: one customer's columns, newest orders with their lines, and saved segments. */
import { type CustomerDetail, type CustomerOrder, MAX_PANEL_ORDERS } from '../../../shared/api.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import { dayToIso } from '../metrics/days.js';
import { type ProjectField, projectFields } from '../segments/templateFields.js';
import { customerColumns, publicColumn } from './columns.js';
import { customerRows } from './rows.js';
import { segmentsOf } from './segmentsOf.js';
import { attributeValue } from './values.js';

/** Order file columns that the panel shows elsewhere (the date, the amount, the order id) or that repeat the customer. */
const NOT_LINE_VALUES = new Set(['ts', 'amount']);

export function customerDetail(db: Db, customerKey: string): CustomerDetail {
  const id = db.prepare('SELECT id FROM customers WHERE customer_key = ?').pluck().get(customerKey) as
    | number
    | undefined;
  if (id === undefined) {
    throw new WorkbenchError(
      'NOT_FOUND',
      `There is no customer "${customerKey}" in this project. The data may have changed: search for the customer again.`,
      { customerId: customerKey },
    );
  }
  const columns = customerColumns(db);
  const [row] = customerRows(db, columns, [id]);
  const lineFields = projectFields(db).filter(
    (f) => f.source === 'orders' && !NOT_LINE_VALUES.has(f.column) && f.role !== 'customer_id' && f.role !== 'order_id',
  );
  return {
    customer_id: customerKey,
    columns: columns.map(publicColumn),
    values: row?.values ?? {},
    lineColumns: lineFields.map((f) => ({ key: f.key, label: f.key, type: f.type, source: 'customers' as const })),
    orders: customerOrders(db, id, lineFields),
    orderCount: Number(db.prepare('SELECT COUNT(*) FROM order_totals WHERE customer = ?').pluck().get(id)),
    segments: segmentsOf(db, id),
  };
}

interface OrderRow {
  ref: number;
  order_id: string | null;
  day: number;
  amount: number;
}

function customerOrders(db: Db, customer: number, lineFields: readonly ProjectField[]): CustomerOrder[] {
  const asOf = readAsOf(db).day;
  const orders = db
    .prepare(
      `SELECT t.ref, k.order_id, t.day, t.amount FROM order_totals t LEFT JOIN order_keys k ON k.ref = t.ref
       WHERE t.customer = ? ORDER BY t.day DESC, t.ref DESC LIMIT ?`,
    )
    .all(customer, MAX_PANEL_ORDERS) as OrderRow[];
  if (orders.length === 0) return [];
  // Column names come from the fields registry (checked by projectFields).
  const select = ['order_ref', 'amount', ...lineFields.map((f) => f.column)].join(', ');
  const lines = db
    .prepare(
      `SELECT ${select} FROM order_lines WHERE customer = ? AND order_ref IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .raw()
    .all(customer, JSON.stringify(orders.map((o) => o.ref))) as Array<Array<string | number | null>>;
  const byOrder = new Map<number, CustomerOrder['lines']>();
  for (const [ref, amount, ...rest] of lines) {
    const values: CustomerOrder['lines'][number]['values'] = {};
    lineFields.forEach((f, i) => {
      values[f.key] = attributeValue(f.type, rest[i] ?? null);
    });
    const list = byOrder.get(Number(ref)) ?? [];
    list.push({ amount: Number(amount), values });
    byOrder.set(Number(ref), list);
  }
  return orders.map((o) => ({
    order_id: o.order_id ?? String(o.ref),
    date: dayToIso(o.day),
    amount: Math.round(o.amount * 1e6) / 1e6,
    counted: asOf === null || o.day < asOf,
    lines: byOrder.get(o.ref) ?? [],
  }));
}
