/**
 * segwb import on files that are not plain CSV: a workbook (its largest sheet, --sheet NAME, an
 * unknown sheet), the CDNOW fixed-width text, a Shopify export. Runs the compiled engine, so the
 * workbook is read on its worker thread.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, sharedData, tempDir } from '../support/session.js';

const dir = tempDir();
const book = path.join(dir, 'book.xlsx');

beforeAll(async () => {
  ensureBuilt();
  const day = (d: number) => ({ value: new Date(Date.UTC(2024, 0, d)), type: Date, format: 'dd/mm/yyyy' });
  await writeXlsxFile([
    {
      sheet: 'Orders',
      data: [
        ['Order ID', 'Customer ID', 'Order Date', 'Total'],
        ['A1', 'C1', day(5), 10.25],
        ['A2', 'C1', day(20), 4.75],
        ['A3', 'C2', day(9), 100],
      ],
    },
    {
      sheet: 'Customers',
      data: [
        ['Customer ID', 'Country'],
        ['C1', 'Wales'],
        ['C2', 'Iran'],
      ],
    },
  ]).toFile(book);
});

describe('segwb import of workbooks, fixed-width text and vendor exports', () => {
  it('imports the largest sheet of a workbook by default, and another with --sheet', () => {
    const orders = segwb(['import', book, '--project', 'p.segwb', '--json'], dir);
    expect(orders.stderr).toBe('');
    expect(JSON.parse(orders.stdout)).toMatchObject({
      file: 'book.xlsx',
      kind: 'orders',
      rows_imported: 3,
      customers: 2,
      orders: 3,
    });
    const customers = segwb(['import', book, '--project', 'p.segwb', '--sheet', 'Customers', '--json'], dir);
    expect(customers.stderr).toBe('');
    expect(JSON.parse(customers.stdout)).toMatchObject({ file: 'book.xlsx', kind: 'customers', rows_imported: 2 });
  });

  it('an unknown sheet is refused with the list of sheets', () => {
    const r = segwb(['import', book, '--project', 'q.segwb', '--sheet', 'Sheet1'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('segwb import: book.xlsx has no sheet "Sheet1". Its sheets: "Orders", "Customers".\n');
  });

  it('imports the CDNOW sample and a Shopify orders export with the default settings', () => {
    const cdnow = segwb(['import', sharedData('cdnow/CDNOW_sample.txt'), '--project', 'c.segwb', '--json'], dir);
    expect(JSON.parse(cdnow.stdout)).toMatchObject({
      file: 'CDNOW_sample.txt',
      kind: 'orders',
      rows_read: 6919,
      rows_imported: 6919,
      customers: 2357,
    });
    const shopify = segwb(
      ['import', fixture('sources/shopify_orders_export.csv'), '--project', 's.segwb', '--json'],
      dir,
    );
    expect(JSON.parse(shopify.stdout)).toMatchObject({
      file: 'shopify_orders_export.csv',
      kind: 'orders',
      rows_imported: 3,
      customers: 2,
      orders: 3,
    });
  });
});
