/**
 * A set whose lines name every order and only orders of the file (the shape of most shop exports,
 * and of the benchmark): the assembly skips its searches for lost lines, orders without lines and
 * duplicate order rows when the counts show there are none, and must still find the duplicate.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createProjectFile } from '../../../electron/core/db/projectFile.js';
import { runImportSet } from '../../../electron/core/import/set/runSet.js';
import { fixture, tempDir } from '../../support/session.js';

const file = (name: string) => fixture(path.join('linked_every', name));

describe('a set whose lines name every order', () => {
  it('imports every line, rejects the repeated order row, and sums each order from its lines', async () => {
    const p = path.join(tempDir(), 'p.segwb');
    createProjectFile(p, 'test').close();
    const report = await runImportSet({
      projectPath: p,
      paths: [file('orders.csv'), file('lines.csv'), file('products.csv')],
      replace: false,
      isCancelled: () => false,
    });
    // A1 = 2 × 10 + 3 × 5.5 = 36.5, A2 = 5.5, A3 = 10; line 4 of orders.csv repeats A1.
    expect({ customers: report.customers, orders: report.orders, revenue: report.revenue }).toEqual({
      customers: 2,
      orders: 3,
      revenue: 52,
    });
    expect(report.amountSources).toEqual({ own: 0, lines: 3, payments: 0, none: 0 });
    expect(report.files.map((f) => [f.file, f.rowsRead, f.rowsImported, f.rowsRejected])).toEqual([
      ['orders.csv', 4, 3, 1],
      ['lines.csv', 4, 4, 0],
      ['products.csv', 2, 2, 0],
    ]);
    expect(report.files[0]?.rejected).toEqual([
      { reason: 'duplicate_key', count: 1, examples: [{ line: 4, column: 'order_id', value: 'A1' }] },
    ]);
    expect(report.links.map((l) => [l.from, l.matched, l.unmatched])).toEqual([
      ['lines.csv.order_id', 3, 0],
      ['lines.csv.sku', 2, 0],
    ]);
    const db = new Database(p, { readonly: true });
    expect(
      db
        .prepare('SELECT k.order_id AS id, t.amount FROM order_totals t JOIN order_keys k USING (ref) ORDER BY ref')
        .all(),
    ).toEqual([
      { id: 'A1', amount: 36.5 },
      { id: 'A2', amount: 5.5 },
      { id: 'A3', amount: 10 },
    ]);
    expect((db.prepare('SELECT COUNT(*) AS n FROM order_lines').get() as { n: number }).n).toBe(4);
    db.close();
  });
});
