/**
 * previewFile on the public sample data in ../shared/data (sources and licences in SOURCES.md
 * there): UCI Online Retail (CC BY 4.0), Kaggle marketing_campaign.csv and Mall_Customers.csv.
 */
import { describe, expect, it } from 'vitest';
import { previewFile } from '../../electron/core/import/preview.js';
import { sampleData } from './paths.js';

describe('Online Retail.csv', async () => {
  const p = await previewFile(sampleData('Online Retail.csv'));

  it('has the dialect of a UK Excel export', () => {
    expect(p.file).toEqual({ path: sampleData('Online Retail.csv'), name: 'Online Retail.csv', size: 3_319_190 });
    expect(p.encoding.value).toBe('windows-1252');
    expect([p.delimiter, p.hasHeader, p.lineEnding, p.decimal]).toEqual([',', true, 'lf', '.']);
  });

  it('proves day-first dates from the tail (the head holds only 01/12 to 12/12)', () => {
    expect(p.dateOrder).toEqual({ value: 'dmy', basis: 'data', evidence: '17/12/2010 16:59' });
  });

  it('is an orders file with the roles and types of its columns', () => {
    expect(p.kind.value).toBe('orders');
    expect(p.headers).toEqual([
      'InvoiceNo',
      'StockCode',
      'Description',
      'Quantity',
      'InvoiceDate',
      'UnitPrice',
      'CustomerID',
      'Country',
    ]);
    expect(p.columns.map((c) => [c.header, c.type, c.role])).toEqual([
      ['InvoiceNo', 'identifier', 'order_id'],
      ['StockCode', 'identifier', null],
      ['Description', 'text', 'product'],
      ['Quantity', 'number', 'quantity'],
      ['InvoiceDate', 'datetime', 'order_date'],
      ['UnitPrice', 'number', 'unit_price'],
      ['CustomerID', 'identifier', 'customer_id'],
      ['Country', 'category', 'country'],
    ]);
    expect(p.options.columns.every((c) => c.include)).toBe(true);
  });

  it('shows the first 200 rows and warns about the truncated last line', () => {
    expect(p.rows.length).toBe(200);
    expect(p.rows[0]).toEqual([
      '536365',
      '85123A',
      'WHITE HANGING HEART T-LIGHT HOLDER',
      '6',
      '01/12/2010 08:26',
      '2.55',
      '17850',
      'United Kingdom',
    ]);
    expect(p.warnings).toEqual(['1 sampled row does not have 8 fields: such rows will be rejected']);
  });
});

describe('marketing_campaign.csv', async () => {
  const p = await previewFile(sampleData('marketing_campaign.csv'));

  it('is a tab-separated customers file with ID as the customer id', () => {
    expect([p.delimiter, p.lineEnding, p.hasHeader, p.kind.value]).toEqual(['\t', 'crlf', true, 'customers']);
    expect(p.columns[0]).toMatchObject({ header: 'ID', type: 'identifier', role: 'customer_id', distinct: 2240 });
    expect(p.columns.filter((c) => c.role !== null).map((c) => c.header)).toEqual(['ID']);
  });

  it('types Dt_Customer as a day-first date, Income as a number with blanks, flags as booleans', () => {
    const byHeader = Object.fromEntries(p.columns.map((c) => [c.header, c]));
    expect(byHeader.Dt_Customer).toMatchObject({ type: 'date', role: null });
    expect(p.dateOrder).toEqual({ value: 'dmy', basis: 'data', evidence: '21-08-2013' });
    expect(byHeader.Income).toMatchObject({ type: 'number', empty: 24 });
    expect(byHeader.Education).toMatchObject({ type: 'category', distinct: 5 });
    expect(byHeader.Response?.type).toBe('boolean');
    expect(byHeader.Kidhome?.type).toBe('number');
    expect(p.warnings).toEqual([]);
  });
});

describe('Mall_Customers.csv', async () => {
  const p = await previewFile(sampleData('Mall_Customers.csv'));

  it('keeps the zero-padded CustomerID as identifier text', () => {
    expect([p.lineEnding, p.delimiter, p.kind.value]).toEqual(['crlf', ',', 'customers']);
    expect(p.columns[0]).toEqual({
      index: 0,
      header: 'CustomerID',
      type: 'identifier',
      role: 'customer_id',
      roleReason: 'header "CustomerID"',
      roleReasonWording: { parts: [{ key: 'role_header', values: { header: 'CustomerID' } }] },
      empty: 0,
      distinct: 200,
      examples: ['0001', '0002', '0003', '0004', '0005'],
    });
    expect(p.columns.slice(1).map((c) => [c.header, c.type])).toEqual([
      ['Genre', 'category'],
      ['Age', 'number'],
      ['Annual Income (k$)', 'number'],
      ['Spending Score (1-100)', 'number'],
    ]);
    expect(p.rows.length).toBe(200);
    expect(p.rows[199]).toEqual(['0200', 'Male', '30', '137', '83']);
    expect(p.dateOrder).toEqual({ value: 'dmy', basis: 'none', evidence: null });
  });
});
