/**
 * Vendor exports recognised from their headers, with fixtures written to each vendor's documented
 * column names (test/fixtures/sources; made-up rows). Exact table contents, then the orders or
 * customers table through today's single-file import.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openSource } from '../../../electron/core/import/sources/openSource.js';
import type { OpenedSource } from '../../../electron/core/import/sources/sourceModel.js';
import { fixture } from '../../support/session.js';
import { sampleData } from '../paths.js';
import { importThroughEngine } from './sourceProject.js';

const file = (name: string) => fixture(`sources/${name}`);

/** A table's CSV as rows of cells (the fixtures hold no quoted commas in the compared columns). */
function tableRows(source: OpenedSource, label: string, columns: string[]): string[][] {
  const table = source.tables.find((t) => t.label === label);
  const [header, ...rows] = fs
    .readFileSync(table?.csvPath ?? '', 'utf8')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => l.split(','));
  const at = columns.map((c) => (header as string[]).indexOf(c));
  return rows.map((r) => at.map((i) => r[i] as string));
}

async function opened<T>(name: string, check: (source: OpenedSource) => T): Promise<T> {
  const source = await openSource(file(name));
  try {
    return check(source);
  } finally {
    source.cleanup();
  }
}

describe('Shopify orders export', () => {
  it('one row per order: e-mail lower-cased, date as written, Total − Refunded Amount, cancelled orders skipped', async () => {
    await opened('shopify_orders_export.csv', (source) => {
      expect(source.preset?.id).toBe('shopify_orders');
      expect(source.tables.map((t) => [t.label, t.kind])).toEqual([
        ['orders', 'orders'],
        ['order_lines', 'order_lines'],
      ]);
      expect(
        tableRows(source, 'orders', ['Name', 'Email', 'Created at', 'Amount', 'Billing Country', 'Accepts Marketing']),
      ).toEqual([
        ['#1001', 'ann.example@example.com', '2024-03-01 10:15:00', '55.00', 'US', 'yes'],
        ['#1002', 'bob@example.org', '2024-03-05 16:40:00', '50.00', 'GB', 'no'],
        ['#1004', 'ann.example@example.com', '2024-04-10 12:00:00', '32.40', 'CA', 'no'],
      ]);
      expect(
        tableRows(source, 'order_lines', [
          'Name',
          'Lineitem name',
          'Lineitem quantity',
          'Lineitem price',
          'Lineitem sku',
        ]),
      ).toEqual([
        ['#1001', 'Blue Mug', '2', '20.00', 'MUG-B'],
        ['#1001', 'Red Plate', '1', '10.00', 'PLATE-R'],
        ['#1002', 'Green Bowl', '4', '20.00', 'BOWL-G'],
        ['#1004', 'Red Plate', '3', '10.00', 'PLATE-R'],
      ]);
      const [orders, lines] = source.tables;
      expect(orders?.map).toEqual({
        order_id: 'Name',
        customer_id: 'Email',
        order_date: 'Created at',
        amount: 'Amount',
        country: 'Billing Country',
      });
      expect(orders?.customerFields).toEqual(['Billing Country', 'Accepts Marketing']);
      expect(orders?.kindReason).toBe(
        'Shopify orders export: 3 orders, one row each (the order\'s first line-item row); amount = Total − Refunded Amount; customer = Email, lower-cased; 1 cancelled order ("Cancelled at" set) skipped.',
      );
      expect(lines?.links).toEqual([
        {
          from: 'order_lines.Name',
          to: 'orders.Name',
          reason: "Shopify writes the order's Name on each of its line items",
        },
      ]);
    });
  });

  it('imports its orders table end to end: 3 orders of 2 customers, 137.40 in all', async () => {
    const { preview, report, db } = await importThroughEngine(file('shopify_orders_export.csv'));
    try {
      expect(preview.source?.preset?.name).toBe('Shopify orders export');
      expect(preview.source?.imported).toBe('orders');
      expect([
        report.file,
        report.kind,
        report.rowsImported,
        report.rowsRejected,
        report.customers,
        report.orders,
      ]).toEqual(['shopify_orders_export.csv', 'orders', 3, 0, 2, 3]);
      const byCustomer = db
        .prepare(
          'SELECT c.customer_key AS id, m.frequency AS orders, ROUND(m.monetary, 2) AS revenue FROM customer_metrics m JOIN customers c ON c.id = m.customer ORDER BY id',
        )
        .all();
      expect(byCustomer).toEqual([
        { id: 'ann.example@example.com', orders: 2, revenue: 87.4 },
        { id: 'bob@example.org', orders: 1, revenue: 50 },
      ]);
    } finally {
      db.close();
    }
  });
});

