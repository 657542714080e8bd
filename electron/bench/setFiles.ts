/**
 * The demo shop's orders.csv split as a shop's export of linked files: orders.csv (one row per
 * order), order_lines.csv (lines pointing to their order and product) and products.csv. Joined back
 * they are the single file's order lines, row for row, so the multi-file benchmark imports the same
 * customers, orders and revenue as the single-file one.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { categories, products } from '../core/demo/catalog.js';
import type { DemoOptions } from '../core/demo/options.js';
import { generateOrders } from '../core/demo/orders.js';
import { writeCsv } from '../core/demo/writeDemoCsv.js';

export const SET_ORDER_HEADER = ['order_id', 'customer_id', 'order_date', 'channel'] as const;
export const SET_LINE_HEADER = ['order_id', 'product_id', 'quantity', 'unit_price'] as const;
export const SET_PRODUCT_HEADER = ['product_id', 'category', 'name'] as const;

export interface SetFiles {
  ordersPath: string;
  linesPath: string;
  productsPath: string;
  orders: number;
  orderLines: number;
  bytes: number;
}

/** Product ids as a shop's catalogue would have them (the single file names products instead). */
export function productId(index: number): string {
  return `SKU-${String(index + 1).padStart(4, '0')}`;
}

const idByName = new Map(products.map((p) => [p.name, productId(p.index)]));

/** The single file's columns: order_id, customer_id, order_date, product, category, channel, quantity, unit_price. */
type OrderRow = readonly string[];

/** One row per order: the order fields from its first line (an order's lines are adjacent). */
export function* orderRows(rows: Iterable<OrderRow>): Generator<string[]> {
  let last = '';
  for (const [id = '', customer = '', date = '', , , channel = ''] of rows) {
    if (id === last) continue;
    last = id;
    yield [id, customer, date, channel];
  }
}

export function* lineRows(rows: Iterable<OrderRow>): Generator<string[]> {
  for (const [id = '', , , product = '', , , quantity = '', price = ''] of rows) {
    const sku = idByName.get(product);
    if (sku === undefined) throw new Error(`Unknown demo product ${product}`);
    yield [id, sku, quantity, price];
  }
}

export function productRows(): string[][] {
  return products.map((p) => [productId(p.index), categories[p.category]?.name ?? '', p.name]);
}

/** Writes the three files into `dir`; the seeded generator runs once per file (memory stays flat). */
export async function writeSetCsv(dir: string, options: DemoOptions): Promise<SetFiles> {
  await mkdir(dir, { recursive: true });
  const ordersPath = join(dir, 'orders.csv');
  const linesPath = join(dir, 'order_lines.csv');
  const productsPath = join(dir, 'products.csv');
  const orders = await writeCsv(ordersPath, SET_ORDER_HEADER, orderRows(generateOrders(options)));
  const lines = await writeCsv(linesPath, SET_LINE_HEADER, lineRows(generateOrders(options)));
  const catalogue = await writeCsv(productsPath, SET_PRODUCT_HEADER, productRows());
  return {
    ordersPath,
    linesPath,
    productsPath,
    orders: orders.rows,
    orderLines: lines.rows,
    bytes: orders.bytes + lines.bytes + catalogue.bytes,
  };
}
