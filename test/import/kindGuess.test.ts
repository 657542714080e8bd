/** The kind of a file is guessed right although some of its values are bad (they are rejected at import). */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { previewFile } from '../../electron/core/import/preview.js';
import { profileColumn } from '../../electron/core/import/sniff/infer.js';
import { tempDir } from '../support/session.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An orders file of `rows` lines in which the listed rows hold "n/a" as amount and date. */
function ordersWithBadValues(name: string, rows: number, badAmounts: number[], badDates: number[] = []): string {
  const lines = ['order_id,customer_id,order_date,amount'];
  for (let i = 1; i <= rows; i += 1) {
    const date = badDates.includes(i) ? 'n/a' : `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`;
    const amount = badAmounts.includes(i) ? 'n/a' : `${10 + (i % 70)}.50`;
    lines.push(`O${i},C${i % 37},${date},${amount}`);
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const shape = (p: Awaited<ReturnType<typeof previewFile>>) => ({
  kind: p.kind.value,
  columns: p.columns.map((c) => [c.header, c.type, c.role]),
});

const ORDERS = {
  kind: 'orders',
  columns: [
    ['order_id', 'identifier', 'order_id'],
    ['customer_id', 'identifier', 'customer_id'],
    ['order_date', 'date', 'order_date'],
    ['amount', 'number', 'amount'],
  ],
};

describe('the kind guess with a share of bad values', () => {
  it('3 of 500 amounts "n/a": orders', async () => {
    expect(shape(await previewFile(ordersWithBadValues('few.csv', 500, [100, 250, 400])))).toEqual(ORDERS);
  });

  it('a fifth of the amounts and a sixth of the dates "n/a" in a short file: still orders', async () => {
    const bad = [3, 8, 13, 18, 23, 28];
    const file = ordersWithBadValues('short.csv', 30, bad, [5, 10, 15, 20, 25]);
    const p = await previewFile(file);
    expect(shape(p)).toEqual(ORDERS);
  });

  it('a column named as an amount is numbers when most of its values are', () => {
    const ctx = { decimal: '.', dateOrder: 'ymd' } as const;
    const cells = ['12.50', 'n/a', '3.00', 'n/a', '7.25', '1.00', '-', '4.40'];
    expect(profileColumn('Amount', cells, ctx).type).toBe('number');
    expect(profileColumn('Order date', ['2024-01-02', 'n/a', '2024-02-03', '2024-03-01'], ctx).type).toBe('date');
    // A name alone is not enough: mostly words stay text.
    expect(profileColumn('Amount', ['n/a', 'none', 'n/a', '3.00'], ctx).type).toBe('text');
    // Other columns keep the strict share.
    expect(profileColumn('Notes', cells, ctx).type).toBe('text');
  });
});
