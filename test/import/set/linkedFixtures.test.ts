/**
 * Several linked files imported together, on small fixtures checked by hand
 * (test/fixtures/linked): each amount precedence branch, quantity × unit price lines, a
 * products join used in an orders condition, latest-value customer fields, overrides, and
 * all-or-nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createProjectFile } from '../../../electron/core/db/projectFile.js';
import { planSet } from '../../../electron/core/import/set/planSet.js';
import { runImportSet } from '../../../electron/core/import/set/runSet.js';
import { countRule } from '../../../electron/core/segments/count.js';
import type { SetChoices } from '../../../shared/model/importSet.js';
import { fixture, tempDir } from '../../support/session.js';

const file = (name: string) => fixture(path.join('linked', name));
const ALL = ['orders.csv', 'lines.csv', 'products.csv', 'payments.csv', 'customers.csv'].map(file);

function newProject(): string {
  const p = path.join(tempDir(), 'p.segwb');
  createProjectFile(p, 'test').close();
  return p;
}

const run = (projectPath: string, paths: string[], choices?: SetChoices) =>
  runImportSet({ projectPath, paths, choices, replace: true, isCancelled: () => false });

describe('a set of linked files', () => {
  it('guesses each kind and link with a reason', async () => {
    const plan = await planSet(ALL);
    expect(plan.files.map((f) => [f.name, f.kind])).toEqual([
      ['orders.csv', 'orders'],
      ['lines.csv', 'order_lines'],
      ['products.csv', 'products'],
      ['payments.csv', 'payments'],
      ['customers.csv', 'customers'],
    ]);
    expect(plan.links.map((l) => `${l.from.file}.${l.from.column} -> ${l.to.file}.${l.to.column}`)).toEqual([
      'orders.csv.customer_id -> customers.csv.customer_id',
      'lines.csv.order_id -> orders.csv.order_id',
      'lines.csv.sku -> products.csv.sku',
      'payments.csv.order_id -> orders.csv.order_id',
    ]);
    expect(plan.links[1]?.reason).toBe('Same header "order_id" in both files.');
    expect(plan.refusals).toEqual([]);
  });

  it('takes each order amount by precedence: own, else its lines (quantity × price), else its payments', async () => {
    const p = newProject();
    const report = await run(p, ALL);
    // A1 own 100; A2 lines 2×10 + 1×5.5 = 25.5 (its payment of 999 is not used); A3 payments 42 + 8; A4 none.
    expect(report.amountSources).toEqual({ own: 1, lines: 1, payments: 1, none: 1 });
    expect(report.orders).toBe(4);
    expect(report.revenue).toBe(175.5);
    expect(report.customers).toBe(3);
    const lines = report.files.find((f) => f.file === 'lines.csv');
    expect(lines).toMatchObject({ rowsRead: 4, rowsImported: 3, rowsRejected: 1 });
    expect(lines?.rejected[0]).toMatchObject({ reason: 'order_not_found', count: 1 });
    expect(report.links.find((l) => l.from === 'lines.csv.order_id')).toMatchObject({
      matched: 2,
      unmatched: 1,
      unmatchedExamples: ['Z9'],
    });
    const db = new Database(p, { readonly: true });
    const totals = db
      .prepare(
        'SELECT k.order_id AS id, t.amount FROM order_totals t JOIN order_keys k ON k.ref = t.ref ORDER BY k.order_id',
      )
      .all();
    expect(totals).toEqual([
      { id: 'A1', amount: 100 },
      { id: 'A2', amount: 25.5 },
      { id: 'A3', amount: 50 },
      { id: 'A4', amount: 0 },
    ]);
    db.close();
  });

  it('lets a product category joined to the lines be used in an orders condition', async () => {
    const p = newProject();
    await run(p, ALL);
    const db = new Database(p);
    const shoes = { field: 'category', op: 'equals' as const, value: 'Shoes' };
    expect(countRule(db, { orders: { where: shoes }, measure: 'count', op: '>=', value: 1 }).customers).toBe(1);
    // c1's Shoes lines: 1 × 30 and 2 × 10.
    expect(countRule(db, { orders: { where: shoes }, measure: 'sum_amount', op: '=', value: 50 }).customers).toBe(1);
    db.close();
  });

  it("takes a customer field the customers file lacks from the customer's latest order, labelled so", async () => {
    const p = newProject();
    await run(p, ALL);
    const db = new Database(p, { readonly: true });
    const field = db
      .prepare("SELECT key, label, column_name FROM fields WHERE source = 'customers' AND role = 'country'")
      .get() as {
      key: string;
      label: string;
      column_name: string;
    };
    expect(field.label).toBe('country (latest order)');
    const values = db
      .prepare(
        `SELECT c.customer_key AS id, a.${field.column_name} AS country FROM customers c JOIN customer_attrs a ON a.customer = c.id ORDER BY 1`,
      )
      .all();
    // c1: A2 (2024-02-10) is later than A1; c3's only order has no country.
    expect(values).toEqual([
      { id: 'c1', country: 'DE' },
      { id: 'c2', country: 'UK' },
      { id: 'c3', country: null },
    ]);
    db.close();
  });

  it('follows kinds and links chosen by the user', async () => {
    const plan = await planSet([file('orders.csv'), file('products.csv')], {
      kinds: { 'products.csv': 'lookup' },
      links: [{ from: { file: 'products.csv', column: 'SKU' }, to: { file: 'orders.csv', column: 'country' } }],
    });
    expect(plan.files[1]).toMatchObject({ kind: 'lookup', kindReason: 'Chosen by you.' });
    expect(plan.links).toEqual([
      {
        from: { file: 'orders.csv', column: 'country' },
        to: { file: 'products.csv', column: 'sku' },
        origin: 'user',
        reason: 'Chosen by you.',
      },
    ]);
  });

  it('leaves the project unchanged when a second file is broken', async () => {
    const p = newProject();
    await run(p, ALL);
    const before = fs.readFileSync(p).length;
    const db = new Database(p, { readonly: true });
    const snapshot = () =>
      db.prepare('SELECT (SELECT COUNT(*) FROM order_lines) AS l, (SELECT COUNT(*) FROM datasets) AS d').get();
    const was = snapshot();
    await expect(run(p, [file('orders.csv'), file('broken_lines.csv')])).rejects.toThrow(
      /broken_lines\.csv, line 3: a quote/,
    );
    expect(snapshot()).toEqual(was);
    // 3 lines of A1 and A2, and one row each for A3 and A4, which have no lines.
    expect(was).toEqual({ l: 5, d: 5 });
    expect(fs.readFileSync(p).length).toBe(before);
    db.close();
  });
});
