/**
 * The 8 olist files (../shared/data/olist_subset) in one go with default settings. The expected
 * figures are computed here straight from the CSVs: most keys of the subset do not match each
 * other, and the report must say so.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createProjectFile } from '../../../electron/core/db/projectFile.js';
import { runImportSet } from '../../../electron/core/import/set/runSet.js';
import { sharedData, tempDir } from '../../support/session.js';

const dir = sharedData('olist_subset');
const read = (name: string): Array<Record<string, string>> =>
  Papa.parse<Record<string, string>>(fs.readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe('the olist subset as one import', () => {
  it('finds every kind and link, and counts what matches from the files themselves', async () => {
    const orders = read('olist_orders_dataset.csv');
    const items = read('olist_order_items_dataset.csv');
    const payments = read('olist_order_payments_dataset.csv');
    const customers = read('olist_customers_dataset.csv');
    const orderIds = new Set(orders.map((o) => o.order_id as string));
    const orderIdsList = [...orderIds];
    const lineSum = new Map<string, number>();
    for (const i of items)
      if (orderIds.has(i.order_id as string))
        lineSum.set(i.order_id as string, (lineSum.get(i.order_id as string) ?? 0) + Number(i.price));
    const paySum = new Map<string, number>();
    for (const p of payments)
      paySum.set(p.order_id as string, (paySum.get(p.order_id as string) ?? 0) + Number(p.payment_value));
    let viaLines = 0;
    let viaPayments = 0;
    let revenue = 0;
    for (const id of orderIdsList) {
      if (lineSum.has(id)) {
        viaLines += 1;
        revenue += lineSum.get(id) as number;
      } else if (paySum.has(id)) {
        viaPayments += 1;
        revenue += paySum.get(id) as number;
      }
    }
    const customerIds = new Set([...customers.map((c) => c.customer_id), ...orders.map((o) => o.customer_id)]);
    const known = new Set(customers.map((c) => c.customer_id));
    const matchedCustomers = new Set(orders.map((o) => o.customer_id).filter((c) => known.has(c))).size;

    const project = path.join(tempDir(), 'olist.segwb');
    createProjectFile(project, 'test').close();
    const paths = fs.readdirSync(dir).map((f) => path.join(dir, f));
    const report = await runImportSet({ projectPath: project, paths, replace: false, isCancelled: () => false });
    expect(Object.fromEntries(report.files.map((f) => [f.file, f.kind]))).toEqual({
      'olist_customers_dataset.csv': 'customers',
      'olist_order_items_dataset.csv': 'order_lines',
      'olist_order_payments_dataset.csv': 'payments',
      'olist_order_reviews_dataset.csv': 'reviews',
      'olist_orders_dataset.csv': 'orders',
      'olist_products_dataset.csv': 'products',
      'olist_sellers_dataset.csv': 'lookup',
      'product_category_name_translation.csv': 'lookup',
    });
    expect(report.orders).toBe(orders.length);
    expect(report.orders).toBe(4071);
    expect(report.customers).toBe(customerIds.size);
    expect(report.amountSources).toEqual({
      own: 0,
      lines: viaLines,
      payments: viaPayments,
      none: orderIds.size - viaLines - viaPayments,
    });
    expect(report.amountSources).toEqual({ own: 0, lines: 175, payments: 175, none: 3721 });
    expect(report.revenue).toBeCloseTo(revenue, 6);
    expect(report.revenue).toBe(47528.39);
    const toCustomers = report.links.find((l) => l.to === 'olist_customers_dataset.csv.customer_id');
    expect(toCustomers).toMatchObject({
      from: 'olist_orders_dataset.csv.customer_id',
      matched: matchedCustomers,
      unmatched: 4071 - matchedCustomers,
    });
    expect(matchedCustomers).toBe(9);
    const lines = report.links.find((l) => l.from === 'olist_order_items_dataset.csv.order_id');
    expect(lines).toMatchObject({ matched: 175, unmatched: 4357 });
    expect(report.files.find((f) => f.kind === 'order_lines')).toMatchObject({
      rowsRead: 5154,
      rowsImported: items.filter((i) => orderIds.has(i.order_id as string)).length,
    });
    expect(report.notes[0]).toMatch(/^4,357 of 4,532 values of olist_order_items_dataset\.csv\.order_id are not in/);
  });
});
