/**
 * An orders file whose late lines come long after their orders: 300,000 orders, then late lines
 * for orders among the first 3,000, which by then are out of the import's in-memory window (the
 * newest ~262K orders; see parse/orderRefs.ts and metrics/orderAccumulator.ts). The figures a
 * project must hold after importing it, computed from the lines alone, checked against what it holds.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { expect } from 'vitest';

const ORDERS = 300_000;
const CUSTOMERS = 7_919;
const LATE_ORDERS = 3_000;

interface Line {
  order: number;
  customer: number;
  day: number;
  /** In quarters, so every sum is exact. */
  quarters: number;
}

/** One line per order in turn; then a second line for every 10th of the first 3,000 orders,
 * two days earlier, and for every 70th one more that cancels the order (its sum becomes 0). */
export function lateLines(): Line[] {
  const lines: Line[] = [];
  const first = (o: number): Line => ({
    order: o,
    customer: o % CUSTOMERS,
    day: 19_000 + (o % 300),
    quarters: 1 + (o % 89),
  });
  for (let o = 0; o < ORDERS; o += 1) lines.push(first(o));
  for (let o = 0; o < LATE_ORDERS; o += 10) {
    const f = first(o);
    lines.push({ ...f, day: f.day - 2, quarters: 5 });
    if (o % 70 === 0) lines.push({ ...f, day: f.day, quarters: -(f.quarters + 5) });
  }
  return lines;
}

export function writeLateLinesCsv(file: string, lines: Line[]): void {
  const text = lines.map((l) => {
    const date = new Date(l.day * 86_400_000).toISOString().slice(0, 10);
    return `O${l.order},C${l.customer},${date},${l.quarters / 4}\n`;
  });
  fs.writeFileSync(file, `order_id,customer_id,order_date,amount\n${text.join('')}`);
}

/** What a project imported from `lines` holds, and every order and customer whose figures differ from the lines'. */
interface LateLinesOutcome {
  orderKeys: number;
  orderTotals: number;
  customers: number;
  orderLines: number;
  cancelledOrders: number;
  customerMetrics: number;
  frequencies: number;
  wrongOrders: unknown[];
  wrongCustomers: unknown[];
}

function lateLinesOutcome(db: Database.Database, lines: Line[]): LateLinesOutcome {
  const orderDay = new Map<number, number>();
  const orderQuarters = new Map<number, number>();
  for (const l of lines) {
    orderDay.set(l.order, Math.min(orderDay.get(l.order) ?? l.day, l.day));
    orderQuarters.set(l.order, (orderQuarters.get(l.order) ?? 0) + l.quarters);
  }
  const perCustomer = new Map<number, { frequency: number; quarters: number; first: number; last: number }>();
  for (const [order, quarters] of orderQuarters) {
    const c = order % CUSTOMERS;
    const m = perCustomer.get(c) ?? { frequency: 0, quarters: 0, first: Number.MAX_SAFE_INTEGER, last: 0 };
    m.quarters += quarters;
    if (quarters > 0) {
      const day = orderDay.get(order) as number;
      m.frequency += 1;
      m.first = Math.min(m.first, day);
      m.last = Math.max(m.last, day);
    }
    perCustomer.set(c, m);
  }
  const n = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
  const totals = db
    .prepare(
      `SELECT CAST(substr(k.order_id, 2) AS INTEGER) AS o, t.day, t.amount, c.customer_key AS customer
       FROM order_totals t JOIN order_keys k ON k.ref = t.ref JOIN customers c ON c.id = t.customer`,
    )
    .raw()
    .all() as Array<[number, number, number, string]>;
  const metrics = db
    .prepare(
      `SELECT CAST(substr(c.customer_key, 2) AS INTEGER) AS c, m.frequency, m.monetary, m.first_day, m.last_day
       FROM customer_metrics m JOIN customers c ON c.id = m.customer`,
    )
    .raw()
    .all() as Array<[number, number, number, number, number]>;
  return {
    orderKeys: n('SELECT COUNT(*) FROM order_keys'),
    orderTotals: n('SELECT COUNT(*) FROM order_totals'),
    customers: n('SELECT COUNT(*) FROM customers'),
    orderLines: n('SELECT COUNT(*) FROM order_lines'),
    cancelledOrders: n('SELECT COUNT(*) FROM order_totals t JOIN order_keys k ON k.ref = t.ref WHERE t.amount = 0'),
    customerMetrics: metrics.length,
    frequencies: n('SELECT SUM(frequency) FROM customer_metrics'),
    wrongOrders: totals.filter(
      ([o, day, amount, customer]) =>
        day !== orderDay.get(o) || amount !== (orderQuarters.get(o) as number) / 4 || customer !== `C${o % CUSTOMERS}`,
    ),
    wrongCustomers: metrics.filter(([c, frequency, monetary, first, last]) => {
      const m = perCustomer.get(c);
      return !m || frequency !== m.frequency || monetary !== m.quarters / 4 || first !== m.first || last !== m.last;
    }),
  };
}

/** The project holds exactly the orders, totals and customer metrics the lines give. */
export function expectLateLinesJoined(db: Database.Database, lines: Line[]): void {
  const outcome = lateLinesOutcome(db, lines);
  expect(outcome.orderKeys).toBe(ORDERS);
  expect(outcome.orderTotals).toBe(ORDERS);
  expect(outcome.customers).toBe(CUSTOMERS);
  expect(outcome.orderLines).toBe(lines.length);
  // Every order whose total is not what its lines give: none.
  expect(outcome.wrongOrders).toEqual([]);
  // The late lines moved 300 orders two days back, and cancelled 43 of them.
  expect(outcome.cancelledOrders).toBe(43);
  expect(outcome.customerMetrics).toBe(CUSTOMERS);
  expect(outcome.wrongCustomers).toEqual([]);
  expect(outcome.frequencies).toBe(ORDERS - 43);
}
