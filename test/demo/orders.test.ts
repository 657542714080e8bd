import { describe, expect, it } from 'vitest';
import { categories, products } from '../../electron/core/demo/catalog.js';
import { generateCustomers } from '../../electron/core/demo/customers.js';
import { generateOrders, ORDER_HEADER } from '../../electron/core/demo/orders.js';

const size = { customers: 2000, seed: 1 };
const rows = [...generateOrders(size)];
const customerRows = [...generateCustomers(size)];
const col = (name: (typeof ORDER_HEADER)[number]) => ORDER_HEADER.indexOf(name);
const field = (row: string[], name: (typeof ORDER_HEADER)[number]) => row[col(name)] ?? '';
const sales = rows.filter((row) => field(row, 'order_id').startsWith('O'));
const returns = rows.filter((row) => field(row, 'order_id').startsWith('R'));

function groupBy(list: string[][], name: (typeof ORDER_HEADER)[number]): Map<string, string[][]> {
  const groups = new Map<string, string[][]>();
  for (const row of list) {
    const key = field(row, name);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const netCents = (row: string[]) => Number(field(row, 'quantity')) * Math.round(Number(field(row, 'unit_price')) * 100);

describe('demo orders', () => {
  it('has the agreed header and well-formed rows', () => {
    expect(ORDER_HEADER.join(',')).toBe('order_id,customer_id,order_date,product,category,channel,quantity,unit_price');
    const known = new Set(customerRows.map((row) => row[0]));
    for (const row of rows) {
      expect(row).toHaveLength(ORDER_HEADER.length);
      expect(field(row, 'order_id')).toMatch(/^[OR]\d{7}$/);
      expect(known.has(field(row, 'customer_id'))).toBe(true);
      expect(field(row, 'order_date')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(field(row, 'quantity')).toMatch(/^-?[1-9]\d*$/);
      expect(field(row, 'unit_price')).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it('spans the fixed two-year window in time order', () => {
    const dates = rows.map((row) => field(row, 'order_date'));
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]?.slice(0, 7)).toBe('2024-07');
    expect(dates[dates.length - 1]?.slice(0, 7)).toBe('2026-06');
    expect((dates[0] ?? '') >= '2024-07-01').toBe(true);
    expect((dates[dates.length - 1] ?? '9') <= '2026-06-30 23:59').toBe(true);
  });

  it('gives an order 1-5 distinct product lines sharing id, customer, date and channel, numbered in sequence', () => {
    const orders = groupBy(sales, 'order_id');
    const sizes = new Set<number>();
    for (const lines of orders.values()) {
      sizes.add(lines.length);
      for (const name of ['customer_id', 'order_date', 'channel'] as const) {
        expect(new Set(lines.map((row) => field(row, name))).size).toBe(1);
      }
      expect(new Set(lines.map((row) => field(row, 'product'))).size).toBe(lines.length);
    }
    expect(sizes).toEqual(new Set([1, 2, 3, 4, 5]));
    const ids = [...orders.keys()];
    expect(ids[0]).toBe('O0000001');
    expect(ids[ids.length - 1]).toBe(`O${String(ids.length).padStart(7, '0')}`);
  });

  it('sells the catalogue: 8 categories, each product in its own category, 4 channels', () => {
    expect(categories).toHaveLength(8);
    expect(products.length).toBeGreaterThanOrEqual(55);
    const categoryOf = new Map(products.map((p) => [p.name, categories[p.category]?.name]));
    for (const row of rows) expect(categoryOf.get(field(row, 'product'))).toBe(field(row, 'category'));
    expect(new Set(rows.map((row) => field(row, 'category'))).size).toBe(8);
    expect(new Set(rows.map((row) => field(row, 'channel')))).toEqual(
      new Set(['online', 'store', 'marketplace', 'phone']),
    );
  });

  it('has ~3% return lines, as own R orders with negative quantities at a price the customer paid', () => {
    const share = returns.length / rows.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.04);
    const paid = new Set(
      sales.map((row) => `${field(row, 'customer_id')}|${field(row, 'product')}|${field(row, 'unit_price')}`),
    );
    const firstSale = new Map<string, string>();
    for (const row of sales) {
      const key = `${field(row, 'customer_id')}|${field(row, 'product')}`;
      if (!firstSale.has(key)) firstSale.set(key, field(row, 'order_date'));
    }
    for (const row of returns) {
      expect(Number(field(row, 'quantity'))).toBeLessThan(0);
      expect(paid.has(`${field(row, 'customer_id')}|${field(row, 'product')}|${field(row, 'unit_price')}`)).toBe(true);
      const sold = firstSale.get(`${field(row, 'customer_id')}|${field(row, 'product')}`);
      expect((sold ?? '9') < field(row, 'order_date')).toBe(true);
    }
    expect(groupBy(returns, 'order_id').size).toBeGreaterThan(20);
  });

  it('has never-ordered, one-time and lapsed customers', () => {
    const byCustomer = groupBy(sales, 'customer_id');
    const never = customerRows.length - byCustomer.size;
    expect(never / customerRows.length).toBeGreaterThan(0.05);
    expect(never / customerRows.length).toBeLessThan(0.12);
    const orderCounts = [...byCustomer.values()].map(
      (lines) => new Set(lines.map((row) => field(row, 'order_id'))).size,
    );
    expect(orderCounts.filter((n) => n === 1).length / byCustomer.size).toBeGreaterThan(0.2);
    expect(Math.max(...orderCounts)).toBeGreaterThan(30);
    const lastOrder = [...byCustomer.values()].map((lines) => field(lines[lines.length - 1] ?? [], 'order_date'));
    const lapsed = lastOrder.filter((date) => date < '2025-12-31').length / byCustomer.size;
    expect(lapsed).toBeGreaterThan(0.2);
    expect(lapsed).toBeLessThan(0.6);
  });

  it('follows the 80/20 shape: the top 20% of buyers bring 60-90% of net revenue', () => {
    const revenue = new Map<string, number>();
    for (const row of rows)
      revenue.set(field(row, 'customer_id'), (revenue.get(field(row, 'customer_id')) ?? 0) + netCents(row));
    const values = [...revenue.values()].sort((a, b) => b - a);
    const total = values.reduce((a, b) => a + b, 0);
    const top = values.slice(0, Math.round(values.length * 0.2)).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.6);
    expect(top / total).toBeLessThan(0.9);
  });

  it('is busier in Black Friday week than in an ordinary November week', () => {
    const inRange = (from: string, to: string) =>
      sales.filter((row) => field(row, 'order_date') >= from && field(row, 'order_date') < to).length;
    expect(inRange('2025-11-22', '2025-11-29')).toBeGreaterThan(1.5 * inRange('2025-11-08', '2025-11-15'));
  });

  it('hits a target line count, with customers defaulting to one per 10 lines', () => {
    const target = [...generateOrders({ orderLines: 30_000, seed: 3 })];
    expect(Math.abs(target.length - 30_000) / 30_000).toBeLessThan(0.02);
    expect([...generateCustomers({ orderLines: 30_000, seed: 3 })]).toHaveLength(3000);
    const highest = target.map((row) => field(row, 'customer_id')).sort()[target.length - 1] ?? '';
    expect(highest > 'C002900' && highest <= 'C003000').toBe(true);
  });
});
