import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SET_LINE_HEADER, SET_ORDER_HEADER, SET_PRODUCT_HEADER, writeSetCsv } from '../../electron/bench/setFiles.js';
import { ORDER_HEADER } from '../../electron/core/demo/orders.js';
import { writeDemoCsv } from '../../electron/core/demo/writeDemoCsv.js';
import { columns, readCsv } from '../demo/readCsv.js';

const root = mkdtempSync(join(tmpdir(), 'segwb-setfiles-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the benchmark shop as linked files', () => {
  it('joins back to exactly the single file order lines, row for row', async () => {
    const options = { orderLines: 400, seed: 7 };
    const single = await writeDemoCsv(join(root, 'single'), options);
    const set = await writeSetCsv(join(root, 'set'), options);
    const lines = readCsv(set.linesPath);
    const orders = readCsv(set.ordersPath);
    const catalogue = readCsv(set.productsPath);
    expect([lines.header, orders.header, catalogue.header]).toEqual([
      [...SET_LINE_HEADER],
      [...SET_ORDER_HEADER],
      [...SET_PRODUCT_HEADER],
    ]);

    const order = columns(orders);
    const orderById = new Map(orders.rows.map((r) => [order(r, 'order_id'), r]));
    expect(orderById.size).toBe(orders.rows.length); // one row per order
    const product = columns(catalogue);
    const productById = new Map(catalogue.rows.map((r) => [product(r, 'product_id'), r]));
    const line = columns(lines);
    const joined = lines.rows.map((l) => {
      const o = orderById.get(line(l, 'order_id')) as string[];
      const p = productById.get(line(l, 'product_id')) as string[];
      return [
        line(l, 'order_id'),
        order(o, 'customer_id'),
        order(o, 'order_date'),
        product(p, 'name'),
        product(p, 'category'),
        order(o, 'channel'),
        line(l, 'quantity'),
        line(l, 'unit_price'),
      ];
    });
    const expected = readCsv(single.ordersPath);
    expect(expected.header).toEqual([...ORDER_HEADER]);
    expect(joined).toEqual(expected.rows);
    expect(set.orders).toBe(single.orders);
    expect(set.orderLines).toBe(single.orderLines);
  });
});
