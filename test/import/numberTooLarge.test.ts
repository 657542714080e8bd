/** Numbers beyond what an amount or a double can hold are rejected with their row, never stored as Infinity. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planLayout } from '../../electron/core/import/layout.js';
import { RowConverter } from '../../electron/core/import/parse/rowConverter.js';
import { allCustomerMetrics } from '../../electron/core/metrics/query.js';
import type { ImportOptions } from '../../shared/model/import.js';
import { importFile, newSession, tempDir } from '../support/session.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const options: ImportOptions = {
  kind: 'orders',
  encoding: 'utf-8',
  delimiter: ',',
  hasHeader: true,
  dateOrder: 'ymd',
  decimal: '.',
  columns: [
    { index: 0, header: 'customer_id', type: 'identifier', role: 'customer_id', include: true },
    { index: 1, header: 'order_date', type: 'date', role: 'order_date', include: true },
    { index: 2, header: 'amount', type: 'number', role: 'amount', include: true },
    { index: 3, header: 'weight', type: 'number', role: null, include: true },
  ],
};

describe('RowConverter and numbers too large', () => {
  const converter = new RowConverter(planLayout(options, 'orders.csv'), 'orders', '.', 'ymd');
  const convert = (amount: string, weight = '1') => converter.convert(['C1', '2024-01-02', amount, weight]);

  it('rejects an amount that overflows a double, or is too large for money', () => {
    expect(convert('1e309')).toEqual({ reason: 'number_too_large', column: 'amount', value: '1e309' });
    expect(convert('9'.repeat(400))).toEqual({ reason: 'number_too_large', column: 'amount', value: '9'.repeat(400) });
    expect(convert('1e308')).toEqual({ reason: 'number_too_large', column: 'amount', value: '1e308' });
    expect(convert('-2e15')).toEqual({ reason: 'number_too_large', column: 'amount', value: '-2e15' });
    expect(convert('999999999999999')).toBeNull();
    expect(converter.amount).toBe(999_999_999_999_999);
  });

  it('rejects an attribute that overflows, keeps a finite huge one', () => {
    expect(convert('5', '1e309')).toEqual({ reason: 'number_too_large', column: 'weight', value: '1e309' });
    expect(convert('5', '1e308')).toBeNull();
    expect(converter.values).toEqual([1e308]);
  });

  it('rejects a quantity times unit price that is too large', () => {
    const priced = new RowConverter(
      planLayout(
        {
          ...options,
          columns: [
            { index: 0, header: 'customer_id', type: 'identifier', role: 'customer_id', include: true },
            { index: 1, header: 'order_date', type: 'date', role: 'order_date', include: true },
            { index: 2, header: 'qty', type: 'number', role: 'quantity', include: true },
            { index: 3, header: 'price', type: 'number', role: 'unit_price', include: true },
          ],
        },
        'lines.csv',
      ),
      'orders',
      '.',
      'ymd',
    );
    expect(priced.convert(['C1', '2024-01-02', '1e200', '2'])).toEqual({
      reason: 'number_too_large',
      column: 'qty',
      value: '1e200',
    });
    expect(priced.convert(['C1', '2024-01-02', '100000000', '100000000'])).toEqual({
      reason: 'number_too_large',
      column: 'price',
      value: '100000000 × 100000000',
    });
    expect(priced.convert(['C1', '2024-01-02', '3', '2.5'])).toBeNull();
    expect(priced.amount).toBe(7.5);
  });
});

describe('importing numbers too large', () => {
  it('rejects their rows by line and column; every figure in the project stays finite', async () => {
    const file = path.join(dir, 'huge.csv');
    fs.writeFileSync(
      file,
      [
        'order_id,customer_id,order_date,amount',
        'O1,C1,2024-01-02,10.50',
        'O2,C1,2024-01-03,1e309',
        `O3,C2,2024-01-04,${'9'.repeat(400)}`,
        'O4,C2,2024-01-05,1e308',
        'O5,C2,2024-01-06,2.25',
        'O6,C3,2024-01-07,1e308',
        'O7,C3,2024-01-08,1e308',
        '',
      ].join('\n'),
    );
    const session = newSession(dir);
    session.create(path.join(dir, 'huge.segwb'));
    const report = await importFile(session, file, { dateOrder: 'ymd' });
    expect([report.rowsRead, report.rowsImported, report.rowsRejected]).toEqual([7, 2, 5]);
    expect(report.rejected).toEqual([
      {
        reason: 'number_too_large',
        count: 5,
        examples: [
          { line: 3, column: 'amount', value: '1e309' },
          { line: 4, column: 'amount', value: '9'.repeat(400) },
          { line: 5, column: 'amount', value: '1e308' },
          { line: 7, column: 'amount', value: '1e308' },
          { line: 8, column: 'amount', value: '1e308' },
        ],
      },
    ]);
    expect(allCustomerMetrics(session.requireProject().db).map((m) => [m.customer_id, m.monetary])).toEqual([
      ['C1', 10.5],
      ['C2', 2.25],
    ]);
  });
});