describe('Shopify customers export', () => {
  it('keyed by the lower-cased e-mail; a customer without one is said to be rejected', async () => {
    await opened('shopify_customers_export.csv', (source) => {
      expect(source.preset?.id).toBe('shopify_customers');
      expect(tableRows(source, 'customers', ['Email', 'First Name', 'Country Code', 'Total Spent'])).toEqual([
        ['ann.example@example.com', 'Ann', 'US', '87.40'],
        ['bob@example.org', 'Bob', 'GB', '50.00'],
        ['', 'Dee', 'GB', '0.00'],
      ]);
      expect(source.tables[0]?.kindReason).toBe(
        'Shopify customers export: one row per customer, keyed by Email (lower-cased); 1 customer without an e-mail address cannot be keyed and will be rejected.',
      );
    });
    const { report, db } = await importThroughEngine(file('shopify_customers_export.csv'));
    db.close();
    expect([report.kind, report.rowsImported, report.rowsRejected, report.customers]).toEqual(['customers', 2, 1, 2]);
    expect(report.rejected.map((r) => [r.reason, r.count])).toEqual([['missing_customer_id', 1]]);
  });
});

describe('WooCommerce orders export', () => {
  it('keeps paid orders, says which statuses were left out, and imports them', async () => {
    await opened('woocommerce_orders_export.csv', (source) => {
      expect(source.preset?.id).toBe('woocommerce_orders');
      expect(
        tableRows(source, 'orders', ['Order ID', 'Billing Email', 'Order Date', 'Order Total', 'Order Status']),
      ).toEqual([
        ['101', 'ann.example@example.com', '2024-02-01 09:30:00', '42.50', 'wc-completed'],
        ['102', 'bob@example.org', '2024-02-02 10:00:00', '19.99', 'wc-processing'],
        ['106', 'ann.example@example.com', '2024-02-06 14:00:00', '30.00', 'wc-on-hold'],
      ]);
      expect(source.tables[0]?.kindReason).toBe(
        'WooCommerce orders export: 3 orders, one row each, amount = "Order Total", customer = "Billing Email" (lower-cased); left out, as they brought no revenue: 1 cancelled, 1 refunded, 1 failed.',
      );
    });
    const { report, db } = await importThroughEngine(file('woocommerce_orders_export.csv'));
    const revenue = db.prepare('SELECT ROUND(SUM(amount), 2) AS total FROM order_lines').get();
    db.close();
    expect([report.kind, report.rowsImported, report.customers, report.orders]).toEqual(['orders', 3, 2, 3]);
    expect(revenue).toEqual({ total: 92.49 });
  });
});

describe('Mailchimp audience export', () => {
  it('one customer per contact, keyed by the lower-cased e-mail', async () => {
    await opened('mailchimp_audience_export.csv', (source) => {
      expect(source.preset?.id).toBe('mailchimp_audience');
      expect(source.tables[0]?.map).toEqual({
        customer_id: 'Email Address',
        first_name: 'First Name',
        last_name: 'Last Name',
        phone: 'Phone Number',
        country: 'CC',
        region: 'REGION',
      });
      expect(tableRows(source, 'customers', ['Email Address', 'MEMBER_RATING', 'CC'])).toEqual([
        ['ann.example@example.com', '4', 'US'],
        ['bob@example.org', '2', 'GB'],
      ]);
    });
    const { report, db } = await importThroughEngine(file('mailchimp_audience_export.csv'));
    const keys = db.prepare('SELECT customer_key FROM customers ORDER BY customer_key').pluck().all();
    db.close();
    expect([report.kind, report.rowsImported, report.customers]).toEqual(['customers', 2, 2]);
    expect(keys).toEqual(['ann.example@example.com', 'bob@example.org']);
  });
});

describe('the Olist file set', () => {
  it.each([
    ['olist_orders_dataset.csv', 'olist_orders', 'orders', ['orders.customer_id -> customers.customer_id']],
    [
      'olist_order_items_dataset.csv',
      'olist_order_items',
      'order_lines',
      [
        'order_items.order_id -> orders.order_id',
        'order_items.product_id -> products.product_id',
        'order_items.seller_id -> sellers.seller_id',
      ],
    ],
    ['olist_order_payments_dataset.csv', 'olist_payments', 'payments', ['payments.order_id -> orders.order_id']],
    ['olist_order_reviews_dataset.csv', 'olist_reviews', 'reviews', ['reviews.order_id -> orders.order_id']],
    [
      'olist_products_dataset.csv',
      'olist_products',
      'products',
      ['products.product_category_name -> category_translation.product_category_name'],
    ],
    ['olist_customers_dataset.csv', 'olist_customers', 'customers', []],
    ['olist_sellers_dataset.csv', 'olist_sellers', 'lookup', []],
    ['product_category_name_translation.csv', 'olist_category_translation', 'lookup', []],
  ])('%s is %s (%s) with its links', async (name, preset, kind, links) => {
    const path = sampleData(`olist_subset/${name}`);
    const source = await openSource(path);
    try {
      expect(source.preset?.id).toBe(preset);
      expect(source.tables.map((t) => [t.kind, t.csvPath])).toEqual([[kind, path]]);
      expect(source.tables[0]?.links.map((l) => `${l.from} -> ${l.to}`)).toEqual(links);
    } finally {
      source.cleanup();
    }
  });

  it('an order items file alone is refused in the preview, saying it goes with its linked files', async () => {
    const { previewSource } = await import('../../../electron/core/import/sources/sourceImport.js');
    const p = await previewSource(sampleData('olist_subset/olist_order_items_dataset.csv'));
    expect(p.refusals[0]).toBe(
      'olist_order_items_dataset.csv holds order_lines (Olist order items file: one row per item of an order.) Such a table is imported together with the files it links to, not on its own.',
    );
  });
});
