import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDER_HEADER } from '../../electron/core/demo/orders.js';
import { type DemoFiles, writeDemoCsv } from '../../electron/core/demo/writeDemoCsv.js';
import { type CsvTable, columns, readCsv } from './readCsv.js';

const root = mkdtempSync(join(tmpdir(), 'segwb-demo-test-'));
let files: DemoFiles;
let customers: CsvTable;
let orders: CsvTable;

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function lineCount(path: string): number {
  return readFileSync(path, 'utf8').split('\n').length - 1;
}

/** Net revenue (quantity x unit price, returns negative) per customer id, in cents. */
function revenueByCustomer(table: CsvTable): Map<string, number> {
  const get = columns(table);
  const revenue = new Map<string, number>();
  for (const row of table.rows) {
    const cents = Number(get(row, 'quantity')) * Math.round(Number(get(row, 'unit_price')) * 100);
    const id = get(row, 'customer_id');
    revenue.set(id, (revenue.get(id) ?? 0) + cents);
  }
  return revenue;
}

/** Share of net revenue brought by the top 20% of customers with orders. */
function topFifthShare(revenue: Map<string, number>): number {
  const values = [...revenue.values()].sort((a, b) => b - a);
  const total = values.reduce((a, b) => a + b, 0);
  const top = values.slice(0, Math.round(values.length * 0.2)).reduce((a, b) => a + b, 0);
  return top / total;
}

beforeAll(async () => {
  files = await writeDemoCsv(join(root, 'seed1'), { customers: 500, seed: 1 });
  customers = readCsv(files.customersPath);
  orders = readCsv(files.ordersPath);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeDemoCsv', () => {
  it('reports what it wrote: rows, orders and bytes match the files', () => {
    expect(files.customersPath).toBe(join(root, 'seed1', 'customers.csv'));
    expect(files.ordersPath).toBe(join(root, 'seed1', 'orders.csv'));
    expect(files.customers).toBe(customers.rows.length);
    expect(files.customers).toBe(lineCount(files.customersPath) - 1);
    expect(files.orderLines).toBe(orders.rows.length);
    expect(files.orderLines).toBe(lineCount(files.ordersPath) - 1);
    const get = columns(orders);
    const ids = new Set(orders.rows.map((row) => get(row, 'order_id')));
    expect(files.orders).toBe(ids.size);
    expect(files.returnOrders).toBe([...ids].filter((id) => id.startsWith('R')).length);
    expect(files.bytes).toBe(statSync(files.customersPath).size + statSync(files.ordersPath).size);
  });

  it('is locked for seed 1 at 500 customers (regression: change only on purpose)', () => {
    const revenue = revenueByCustomer(orders);
    const totalCents = [...revenue.values()].reduce((a, b) => a + b, 0);
    expect({
      customers: files.customers,
      orderLines: files.orderLines,
      orders: files.orders,
      returnOrders: files.returnOrders,
      bytes: files.bytes,
      buyers: revenue.size,
      revenue: totalCents / 100,
      topFifth: Math.round(topFifthShare(revenue) * 10_000) / 10_000,
    }).toEqual({
      customers: 500,
      orderLines: 5045,
      orders: 2580,
      returnOrders: 152,
      bytes: 503254,
      buyers: 455,
      revenue: 540844.35,
      topFifth: 0.8006,
    });
  });

  it('writes UTF-8 with LF line ends, a header line and no byte-order mark', () => {
    const text = readFileSync(files.ordersPath, 'utf8');
    expect(text.startsWith(`${ORDER_HEADER.join(',')}\n`)).toBe(true);
    expect(text.includes('\r')).toBe(false);
    expect(text.endsWith('\n')).toBe(true);
    expect(readFileSync(files.customersPath)[0]).toBe('c'.charCodeAt(0));
    expect(orders.header.join(',')).toBe(
      'order_id,customer_id,order_date,product,category,channel,quantity,unit_price',
    );
  });

  it('is byte-identical for the same seed and different for another seed', async () => {
    const again = await writeDemoCsv(join(root, 'again'), { customers: 500, seed: 1 });
    const other = await writeDemoCsv(join(root, 'seed2'), { customers: 500, seed: 2 });
    expect(sha256(again.customersPath)).toBe(sha256(files.customersPath));
    expect(sha256(again.ordersPath)).toBe(sha256(files.ordersPath));
    expect(sha256(other.customersPath)).not.toBe(sha256(files.customersPath));
    expect(sha256(other.ordersPath)).not.toBe(sha256(files.ordersPath));
  });

  it('does not depend on the machine timezone', async () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: any local-date slip shows here
      const shifted = await writeDemoCsv(join(root, 'tz'), { customers: 500, seed: 1 });
      expect(new Date(Date.UTC(2024, 0, 1, 20)).getDate()).toBe(2); // the timezone did take effect
      expect(sha256(shifted.ordersPath)).toBe(sha256(files.ordersPath));
      expect(sha256(shifted.customersPath)).toBe(sha256(files.customersPath));
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('rejects, instead of hanging, when a file cannot be written', async () => {
    const blocked = join(root, 'blocked');
    mkdirSync(join(blocked, 'orders.csv'), { recursive: true }); // a folder where the file should go
    await expect(writeDemoCsv(blocked, { customers: 20, seed: 1 })).rejects.toThrow(/EISDIR/);
  });
});
