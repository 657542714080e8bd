/**
 * Lines priced as quantity × unit price: the two columns are stored with the numbers the amount
 * was computed from (read once), a quantity kept as text stays text, and a file with an amount
 * column reads them as ordinary stored numbers.
 */
import { describe, expect, it } from 'vitest';
import { planLayout } from '../../electron/core/import/layout.js';
import { RowConverter } from '../../electron/core/import/parse/rowConverter.js';
import type { ColumnPlan, ImportOptions } from '../../shared/model/import.js';

function converter(columns: ColumnPlan[], decimal: '.' | ',' = '.'): RowConverter {
  const options: ImportOptions = {
    kind: 'orders',
    encoding: 'utf-8',
    delimiter: ';',
    hasHeader: true,
    dateOrder: 'ymd',
    decimal,
    columns,
  };
  return new RowConverter(planLayout(options, 'lines.csv'), 'orders', decimal, 'ymd');
}

const base: ColumnPlan[] = [
  { index: 0, header: 'customer', type: 'identifier', role: 'customer_id', include: true },
  { index: 1, header: 'date', type: 'date', role: 'order_date', include: true },
];
const qty = (type: ColumnPlan['type']): ColumnPlan => ({
  index: 2,
  header: 'qty',
  type,
  role: 'quantity',
  include: true,
});
const price: ColumnPlan = { index: 3, header: 'price', type: 'number', role: 'unit_price', include: true };

describe('RowConverter: quantity and unit price', () => {
  it('stores the numbers the amount was computed from, line after line', () => {
    const lines = converter([...base, qty('number'), price], ',');
    expect(lines.convert(['C1', '2024-01-02', ' 3 ', '2,99'])).toBeNull();
    expect(lines.amount).toBe(3 * 2.99);
    expect(lines.values).toEqual([3, 2.99]);
    expect(lines.convert(['C1', '2024-01-02', '1.000', '(0,5)'])).toBeNull();
    expect(lines.amount).toBe(-500);
    expect(lines.values).toEqual([1000, -0.5]);
    expect(lines.convert(['C2', '2024-01-03', 'x', '1'])).toEqual({ reason: 'bad_number', column: 'qty', value: 'x' });
  });

  it('keeps a quantity typed as text as its text', () => {
    const lines = converter([...base, qty('text'), price]);
    expect(lines.convert(['C1', '2024-01-02', '04', '2.5'])).toBeNull();
    expect(lines.amount).toBe(10);
    expect(lines.values).toEqual(['04', 2.5]);
  });

  it('reads them as plain stored numbers when the file has an amount', () => {
    const amount: ColumnPlan = { index: 4, header: 'total', type: 'number', role: 'amount', include: true };
    const lines = converter([...base, qty('number'), price, amount]);
    expect(lines.convert(['C1', '2024-01-02', '2', '1e3', '7'])).toBeNull();
    expect(lines.amount).toBe(7);
    expect(lines.values).toEqual([2, 1000]);
    expect(lines.convert(['C1', '2024-01-02', '2', 'abc', '7'])).toEqual({
      reason: 'bad_number',
      column: 'price',
      value: 'abc',
    });
  });
});
