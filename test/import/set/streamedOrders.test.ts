/**
 * The orders and lines of a set streamed into the canonical tables (streamOrders.ts) against the
 * same set assembled in SQL (assembleOrders.ts): every table of the project and the report must
 * be the same. The fixture has what the assembly must get right: own amounts before line sums,
 * a repeated order row, a line whose order is missing, lines without money, an order without
 * lines, a product missing and a product repeated, a customer without orders, a repeated customer.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createProjectFile } from '../../../electron/core/db/projectFile.js';
import { runImportSet } from '../../../electron/core/import/set/runSet.js';
import { fixture, tempDir } from '../../support/session.js';

const file = (name: string) => fixture(path.join('linked_stream', name));
const PATHS = ['customers.csv', 'orders.csv', 'lines.csv', 'products.csv'].map(file);
const CHOICES = { kinds: { 'customers.csv': 'customers', 'products.csv': 'products' } } as const;

async function imported(sqlAssembly: boolean) {
  const p = path.join(tempDir(), 'p.segwb');
  createProjectFile(p, 'test').close();
  const report = await runImportSet({
    projectPath: p,
    paths: PATHS,
    choices: CHOICES,
    replace: false,
    isCancelled: () => false,
    sqlAssembly,
  });
  return { report: { ...report, durationMs: 0 }, tables: tables(p) };
}

/** Every table as stored, without the times of creation and import. */
function tables(p: string): Record<string, unknown[]> {
  const db = new Database(p, { readonly: true });
  try {
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const out: Record<string, unknown[]> = {};
    for (const name of names) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>;
      out[name] = rows.map((r) => {
        const { imported_at: _imported, report: _report, at: _at, ...rest } = r;
        return name === 'meta' && r.key === 'created_at' ? {} : rest;
      });
    }
    return out;
  } finally {
    db.close();
  }
}

describe('orders and lines streamed into the project', () => {
  it('give exactly the tables and report of the SQL assembly', async () => {
    const streamed = await imported(false);
    const sql = await imported(true);
    expect(streamed.tables).toEqual(sql.tables);
    expect(streamed.report).toEqual(sql.report);
  });

  it('take each amount by precedence, reject the repeated order row and the lost line', async () => {
    const { report, tables: t } = await imported(false);
    // A1 = 2 × 10 + 3 × 5.5; A2 own 40; A3 lines without money; A4 no lines; A5 own 12.5; A6 = 2 × -3.
    expect(t.order_totals).toEqual([
      { ref: 1, customer: 1, day: 19727, amount: 36.5 },
      { ref: 2, customer: 2, day: 19754, amount: 40 },
      { ref: 3, customer: 1, day: 19783, amount: 0 },
      { ref: 4, customer: 4, day: 19784, amount: 0 },
      { ref: 5, customer: 2, day: 19823, amount: 12.5 },
      { ref: 6, customer: 5, day: 19824, amount: -6 },
    ]);
    expect(report.amountSources).toEqual({ own: 2, lines: 2, payments: 0, none: 2 });
    expect(report.files.map((f) => [f.file, f.rowsRead, f.rowsImported, f.rowsRejected])).toEqual([
      ['customers.csv', 4, 3, 1],
      ['orders.csv', 7, 6, 1],
      ['lines.csv', 7, 6, 1],
      ['products.csv', 3, 2, 1],
    ]);
    expect(report.files[2]?.rejected).toEqual([
      { reason: 'order_not_found', count: 1, examples: [{ line: 4, column: 'order_id', value: 'A9' }] },
    ]);
    expect(report.links.map((l) => [l.from, l.to, l.matched, l.unmatched, l.unmatchedExamples])).toEqual([
      ['orders.csv.customer_id', 'customers.csv.customer_id', 2, 2, ['C3', 'C5']],
      ['lines.csv.order_id', 'orders.csv.order_id', 4, 1, ['A9']],
      ['lines.csv.sku', 'products.csv.sku', 2, 1, ['P3']],
    ]);
    expect(t.customer_metrics).toEqual([
      { customer: 1, frequency: 1, monetary: 36.5, first_day: 19727, last_day: 19727 },
      { customer: 2, frequency: 2, monetary: 52.5, first_day: 19754, last_day: 19823 },
      { customer: 3, frequency: 0, monetary: 0, first_day: null, last_day: null },
      { customer: 4, frequency: 0, monetary: 0, first_day: null, last_day: null },
      { customer: 5, frequency: 0, monetary: -6, first_day: null, last_day: null },
    ]);
  });
});
