import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { undoLastImport } from '../../electron/core/datasets/history.js';
import type { Db } from '../../electron/core/db/projectFile.js';
import { previewFile } from '../../electron/core/import/preview.js';
import type { Session } from '../../electron/core/session.js';
import type { ImportReport } from '../../shared/model/import.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';

async function append(session: Session, file: string): Promise<ImportReport> {
  const preview = await previewFile(file);
  return session.imports.run({
    jobId: randomUUID(),
    projectPath: session.requireProject().path,
    filePath: file,
    options: preview.options,
    replace: false,
    append: true,
    onProgress: () => {},
  });
}

function project(): { session: Session; db: Db } {
  const dir = tempDir();
  const session = newSession(dir);
  const { db } = session.create(path.join(dir, 'shop.segwb'));
  return { session, db };
}

/** A field's column, by key: the column names are generated, the keys are what rules use. */
function column(db: Db, key: string): string {
  return (db.prepare('SELECT column_name FROM fields WHERE key = ?').get(key) as { column_name: string }).column_name;
}

describe('append', () => {
  it('merges orders by order id: the new file wins, the orders it does not mention stay, fields matched by key', async () => {
    const { session, db } = project();
    await importFile(session, fixture('datasets/orders-jan.csv'));
    const report = await append(session, fixture('datasets/orders-feb.csv'));
    expect(report.append).toEqual({ added: 1, updated: 1, unchanged: 1, kept: 1 });

    const orders = db
      .prepare(
        `SELECT k.order_id, c.customer_key, t.day, t.amount FROM order_totals t JOIN order_keys k ON k.ref = t.ref
         JOIN customers c ON c.id = t.customer ORDER BY k.order_id`,
      )
      .all();
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect(orders).toEqual([
      { order_id: 'O1', customer_key: 'k1', day: day('2024-01-05'), amount: 15 },
      { order_id: 'O2', customer_key: 'k2', day: day('2024-01-09'), amount: 30 },
      { order_id: 'O3', customer_key: 'k1', day: day('2024-01-20'), amount: 12 },
      { order_id: 'O4', customer_key: 'k3', day: day('2024-02-02'), amount: 8 },
    ]);
    const product = column(db, 'product');
    const channel = column(db, 'channel');
    expect(
      db
        .prepare(
          `SELECT k.order_id, l.${product} AS product, l.${channel} AS channel, l.amount FROM order_lines l
           JOIN order_keys k ON k.ref = l.order_ref ORDER BY k.order_id, l.id`,
        )
        .all(),
    ).toEqual([
      { order_id: 'O1', product: 'Mug', channel: null, amount: 10 },
      { order_id: 'O1', product: 'Tea', channel: null, amount: 5 },
      { order_id: 'O2', product: 'Pot', channel: 'shop', amount: 30 },
      { order_id: 'O3', product: 'Mug', channel: 'web', amount: 12 },
      { order_id: 'O4', product: 'Tea', channel: 'web', amount: 8 },
    ]);
    expect(
      db
        .prepare(
          `SELECT c.customer_key, m.frequency, m.monetary FROM customer_metrics m JOIN customers c ON c.id = m.customer
           ORDER BY c.customer_key`,
        )
        .all(),
    ).toEqual([
      { customer_key: 'k1', frequency: 2, monetary: 27 },
      { customer_key: 'k2', frequency: 1, monetary: 30 },
      { customer_key: 'k3', frequency: 1, monetary: 8 },
    ]);
    // Both files stay listed: the project holds rows of each.
    expect(db.prepare('SELECT file_name FROM datasets ORDER BY id').all()).toEqual([
      { file_name: 'orders-jan.csv' },
      { file_name: 'orders-feb.csv' },
    ]);
    session.close();
  });

  it('merges customers by customer id and keeps a field only the earlier file had', async () => {
    const { session, db } = project();
    await importFile(session, fixture('datasets/customers-a.csv'));
    const report = await append(session, fixture('datasets/customers-b.csv'));
    expect(report.append).toEqual({ added: 1, updated: 1, unchanged: 1, kept: 1 });
    const cols = ['email', 'country', 'tier', 'city'].map((key) => `a.${column(db, key)} AS ${key}`).join(', ');
    expect(
      db
        .prepare(
          `SELECT c.customer_key, ${cols} FROM customer_attrs a JOIN customers c ON c.id = a.customer ORDER BY c.customer_key`,
        )
        .all(),
    ).toEqual([
      { customer_key: 'k1', email: 'a@x.org', country: 'Wales', tier: 'gold', city: 'Cardiff' },
      { customer_key: 'k2', email: 'b2@x.org', country: 'Iran', tier: 'silver', city: 'Tehran' },
      { customer_key: 'k4', email: 'd@x.org', country: 'Oman', tier: 'bronze', city: null },
      { customer_key: 'k5', email: 'e@x.org', country: 'Qatar', tier: null, city: 'Doha' },
    ]);
    expect((db.prepare('SELECT COUNT(*) AS n FROM customer_metrics').get() as { n: number }).n).toBe(4);
    session.close();
  });

  it('is undone like any import, and an append into a project without that kind adds every row', async () => {
    const { session, db } = project();
    const first = await append(session, fixture('datasets/orders-jan.csv'));
    expect(first.append).toEqual({ added: 3, updated: 0, unchanged: 0, kept: 0 });
    const before = db.prepare('SELECT * FROM order_lines ORDER BY id').all();
    await append(session, fixture('datasets/orders-feb.csv'));
    undoLastImport(db);
    expect(db.prepare('SELECT * FROM order_lines ORDER BY id').all()).toEqual(before);
    expect(db.prepare("SELECT key FROM fields WHERE source = 'orders' ORDER BY position").all()).toEqual([
      { key: 'order_date' },
      { key: 'amount' },
      { key: 'product' },
    ]);
    session.close();
  });
});
